/**
 * `attachment` (or `inline`) with the file name: an ASCII fallback and the UTF-8 name (RFC 6266).
 * @param name - the file name
 * @param kind - `attachment` (download) or `inline` (shown or subscribed to, e.g. a calendar feed)
 */
export function contentDisposition(name: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
