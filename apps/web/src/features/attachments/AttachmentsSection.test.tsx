import type { Attachment, AttachmentList, Role } from '@habeas/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { PERSON_ID, personDetail } from '../persons/testing';

const PHOTO_ID = '0b7c6f4e-8a41-4c55-9d1a-2f6e3b9c1d01';
const LETTER_ID = '5e2d9a77-3c1b-4f0e-8b6a-7d4c2e1f9a02';

function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: PHOTO_ID,
    version: 1,
    confidentiality: 'internal',
    createdAt: '2026-03-02T10:15:00.000Z',
    updatedAt: '2026-03-02T10:15:00.000Z',
    deletedAt: null,
    fileName: 'arrest.jpg',
    mimeType: 'image/jpeg',
    sizeBytes: 1_468_006,
    sha256: 'a'.repeat(64),
    personId: PERSON_ID,
    sourceId: null,
    caseUpdateId: null,
    createdBy: { id: 'a7f3c9e2-4b1d-4e8a-9c2f-1d3e5b7a9c0e', name: 'Aigerim Nurlanovna' },
    ...overrides,
  };
}

const letter = attachment({
  id: LETTER_ID,
  fileName: 'Письмо из СИЗО.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 532,
  confidentiality: 'restricted',
});

/**
 * XMLHttpRequest as the upload uses it: records what was sent; the test drives progress and the
 * answer. (jsdom's own XHR would try the network.)
 */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: RecordingFormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  responseType = '';
  withCredentials = false;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: RecordingFormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent));
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    act(() => this.onload?.());
  }
}

/**
 * The test environment lends jsdom Node's File, which jsdom's own FormData refuses (a browser has
 * one of each); this stand-in keeps what the upload appends.
 */
class RecordingFormData {
  private readonly values = new Map<string, unknown>();
  append(name: string, value: unknown) {
    this.values.set(name, value);
  }
  get(name: string) {
    return this.values.get(name) ?? null;
  }
}

const realXhr = globalThis.XMLHttpRequest;
const realFormData = globalThis.FormData;
beforeEach(() => {
  FakeXhr.sent = [];
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  globalThis.FormData = RecordingFormData as unknown as typeof FormData;
});
afterEach(async () => {
  globalThis.XMLHttpRequest = realXhr;
  globalThis.FormData = realFormData;
  await resetAppState();
});

function filesApi(role: Role, files: { current: AttachmentList }, person = personDetail()) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/persons/:id': () => jsonResponse(person),
    'GET /api/persons/:id/attachments': () => jsonResponse(files.current),
    'DELETE /api/attachments/:id': ({ params }) => {
      files.current = { items: files.current.items.filter((a) => a.id !== params.id) };
      return new Response(null, { status: 204 });
    },
    'PUT /api/persons/:id/photo': ({ body }) =>
      jsonResponse({
        ...person,
        version: person.version + 1,
        photoAttachmentId: (body as { attachmentId: string | null }).attachmentId,
      }),
  });
}

async function openFiles() {
  renderApp(`/persons/${PERSON_ID}?tab=files`);
  return screen.findByRole('region', { name: 'Files' });
}

