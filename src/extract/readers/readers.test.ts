import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legacyFiles } from '../../../test/helpers/legacy-files';
import { chromiumMhtml, wordMht } from '../../../test/helpers/web-archive';
import { MAX_REPORT_BYTES, type ReadErrorCode, readReport } from './index';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));
const original = readFileSync(new URL('../../../examples/heshan-2024.txt', import.meta.url), 'utf8');
/** The example's paragraphs without markdown hashes: what a .docx, PDF or web page of it holds. */
const paragraphs = original
  .split('\n')
  .map((l) => l.replace(/^#+\s*/, '').trim())
  .filter((l) => l !== '');
const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => Number.parseInt(x, 16)));

function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(s, (_, i) => s.charCodeAt(i))];
  units.forEach((u, i) => {
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
}

async function failure(bytes: Uint8Array): Promise<{ code: ReadErrorCode; message: string }> {
  try {
    await readReport(bytes);
  } catch (e) {
    const err = e as { code: ReadErrorCode; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error('readReport accepted the input');
}

describe('readReport text encodings', () => {
  it.each([
    ['UTF-8', utf8(original), 'utf-8'],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(original)]), 'utf-8'],
    ['GB18030 (made with iconv)', fixture('heshan-2024.gb18030.txt'), 'gb18030'],
    ['UTF-16LE with a byte-order mark', fixture('heshan-2024.utf16le.txt'), 'utf-16le'],
    ['UTF-16BE with a byte-order mark', utf16(original, 'be', true), 'utf-16be'],
    ['UTF-16LE without a byte-order mark', utf16(original, 'le', false), 'utf-16le'],
  ])('decodes %s to the same text', async (_name, bytes, encoding) => {
    const r = await readReport(bytes);
    expect(r).toMatchObject({ format: 'text', encoding, text: original });
  });

  it('reads UTF-8 with a broken byte, with a warning', async () => {
    const cut = utf8(original.slice(0, 300)).length;
    const bytes = utf8(original);
    const damaged = new Uint8Array([...bytes.subarray(0, cut), 0xff, ...bytes.subarray(cut)]);
    const r = await readReport(damaged);
    expect(r).toMatchObject({ format: 'text', encoding: 'utf-8' });
    expect(r.text.replace('\ufffd', '')).toBe(original);
    expect(r.warnings.map((w) => w.code)).toEqual(['invalid_utf8']);
  });

  it('turns CRLF line ends into LF', async () => {
    const r = await readReport(utf8('一、工作回顾\r\n全年增长8%。\r\n'));
    expect(r.text).toBe('一、工作回顾\n全年增长8%。\n');
  });
});

