import { detectAttachmentType } from './file-type';

const bytes = (...values: number[]) => Buffer.from(values);
const text = (value: string) => Buffer.from(value, 'latin1');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const ZIP = Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.alloc(60)]);
const ODT = Buffer.concat([
  bytes(0x50, 0x4b, 0x03, 0x04),
  Buffer.alloc(26),
  text('mimetypeapplication/vnd.oasis.opendocument.text'),
]);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe(detectAttachmentType.name, () => {
  it('recognises images, PDF and recordings by their first bytes', () => {
    expect(detectAttachmentType(PNG, 'image/png', 'a.png')).toBe('image/png');
    expect(detectAttachmentType(JPEG, 'image/jpg', 'a.jpg')).toBe('image/jpeg');
    expect(detectAttachmentType(text('RIFF\0\0\0\0WEBPVP8 '), undefined, 'x')).toBe('image/webp');
    expect(detectAttachmentType(text('RIFF\0\0\0\0WAVEfmt '), 'audio/x-wav', 'a.wav')).toBe('audio/wav');
    expect(detectAttachmentType(text('%PDF-1.7\n'), 'application/pdf', 'Приговор.pdf')).toBe(
      'application/pdf',
    );
    expect(detectAttachmentType(text('ID3\x04\0'), 'audio/mpeg', 'a.mp3')).toBe('audio/mpeg');
    expect(detectAttachmentType(text('OggS\0\x02'), undefined, 'a.ogg')).toBe('audio/ogg');
  });

  it('trusts the content when the browser only says "some bytes"', () => {
    expect(detectAttachmentType(PNG, 'application/octet-stream', 'photo')).toBe('image/png');
    expect(detectAttachmentType(JPEG, undefined, 'photo.bin')).toBe('image/jpeg');
  });

  it('refuses content that contradicts the declared type, and content of no allowed type', () => {
    expect(detectAttachmentType(text('not an image at all'), 'image/png', 'a.png')).toBeUndefined();
    expect(detectAttachmentType(JPEG, 'image/png', 'a.png')).toBeUndefined();
    expect(detectAttachmentType(text('MZ\x90\0\x03'), 'application/pdf', 'a.pdf')).toBeUndefined();
    expect(detectAttachmentType(text('MZ\x90\0\x03'), undefined, 'setup.exe')).toBeUndefined();
    expect(detectAttachmentType(Buffer.alloc(0), 'text/plain', 'empty.txt')).toBeUndefined();
  });

  it('accepts UTF-8 text only when it is declared or named as text', () => {
    const letter = Buffer.from('Письмо из СИЗО: всё в порядке.\n', 'utf8');
    expect(detectAttachmentType(letter, 'text/plain; charset=utf-8', 'letter.txt')).toBe('text/plain');
    expect(detectAttachmentType(letter, undefined, 'letter.txt')).toBe('text/plain');
    expect(detectAttachmentType(letter, undefined, 'letter.html')).toBeUndefined();
    // A multi-byte character cut at the end of the inspected bytes is still text.
    expect(detectAttachmentType(letter.subarray(0, 3), 'text/plain', 'a.txt')).toBe('text/plain');
    expect(detectAttachmentType(bytes(0x61, 0xc3, 0x28, 0x62), 'text/plain', 'a.txt')).toBeUndefined();
  });

  it('tells zip-based documents apart by the declared type or the name', () => {
    expect(detectAttachmentType(ZIP, DOCX, 'appeal.docx')).toBe(DOCX);
    expect(detectAttachmentType(ZIP, undefined, 'figures.XLSX')).toBe(XLSX);
    expect(detectAttachmentType(ZIP, undefined, 'archive.zip')).toBeUndefined();
    expect(detectAttachmentType(ODT, undefined, 'letter')).toBe('application/vnd.oasis.opendocument.text');
    expect(detectAttachmentType(ODT, DOCX, 'letter.docx')).toBeUndefined();
  });

  it('tells video from audio in MP4 and WebM containers', () => {
    const mp4 = text('\0\0\0\x18ftypisom\0\0\0\0');
    expect(detectAttachmentType(mp4, undefined, 'clip.mp4')).toBe('video/mp4');
    expect(detectAttachmentType(mp4, 'audio/mp4', 'voice.m4a')).toBe('audio/mp4');
    expect(detectAttachmentType(text('\0\0\0\x14ftypqt  '), undefined, 'a.mov')).toBe('video/quicktime');
    expect(detectAttachmentType(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f), undefined, 'a')).toBe('video/webm');
  });
});