describe('AttachmentsSection on the person page', () => {
  it('lists the files with their type, size, date and level, and a placeholder when there is no photo', async () => {
    filesApi(
      'viewer',
      { current: { items: [attachment(), letter] } },
      personDetail({ canEdit: false, canDelete: false }),
    );
    const section = await openFiles();
    const table = await within(section).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('arrest.jpg');
    expect(rows[0]).toHaveTextContent('Image');
    expect(rows[0]).toHaveTextContent('1.4 MB');
    expect(rows[0]).toHaveTextContent('Internal');
    expect(rows[1]).toHaveTextContent('Письмо из СИЗО.pdf');
    expect(rows[1]).toHaveTextContent('532 bytes');
    expect(rows[1]).toHaveTextContent('Restricted');
    expect(within(rows[1]!).getByRole('link', { name: 'Письмо из СИЗО.pdf' })).toHaveAttribute(
      'href',
      `/api/attachments/${LETTER_ID}/download`,
    );
    // A viewer may download, not change anything.
    expect(within(section).queryByRole('button', { name: 'Upload a file' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /as the photo/ })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'No photo of Vladimir Kozlov' })).toBeInTheDocument();
  });

  it('shows the empty state, and the photo in the header with the name as its text', async () => {
    filesApi('coordinator', { current: { items: [] } }, personDetail({ photoAttachmentId: PHOTO_ID }));
    const section = await openFiles();
    expect(await within(section).findByText('No files yet')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Vladimir Kozlov' })).toHaveAttribute(
      'src',
      `/api/attachments/${PHOTO_ID}/download`,
    );
  });

  it('uploads a file with its level, showing progress, with the CSRF header, then lists it', async () => {
    const files = { current: { items: [] } as AttachmentList };
    const api = filesApi('coordinator', files);
    const section = await openFiles();
    await userEvent.click(await within(section).findByRole('button', { name: 'Upload a file' }));

    // Sending without a file says what is missing, and sends nothing.
    await userEvent.click(within(section).getByRole('button', { name: 'Upload' }));
    expect(within(section).getByText('Choose a file first.')).toBeInTheDocument();
    expect(FakeXhr.sent).toHaveLength(0);

    const file = new File(['%PDF-1.7 court decision'], 'Приговор.pdf', { type: 'application/pdf' });
    await userEvent.upload(within(section).getByLabelText(/^File/), file);
    await userEvent.click(within(section).getByRole('combobox', { name: 'Confidentiality' }));
    await userEvent.click(await screen.findByRole('option', { name: /Restricted/ }));
    await userEvent.click(within(section).getByRole('button', { name: 'Upload' }));

    const xhr = FakeXhr.sent[0]!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/attachments');
    expect(xhr.headers['x-csrf-token']).toBe('csrf-test-token');
    const form = xhr.body as RecordingFormData;
    expect(form.get('personId')).toBe(PERSON_ID);
    expect(form.get('confidentiality')).toBe('restricted');
    expect((form.get('file') as File).name).toBe('Приговор.pdf');

    xhr.progress(45, 100);
    expect(within(section).getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute(
      'aria-valuenow',
      '45',
    );
    expect(within(section).getByText('Uploading Приговор.pdf: 45%')).toBeInTheDocument();

    const uploaded = attachment({ id: LETTER_ID, fileName: 'Приговор.pdf', mimeType: 'application/pdf' });
    files.current = { items: [uploaded] };
    xhr.respond(201, uploaded);
    expect(await screen.findByText('Приговор.pdf was uploaded')).toBeInTheDocument();
    expect(await within(section).findByRole('link', { name: 'Приговор.pdf' })).toBeInTheDocument();
    expect(api.callsTo('GET', `/api/persons/${PERSON_ID}/attachments`).length).toBeGreaterThanOrEqual(2);
  });

  it("explains a refused file in the reader's language", async () => {
    filesApi('coordinator', { current: { items: [] } });
    const section = await openFiles();
    await userEvent.click(await within(section).findByRole('button', { name: 'Upload a file' }));
    await userEvent.upload(
      within(section).getByLabelText(/^File/),
      new File(['MZ'], 'photo.png', { type: 'image/png' }),
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Upload' }));
    FakeXhr.sent[0]!.respond(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request is invalid',
      details: { issues: [{ path: 'body.file', message: 'is not allowed', code: 'file_type_not_allowed' }] },
    });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be uploaded');
    expect(alert).toHaveTextContent('This kind of file is not accepted');
  });

  it('deletes a file after confirmation, and sets an image as the photo', async () => {
    const files = { current: { items: [attachment(), letter] } };
    const person = personDetail();
    const api = filesApi('coordinator', files, person);
    const section = await openFiles();

    await userEvent.click(
      await within(section).findByRole('button', { name: 'Set arrest.jpg as the photo' }),
    );
    await waitFor(() => expect(api.callsTo('PUT', `/api/persons/${PERSON_ID}/photo`)).toHaveLength(1));
    expect(api.callsTo('PUT', `/api/persons/${PERSON_ID}/photo`)[0]!.body).toEqual({
      attachmentId: PHOTO_ID,
      version: person.version,
    });
    expect(await screen.findByRole('img', { name: 'Vladimir Kozlov' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Remove photo' })).toBeInTheDocument();
    // A PDF cannot be a photo.
    expect(
      within(section).queryByRole('button', { name: 'Set Письмо из СИЗО.pdf as the photo' }),
    ).not.toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Delete Письмо из СИЗО.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this file?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(api.callsTo('DELETE', `/api/attachments/${LETTER_ID}`)[0]?.url.searchParams.get('version')).toBe(
        '1',
      ),
    );
    await waitFor(() =>
      expect(within(section).queryByRole('link', { name: 'Письмо из СИЗО.pdf' })).not.toBeInTheDocument(),
    );
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'viewer' })),
      'GET /api/persons/:id': () => jsonResponse(personDetail()),
      'GET /api/persons/:id/attachments': () => apiError(500, 'INTERNAL_ERROR', 'boom'),
    });
    const section = await openFiles();
    expect(await within(section).findByText('The files could not be loaded')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
