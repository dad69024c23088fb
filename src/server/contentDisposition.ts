/**
 * `attachment` with the file name: an ASCII fallback and the UTF-8 name (RFC 6266).
 * @param name - the file name
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
