import type { Readable } from 'node:stream';
import { AttachmentIssueCode, ErrorCode } from '@habeas/shared';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/app-error';
import type { AttachmentStore, ReceivedFile } from './attachment-store';

/** The one file part of an upload, received into the store's temporary area. */
export interface UploadedFile extends ReceivedFile {
  fileName: string;
  declaredType: string;
}

export interface MultipartUpload {
  fields: Record<string, string>;
  file: UploadedFile;
}

/** The name of the multipart part that carries the file. */
export const FILE_FIELD = 'file';

function fileIssue(code: AttachmentIssueCode, message: string): AppError {
  return AppError.validation([{ path: `body.${FILE_FIELD}`, message, code }]);
}

/**
 * Reads a multipart/form-data upload: its text fields, and its one file streamed into the store's
 * temporary area (never held in memory). The whole request is read before anything is decided,
 * so the client always gets its answer. On any failure the temporary file is gone.
 */
export async function readMultipartUpload(
  request: FastifyRequest,
  store: AttachmentStore,
  maxBytes: number,
): Promise<MultipartUpload> {
  if (!request.isMultipart()) {
    throw fileIssue(AttachmentIssueCode.FILE_REQUIRED, 'send the file as multipart/form-data');
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== FILE_FIELD || file) {
        await drain(part.file);
        continue;
      }
      const received = await store.receive(part.file);
      file = { ...received, fileName: part.filename, declaredType: part.mimetype };
      // busboy stops passing bytes at the limit and marks the stream; the parser then raises
      // FST_REQ_FILE_TOO_LARGE, but a truncated file must never be kept whatever happens next.
      if (part.file.truncated) throw tooLarge(maxBytes);
    }
  } catch (error) {
    if (file) await store.discard(file.tmpPath);
    throw toUploadError(error, maxBytes);
  }
  if (!file) throw fileIssue(AttachmentIssueCode.FILE_REQUIRED, `is required (a part named "${FILE_FIELD}")`);
  return { fields, file };
}

async function drain(stream: Readable): Promise<void> {
  for await (const _chunk of stream) {
    // discarded
  }
}

function tooLarge(maxBytes: number): AppError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 100) / 100;
  return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${mb} MB`, {
    issues: [
      {
        path: `body.${FILE_FIELD}`,
        message: `must be at most ${mb} MB`,
        code: AttachmentIssueCode.FILE_TOO_LARGE,
      },
    ],
    maxBytes,
  });
}

/** The multipart parser's own errors, as the API's stable answers. */
function toUploadError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string })?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return fileIssue(AttachmentIssueCode.TOO_MANY_FILES, 'send one file per request');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return AppError.validation([{ path: 'body', message: (error as Error).message }]);
    case 'FST_MP_PREMATURE_CLOSE':
      return AppError.validation([{ path: 'body', message: 'the upload was interrupted' }]);
    default: {
      const status = (error as { statusCode?: number })?.statusCode;
      // busboy's complaints about a malformed body (no boundary, cut-off part)
      if (
        (status && status >= 400 && status < 500) ||
        /multipart|boundary|Unexpected end/i.test(String(error))
      ) {
        return AppError.validation([{ path: 'body', message: 'the multipart body is malformed' }]);
      }
      return error;
    }
  }
}
