import {
  type Attachment,
  type AttachmentList,
  AttachmentListSchema,
  type AttachmentOwnerField,
  AttachmentSchema,
  type Confidentiality,
  ErrorBodySchema,
  ErrorCode,
  type PersonDetail,
  PersonDetailSchema,
} from '@habeas/shared';
import { useQuery } from '@tanstack/react-query';
import { ApiError, client, getCsrfToken } from '../../api/client';

/**
 * Attachments over HTTP. Lists, deletes and the photo go through the typed client; an upload goes
 * through XMLHttpRequest, the one browser API that reports upload progress, with the same CSRF
 * header and the same error shape as every other mutation.
 */

/** The record files hang on. */
export type AttachmentOwner =
  | { kind: 'person'; id: string }
  | { kind: 'source'; id: string }
  | { kind: 'caseUpdate'; id: string };

const OWNER_FIELD: Record<AttachmentOwner['kind'], AttachmentOwnerField> = {
  person: 'personId',
  source: 'sourceId',
  caseUpdate: 'caseUpdateId',
};

export const attachmentKeys = {
  all: ['attachments'] as const,
  list: (owner: AttachmentOwner) => [...attachmentKeys.all, owner.kind, owner.id] as const,
};

export async function listAttachments(owner: AttachmentOwner, signal?: AbortSignal): Promise<AttachmentList> {
  const params = { path: { id: owner.id } };
  const { data } =
    owner.kind === 'person'
      ? await client.GET('/api/persons/{id}/attachments', { params, signal })
      : owner.kind === 'source'
        ? await client.GET('/api/sources/{id}/attachments', { params, signal })
        : await client.GET('/api/case-updates/{id}/attachments', { params, signal });
  return AttachmentListSchema.parse(data);
}

export function useAttachments(owner: AttachmentOwner) {
  return useQuery({
    queryKey: attachmentKeys.list(owner),
    queryFn: ({ signal }) => listAttachments(owner, signal),
  });
}

/** Where the browser fetches the file (the API answers with its original name and type). */
export function attachmentDownloadUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}/download`;
}

export async function deleteAttachment(id: string, version: number): Promise<void> {
  await client.DELETE('/api/attachments/{id}', { params: { path: { id }, query: { version } } });
}

/** Sets (attachmentId) or removes (null) the person's photo; answers the person as it is now. */
export async function setPersonPhoto(
  personId: string,
  attachmentId: string | null,
  version: number,
): Promise<PersonDetail> {
  const { data } = await client.PUT('/api/persons/{id}/photo', {
    params: { path: { id: personId } },
    body: { attachmentId, version },
  });
  return PersonDetailSchema.parse(data);
}

export interface UploadRequest {
  owner: AttachmentOwner;
  file: File;
  confidentiality: Confidentiality;
  /** Called with the share sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** POST /api/attachments as multipart/form-data. Rejects with an ApiError like the typed client. */
export function uploadAttachment({
  owner,
  file,
  confidentiality,
  onProgress,
  signal,
}: UploadRequest): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/attachments');
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(AttachmentSchema.parse(body));
        return;
      }
      const parsed = ErrorBodySchema.safeParse(body);
      reject(
        new ApiError(
          parsed.success
            ? parsed.data
            : {
                statusCode: xhr.status,
                code: xhr.status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.INTERNAL_ERROR,
                message: xhr.statusText || `HTTP ${xhr.status}`,
              },
          body,
        ),
      );
    };
    // Like fetch: a network failure is a TypeError (describeError says "cannot reach the server").
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    // The fields first: the server reads them before the (possibly large) file.
    form.append(OWNER_FIELD[owner.kind], owner.id);
    form.append('confidentiality', confidentiality);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
