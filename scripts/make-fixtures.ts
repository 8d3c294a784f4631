// One-off: builds the reader fixtures in fixtures/ from examples/heshan-2024.txt. The outputs are committed,
// so tests need neither fonts nor iconv. Re-run with `npx tsx scripts/make-fixtures.ts` (needs the system
// `iconv` and `fonts-noto-cjk`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const SOURCE = 'examples/heshan-2024.txt';
const OUT = 'fixtures';
const FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FONT_NAME = 'NotoSansCJKsc-Regular';

interface Block {
  heading: number; // 0 = body paragraph, 1.. = markdown heading level
  text: string;
}

function blocks(text: string): Block[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^(#{1,6})\s+(.*)$/.exec(l);
      return m ? { heading: m[1]!.length, text: m[2]! } : { heading: 0, text: l };
    });
}

const write = (name: string, data: Uint8Array | string) => {
  writeFileSync(`${OUT}/${name}`, data);
  console.log(
    `${OUT}/${name}: ${typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength} bytes`,
  );
};

function gb18030(text: string): void {
  write('heshan-2024.gb18030.txt', execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
}

function utf16(text: string): void {
  const body = Buffer.from(text, 'utf16le');
  write('heshan-2024.utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
}

async function docx(bs: Block[]): Promise<void> {
  const levels = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
  ];
  const doc = new Document({
    sections: [
      {
        children: bs.map((b) =>
          b.heading > 0
            ? new Paragraph({ text: b.text, heading: levels[Math.min(b.heading, 4) - 1] })
            : new Paragraph({ text: b.text }),
        ),
      },
    ],
  });
  write('heshan-2024.docx', await Packer.toBuffer(doc));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page in the style of a county government site: menus, breadcrumb, one content div, footer, scripts. */
function html(bs: Block[]): void {
  const body = bs
    .map((b) =>
      b.heading > 0
        ? `<p style="text-align:center"><strong>${escapeHtml(b.text)}</strong></p>`
        : `<p style="text-indent:2em">&nbsp;&nbsp;${escapeHtml(b.text).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;')}</p>`,
    )
    .join('\n');
  const page = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>鹤山区人民政府 政府工作报告</title>
<style>.nav a{margin:0 8px}</style><script>var _hmt=_hmt||[];</script></head>
<body>
<div class="top"><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/zwfw/">政务服务</a></div></div>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><div class="article">
<div class="info">发布时间:2024-01-20 来源:区政府办 浏览次数:<span id="hits">1024</span></div>
<div class="TRS_Editor" id="zoom">
${body}
</div>
<div class="share">分享到:<a>微信</a><a>微博</a></div>
</div></div>
<div class="footer">主办单位:鹤壁市鹤山区人民政府办公室 网站标识码:4106020001 豫ICP备00000000号</div>
<script>document.getElementById('hits').textContent='1025';</script>
</body></html>
`;
  write('heshan-2024.html', page);
}

/** Lays out paragraphs on A4 pages: headings flush left, body paragraphs indented two characters. */
async function pdf(bs: Block[]): Promise<void> {
  const doc = await PDFDocument.create();
  const bytes = readFileSync(FONT_FILE);
  // The system font is a collection (.ttc): hand pdf-lib the Simplified Chinese face of it.
  doc.registerFontkit({ create: (data: Uint8Array) => fontkit.create(data as Buffer, FONT_NAME) });
  const font = await doc.embedFont(bytes, { subset: true });
  const [W, H, M, SIZE, LEAD] = [595, 842, 60, 11, 18];
  let page: PDFPage | undefined;
  let y = 0;
  let pageNo = 0;
  const newPage = () => {
    page = doc.addPage([W, H]);
    pageNo++;
    page.drawText(`- ${pageNo} -`, { x: W / 2 - 12, y: 30, size: 9, font });
    y = H - M;
  };
  const line = (text: string, x: number, size: number, f: PDFFont) => {
    if (!page || y < M + 20) newPage();
    page!.drawText(text, { x, y, size, font: f });
    y -= LEAD * (size / SIZE);
  };
  for (const b of bs) {
    const size = b.heading > 0 ? SIZE + 2 : SIZE;
    const indent = b.heading > 0 ? 0 : 2 * SIZE;
    let rest = b.text;
    let first = true;
    while (rest !== '') {
      const x = M + (first ? indent : 0);
      const width = W - M - x;
      let n = 1;
      while (n < rest.length && font.widthOfTextAtSize(rest.slice(0, n + 1), size) <= width) n++;
      line(rest.slice(0, n), x, size, font);
      rest = rest.slice(n);
      first = false;
    }
  }
  write('heshan-2024.pdf', await doc.save());
}

/** A grey 64×64 PNG: enough to make a page that is an image only. */
function png(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 64, 0, 0, 0, 64, 8, 0, 0, 0, 0]);
  const rows = Buffer.alloc(64 * 65);
  for (let r = 0; r < 64; r++) for (let c = 0; c < 64; c++) rows[r * 65 + 1 + c] = (r * 4 + c * 2) & 0xff;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function scannedPdf(): Promise<void> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png());
  for (let i = 0; i < 2; i++)
    doc.addPage([595, 842]).drawImage(image, { x: 40, y: 40, width: 515, height: 762 });
  write('scanned.pdf', await doc.save());
}

/** Deterministic bytes that are no text: a pseudo-random stream with NULs. */
function junk(): void {
  const out = new Uint8Array(4096);
  let s = 12345;
  for (let i = 0; i < out.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  write('junk.bin', out);
}

const text = readFileSync(SOURCE, 'utf8');
const bs = blocks(text);
gb18030(text);
utf16(text);
html(bs);
await docx(bs);
await pdf(bs);
await scannedPdf();
junk();
