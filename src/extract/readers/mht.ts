// A web archive (.mht/.mhtml: Word's and WPS's 单个文件网页, a browser's "save page as one file"): a MIME
// multipart/related message whose first text/html part is the page, in quoted-printable or base64 and the
// charset its Content-Type names. That part is decoded and read as a web page (html.ts).
import { decodeText } from './encoding';

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Headers (folded lines unfolded, names lower-cased) and the body after the blank line. */
function parsePart(raw: string): Part {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m) headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return { headers, body };
}

const param = (value: string | undefined, name: string): string | undefined =>
  value ? new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value)?.[1]?.trim() : undefined;

/** The body's bytes: quoted-printable (=XX, soft line breaks) or base64 decoded; else as written. */
function bodyBytes(body: string, encoding: string | undefined): Uint8Array {
  const enc = (encoding ?? '').toLowerCase();
  if (enc === 'base64') return new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  const latin = Buffer.from(body, 'latin1');
  if (enc !== 'quoted-printable') return new Uint8Array(latin);
  const out: number[] = [];
  const s = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(s.slice(i + 1, i + 3))?.[0] : undefined;
    if (hex) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

/** Decodes bytes in a charset the part names (gb2312 is read as its superset GB18030); else by content. */
function decodeAs(bytes: Uint8Array, charset: string | undefined): string {
  const name = charset?.toLowerCase().replace(/^(gb2312|gbk|x-gbk|cp936)$/, 'gb18030');
  if (name) {
    try {
      return new TextDecoder(name).decode(bytes);
    } catch {
      // an unknown charset label: found from the content below
    }
  }
  return decodeText(bytes).text;
}

/** The HTML of a web archive's page, or undefined when it holds none. */
export function mhtToHtml(b: Uint8Array): string | undefined {
  // Header and boundary lines are ASCII; latin1 keeps every byte as one character for the body decoders.
  const raw = new TextDecoder('latin1').decode(b);
  const top = parsePart(raw);
  const boundary = param(top.headers.get('content-type'), 'boundary');
  const parts = boundary ? raw.split(`--${boundary}`).slice(1).map(parsePart) : [top];
  const page = parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (!page) return undefined;
  const bytes = bodyBytes(page.body, page.headers.get('content-transfer-encoding'));
  return decodeAs(bytes, param(page.headers.get('content-type'), 'charset'));
}
