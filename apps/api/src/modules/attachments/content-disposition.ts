/**
 * `attachment; filename="Prigovor.pdf"; filename*=UTF-8''%D0%9F...`: the original name for
 * browsers that read RFC 6266 (all current ones), an ASCII stand-in for the rest. Quotes,
 * backslashes and line breaks can never reach the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
