/**
 * The kinds of file the case file accepts, with the file-name endings each is known by. The API
 * checks every upload against this list by its content (magic bytes), not by what the browser
 * says; the web app uses the same list for the file picker's `accept`.
 */
export const ATTACHMENT_TYPES = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
  'text/plain': ['.txt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'audio/mpeg': ['.mp3'],
  'audio/mp4': ['.m4a'],
  'audio/ogg': ['.ogg', '.oga', '.opus'],
  'audio/wav': ['.wav'],
  'audio/webm': ['.weba'],
  'video/mp4': ['.mp4', '.m4v'],
  'video/quicktime': ['.mov'],
  'video/webm': ['.webm'],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentMimeType = keyof typeof ATTACHMENT_TYPES;

export const ATTACHMENT_MIME_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentMimeType[];

/** Images can become a person's photo (and are shown as thumbnails). */
export function isImageMimeType(mimeType: string): boolean {
  return mimeType.startsWith('image/');
}

/** The allowed type a file name's ending suggests (`Appeal.PDF` -> application/pdf), if any. */
export function mimeTypeFromFileName(fileName: string): AttachmentMimeType | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ending = fileName.slice(dot).toLowerCase();
  return ATTACHMENT_MIME_TYPES.find((type) => (ATTACHMENT_TYPES[type] as readonly string[]).includes(ending));
}

/** Stable codes of upload problems (in `details.issues[].code` of a 400/413 answer). */
export const AttachmentIssueCode = {
  /** No file part, or the request is not multipart/form-data. */
  FILE_REQUIRED: 'file_required',
  FILE_EMPTY: 'file_empty',
  /** The content is not one of ATTACHMENT_TYPES, or not what its declared type or name says. */
  FILE_TYPE_NOT_ALLOWED: 'file_type_not_allowed',
  /** Larger than the server's limit (HABEAS_MAX_UPLOAD_MB): answered with 413. */
  FILE_TOO_LARGE: 'file_too_large',
  /** More than one file in one request. */
  TOO_MANY_FILES: 'too_many_files',
} as const;
export type AttachmentIssueCode = (typeof AttachmentIssueCode)[keyof typeof AttachmentIssueCode];
