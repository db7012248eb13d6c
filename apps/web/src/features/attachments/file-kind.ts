/** The kinds of file shown in the Type column (a word is clearer than a MIME type). */
export type FileKind = 'image' | 'pdf' | 'text' | 'document' | 'spreadsheet' | 'audio' | 'video' | 'other';

export function fileKind(mimeType: string): FileKind {
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('video/')) return 'video';
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType === 'text/plain') return 'text';
  if (mimeType.includes('spreadsheet')) return 'spreadsheet';
  if (mimeType.includes('wordprocessing') || mimeType.includes('opendocument.text')) return 'document';
  return 'other';
}
