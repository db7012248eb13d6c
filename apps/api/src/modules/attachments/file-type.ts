import { ATTACHMENT_MIME_TYPES, type AttachmentMimeType, mimeTypeFromFileName } from '@habeas/shared';

/** How many leading bytes the type check needs (an ODT names itself at byte 38). */
export const HEAD_BYTES = 4096;

type Sniffed =
  | { candidates: readonly AttachmentMimeType[]; fallback?: AttachmentMimeType }
  | 'text'
  | undefined;

const ZIP_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
] as const;
const ODT_MARKER = 'mimetypeapplication/vnd.oasis.opendocument.text';

function startsWith(head: Buffer, bytes: readonly number[], offset = 0): boolean {
  return head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
}
function ascii(head: Buffer, offset: number, length: number): string {
  return head.subarray(offset, offset + length).toString('latin1');
}

/** What the first bytes say the file is: one type, a family to choose from, plain text, or nothing allowed. */
function sniff(head: Buffer): Sniffed {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { candidates: ['image/jpeg'] };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { candidates: ['image/png'] };
  if (ascii(head, 0, 5) === '%PDF-') return { candidates: ['application/pdf'] };
  if (ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 4);
    if (form === 'WEBP') return { candidates: ['image/webp'] };
    if (form === 'WAVE') return { candidates: ['audio/wav'] };
    return undefined;
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // An OpenDocument file stores its type first, uncompressed: trust it. OOXML (docx, xlsx)
    // cannot be told apart from the first bytes, so the declared type or the name decides.
    if (ascii(head, 30, ODT_MARKER.length) === ODT_MARKER) {
      return { candidates: ['application/vnd.oasis.opendocument.text'] };
    }
    return { candidates: ZIP_TYPES.slice(0, 2) };
  }
  if (ascii(head, 4, 4) === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (brand === 'qt  ') return { candidates: ['video/quicktime'] };
    if (brand === 'M4A ' || brand === 'M4B ') return { candidates: ['audio/mp4'] };
    return { candidates: ['video/mp4', 'audio/mp4'], fallback: 'video/mp4' };
  }
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    return { candidates: ['video/webm', 'audio/webm'], fallback: 'video/webm' };
  }
  if (ascii(head, 0, 4) === 'OggS') return { candidates: ['audio/ogg'] };
  if (ascii(head, 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) {
    return { candidates: ['audio/mpeg'] };
  }
  return isUtf8Text(head) ? 'text' : undefined;
}

/** No NUL byte and valid UTF-8 (a character cut at the end of the head is fine). */
function isUtf8Text(head: Buffer): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Other names browsers and systems give the allowed types. */
const ALIASES: Record<string, AttachmentMimeType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'application/ogg': 'audio/ogg',
};

/**
 * `Image/PNG; charset=x` -> `image/png`. A type outside the allowed list (the generic
 * application/octet-stream, or a system's own name for a file) says nothing: the content decides.
 */
function normalise(declared: string | undefined): AttachmentMimeType | undefined {
  const type = declared?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type in ALIASES) return ALIASES[type];
  return (ATTACHMENT_MIME_TYPES as readonly string[]).includes(type)
    ? (type as AttachmentMimeType)
    : undefined;
}

/**
 * The type an upload is stored as, decided by its content, or undefined when it is not allowed.
 * The content must be one of ATTACHMENT_TYPES; when the browser declared a specific type, the
 * content must agree with it (a text file named `.png` is refused, not relabelled). Where the
 * content fits several types of one family (docx/xlsx are both zip files, mp4 holds video or
 * audio), the declared type, then the file name's ending, chooses.
 */
export function detectAttachmentType(
  head: Buffer,
  declaredType: string | undefined,
  fileName: string,
): AttachmentMimeType | undefined {
  const declared = normalise(declaredType);
  const byName = mimeTypeFromFileName(fileName);
  const sniffed = sniff(head);
  if (sniffed === undefined) return undefined;
  if (sniffed === 'text') {
    const claimsText = declared === 'text/plain' || (declared === undefined && byName === 'text/plain');
    return claimsText ? 'text/plain' : undefined;
  }
  const { candidates, fallback } = sniffed;
  if (declared !== undefined) {
    return candidates.find((type) => type === declared);
  }
  if (byName && candidates.includes(byName)) return byName;
  return candidates.length === 1 ? candidates[0] : fallback;
}
