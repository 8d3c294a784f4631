// Content-Disposition of a file download: the real (Chinese) name as RFC 5987 `filename*` (RFC 6266 §4.3), which
// every current browser prefers, and an ASCII `filename` for clients that read only that.

/** Characters no file system takes in a name, and control characters, replaced by _. */
const safe = (name: string) =>
  Array.from(name, (c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');

/** `attachment; filename="plan-2-2026-ledger.xlsx"; filename*=UTF-8''2026%E5%B9%B4…` */
export function attachment(fileName: string, asciiFallback: string): string {
  const ascii = safe(asciiFallback).replace(/[^\x20-\x7e]/g, '_');
  // encodeURIComponent keeps ' ( ) * !, of which RFC 5987's attr-char allows only !.
  const encoded = encodeURIComponent(safe(fileName)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