describe('readReport documents', () => {
  it('reads a .docx into one line per paragraph', async () => {
    const r = await readReport(fixture('heshan-2024.docx'), 'heshan.docx');
    expect(r).toMatchObject({ format: 'docx', encoding: 'embedded', warnings: [] });
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('reads a PDF text layer and rebuilds its wrapped lines into paragraphs', async () => {
    const r = await readReport(fixture('heshan-2024.pdf'), 'heshan.pdf');
    expect(r).toMatchObject({ format: 'pdf', encoding: 'embedded', warnings: [] });
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('reads the content div of a government web page and drops menus, scripts and footer', async () => {
    const r = await readReport(fixture('heshan-2024.html'), 'heshan.html');
    expect(r).toMatchObject({ format: 'html', encoding: 'utf-8' });
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('keeps only the article when long headlines and a pager of links sit beside it', async () => {
    const para = (k: number) =>
      `<p>${k}、全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之六，城镇新增就业八万人，居民收入稳步增长。</p>`;
    const article = Array.from({ length: 12 }, (_, k) => para(k + 1)).join('');
    const page = `<html><body><div class="main"><div class="TRS_Editor">${article}</div>
<ul class="hot"><li><a>全省经济运行情况新闻发布会召开：前三季度地区生产总值同比增长5.3%，规模以上工业增加值增长6.1%</a></li></ul>
<p class="pager">上一篇：<a>关于2025年全省国民经济和社会发展计划执行情况与2026年计划草案的报告</a></p></div></body></html>`;
    const r = await readReport(utf8(page));
    expect(r.text.split('\n')).toHaveLength(12);
    expect(r.text).not.toContain('上一篇');
  });

  it('keeps a sibling that holds prose outside links with the article', async () => {
    const prose =
      '全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之六，城镇新增就业八万人，居民收入稳步增长。';
    const page = `<html><body><div class="main"><div>${`<p>${prose}</p>`.repeat(12)}</div><div><p>附：${prose}</p></div></div></body></html>`;
    const r = await readReport(utf8(page));
    expect(r.text.split('\n')).toHaveLength(13);
  });

  it('decodes HTML entities and keeps block breaks', async () => {
    const html =
      '<html><body><div><p>打好招商引资&ldquo;主动战&rdquo;&nbsp;。</p><br><p>增长8%&gt;7%</p></div></body></html>';
    const r = await readReport(utf8(html));
    expect(r.text).toBe('打好招商引资“主动战” 。\n增长8%>7%');
  });

  it('reads a GBK-encoded web page', async () => {
    const page = hex(
      '3c68746d6c3e3c686561643e3c6d65746120636861727365743d2267626b223e3c2f686561643e3c626f64793e3c703ed2bba1a232303233c4eab9a4d7f7bbd8b9cb3c2f703e3c703ec8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a43825a1a33c2f703e3c2f626f64793e3c2f68746d6c3e',
    );
    const r = await readReport(page);
    expect(r).toMatchObject({
      format: 'html',
      encoding: 'gb18030',
      text: '一、2023年工作回顾\n全年地区生产总值增长8%。',
    });
  });

  it('warns about PDF pages that have no text layer', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([300, 300]).drawText('Work report 2024', { x: 20, y: 250, size: 12, font });
    doc.addPage([300, 300]).drawRectangle({ x: 10, y: 10, width: 100, height: 100 });
    const r = await readReport(await doc.save());
    expect(r.text).toBe('Work report 2024');
    expect(r.warnings.map((w) => w.code)).toEqual(['pdf_pages_without_text']);
    expect(r.warnings[0]!.message).toContain('2');
  });

  it('takes a page for HTML by its content even when named .txt, with a warning', async () => {
    const r = await readReport(
      utf8('<!DOCTYPE html><html><body><p>一、工作回顾</p></body></html>'),
      'report.txt',
    );
    expect(r.format).toBe('html');
    expect(r.warnings.map((w) => w.code)).toEqual(['extension_mismatch']);
  });
});

/** A one-page PDF whose standard security handler rejects the empty password. */
const ENCRYPTED_PDF = utf8(`%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'a1'.repeat(32)}> /U <${'a1'.repeat(32)}> /P -4 >> endobj
trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] /Size 5 >>
%%EOF
`);

describe('readReport bad input', () => {
  it.each<[string, Uint8Array, ReadErrorCode]>([
    ['an empty file', new Uint8Array(0), 'empty_file'],
    ['a file over the size limit', new Uint8Array(MAX_REPORT_BYTES + 1), 'file_too_large'],
    ['binary junk', fixture('junk.bin'), 'binary_file'],
    ['a PDF without a text layer', fixture('scanned.pdf'), 'pdf_no_text_layer'],
    ['a password-protected PDF', ENCRYPTED_PDF, 'pdf_encrypted'],
    ['a damaged PDF', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'), 'pdf_unreadable'],
    [
      'a damaged .docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('word/document.xml garbage')]),
      'docx_unreadable',
    ],
    ['a legacy .doc', hex('d0cf11e0a1b11ae1000000000000000000000000'), 'unsupported_format'],
    ['a PNG image', hex('89504e470d0a1a0a0000000d49484452'), 'unsupported_format'],
    [
      'an Excel workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('xl/workbook.xml')]),
      'unsupported_format',
    ],
    [
      'Latin-1 text',
      new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' r'), 0xe9, ...utf8('sum'), 0xe9]),
      'unknown_encoding',
    ],
    [
      'Big5 text',
      hex(
        'ac46a9b2a475a740b3f8a769a141b867c0d9aac0b77cb56fae69c3ada4a4a656a66ea141a661b0cfa5cdb2a3c160adc8bc57aaf8a6caa4c0a4a7a4ada5aaa56ba141abb0c2edb773bc57b44eb77ea440a464a447a6cab855a448a548a457a143',
      ),
      'unknown_encoding',
    ],
    ['a page with no text', utf8('<html><body><script>var a = 1;</script></body></html>'), 'no_text'],
    ['whitespace only', utf8(' \n\t\n'), 'no_text'],
  ])('refuses %s with a stable code and a one-line message', async (_name, bytes, code) => {
    const err = await failure(bytes);
    expect(err.code).toBe(code);
    expect(err.message).not.toContain('\n');
    expect(err.message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  });
});

describe('readReport files that are not a report in a readable format', () => {
  it.each(Object.entries(legacyFiles))(
    'refuses a %s file, saying in one line what it is and what to do instead',
    async (_kind, file) => {
      const err = await failure(file.bytes);
      expect(err.code).toBe('unsupported_format');
      expect(err.message).toMatch(file.says);
      expect(err.message).not.toContain('\n');
    },
  );
});

describe('readReport web archives (.mht/.mhtml)', () => {
  // A page as Word writes it: list numbers behind <![if !supportLists]>, <o:p> marks, spans per run.
  const WORD_PAGE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center><b><span>2026年青石县人民政府工作报告<o:p></o:p></span></b></p>
<p class=MsoListParagraph><![if !supportLists]><span>一、<span style='font:7.0pt'>&nbsp;&nbsp; </span></span><![endif]><span>2025年工作回顾<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32pt'><span>过去一年，全县地区生产总值增长<span lang=EN-US>5.6%</span>。<o:p></o:p></span></p>
<p class=MsoListParagraph><![if !supportLists]><span>二、<span style='font:7.0pt'>&nbsp; </span></span><![endif]><span>2026年工作安排<o:p></o:p></span></p>
<p class=MsoNormal><span>今年的主要预期目标是：地区生产总值增长<span lang=EN-US>6%</span>左右。<o:p></o:p></span></p>
</div></body></html>`;
  const LINES = [
    '2026年青石县人民政府工作报告',
    '一、 2025年工作回顾',
    '过去一年，全县地区生产总值增长5.6%。',
    '二、 2026年工作安排',
    '今年的主要预期目标是：地区生产总值增长6%左右。',
  ];

  it("reads Word's 单个文件网页 (GB2312, quoted-printable) as the page it holds", async () => {
    const r = await readReport(wordMht(WORD_PAGE), '报告.mht');
    expect(r).toMatchObject({ format: 'html', encoding: 'embedded', warnings: [] });
    expect(r.text.split('\n')).toEqual(LINES);
  });

  it("reads Chromium's page saved as one file (UTF-8 named by the page's meta)", async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="TRS_Editor">${LINES.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
    const r = await readReport(chromiumMhtml(page), '报告.mhtml');
    expect(r.format).toBe('html');
    expect(r.text.split('\n')).toEqual(LINES);
  });
});
