// Web archives (.mht/.mhtml) as Word's 单个文件网页 and Chromium's "save as one file" write them, built in
// the test: no system iconv (GBK bytes come from the platform's GB18030 decoder, read backwards).

let gbkTable: Map<string, number[]> | undefined;

/** The GBK (GB18030 two-byte) bytes of a text of ASCII and Chinese characters. */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const ch = decoder.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const table = gbkTable;
  return new Uint8Array(
    [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))),
  );
}

/** Quoted-printable: bytes outside printable ASCII (and =) as =XX, lines of at most 76 with soft breaks. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const x of bytes) {
    const c =
      x >= 33 && x <= 126 && x !== 61
        ? String.fromCharCode(x)
        : `=${x.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + c.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += c;
  }
  return out + line;
}

/** The page as Word saves it as 单个文件网页: GBK, quoted-printable, with a theme part after it. */
export function wordMht(html: string): Uint8Array {
  const boundary = '----=_NextPart_01DC0000.5A3B2C10';
  const text = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/0A1B/report.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="gb2312"',
    '',
    quotedPrintable(gbk(html)),
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/0A1B/report.files/themedata.thmx',
    'Content-Transfer-Encoding: base64',
    'Content-Type: application/vnd.ms-officetheme',
    '',
    'UEsDBBQABgAIAAAAIQDp3g+//wAAABwCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbKyRy07DMBBF',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** The page as Chromium saves it as one file (.mhtml): UTF-8, quoted-printable, type="text/html". */
export function chromiumMhtml(html: string): Uint8Array {
  const boundary = '----MultipartBoundary--Qx7Lr2c1----';
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://www.example.gov.cn/zwgk/gzbg/2026.html',
    'Subject: =?utf-8?Q?2026=E5=B9=B4?=',
    'Date: Sun, 1 Feb 2026 10:00:00 +0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.example.gov.cn/zwgk/gzbg/2026.html',
    '',
    quotedPrintable(new TextEncoder().encode(html)),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
