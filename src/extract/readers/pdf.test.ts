import { describe, expect, it } from 'vitest';
import { readReport } from './index';

/** A text run drawn at (x, y) in points, `size` points high; every character advances one em. */
interface Run {
  x: number;
  y: number;
  size: number;
  text: string;
}

/**
 * A PDF whose text layer holds the given runs: one Type0 font without a font program (text extraction
 * reads only its ToUnicode map), each character a two-byte code mapped to its code point. Small and
 * self-contained, so a test can say exactly which code points and positions the text layer has, as a
 * PDF printed from Word or Chromium would.
 */
function textPdf(pages: Run[][], width = 595, height = 842): Uint8Array {
  const chars = [...new Set(pages.flatMap((p) => p.flatMap((r) => [...r.text])))];
  const code = (ch: string) => (chars.indexOf(ch) + 1).toString(16).padStart(4, '0');
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const bfchar: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const chunk = chars.slice(i, i + 100);
    bfchar.push(`${chunk.length} beginbfchar`);
    for (const ch of chunk) bfchar.push(`<${code(ch)}> <${hex4(ch.charCodeAt(0))}>`);
    bfchar.push('endbfchar');
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...bfchar,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object numbers start at 3 (1 catalog, 2 pages)
  const stream = (s: string) => `<< /Length ${s.length} >>\nstream\n${s}\nendstream`;
  const toUnicode = add(stream(cmap));
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids = pages.map((runs) => {
    const content = runs
      .map((r) => `BT /F1 ${r.size} Tf 1 0 0 1 ${r.x} ${r.y} Tm <${[...r.text].map(code).join('')}> Tj ET`)
      .join('\n');
    const contents = add(stream(content));
    return add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
  });
  const all = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    ...objects,
  ];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const SIZE = 12;
const LEFT = 72;
/** Characters on a full line. */
const WIDTH = 20;

/** Body paragraphs laid out like Word: a first-line indent of two characters, lines of WIDTH characters. */
function layout(paragraphs: string[], top: number): Run[] {
  const runs: Run[] = [];
  let y = top;
  for (const p of paragraphs) {
    let rest = p;
    let first = true;
    while (rest !== '') {
      const n = first ? WIDTH - 2 : WIDTH;
      runs.push({ x: LEFT + (first ? 2 * SIZE : 0), y, size: SIZE, text: rest.slice(0, n) });
      rest = rest.slice(n);
      first = false;
      y -= 1.75 * SIZE;
    }
  }
  return runs;
}

describe('readReport PDF text layers', () => {
  it('reads Kangxi radicals and the horizontal bar of a CJK font as the characters they look like', async () => {
    const pdf = textPdf([
      layout(['⼀、⼯作回顾', '全市⽣产总值增⻓5%―5.5%，⼊⼾调查⼋⼗⼾，⺠⽣⽀出⾼于上年。'], 760),
    ]);
    const r = await readReport(pdf, 'report.pdf');
    expect(r.text).toBe('一、工作回顾\n全市生产总值增长5%—5.5%，入户调查八十户，民生支出高于上年。');
  });

  it('drops a running header and page numbers, and joins a paragraph across the page break', async () => {
    const title = '某市政府工作报告';
    const para =
      '过去一年，全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之六，城镇新增就业八万人，居民收入稳步增长，发展质量持续提升。';
    const page = (n: number, lines: Run[]) => [
      ...(n > 1 ? [{ x: 230, y: 800, size: 10, text: title }] : []),
      ...lines,
      { x: 280, y: 40, size: 14, text: `— ${n} —` },
    ];
    const body = layout([para, para, para, para], 700);
    // Page 1 opens with the title at the body's top (no header there), then the paragraphs run on over
    // pages whose first line is the header; the second paragraph breaks across pages 1 and 2.
    const perPage = 6;
    const shifted = (runs: Run[], dy: number) => runs.map((r) => ({ ...r, y: r.y + dy }));
    const pages = [
      page(1, [{ x: 200, y: 760, size: 22, text: title }, ...body.slice(0, perPage)]),
      page(2, shifted(body.slice(perPage, 2 * perPage), 6 * 1.75 * SIZE + 40)),
      page(3, shifted(body.slice(2 * perPage, 3 * perPage), 12 * 1.75 * SIZE + 40)),
      page(4, shifted(body.slice(3 * perPage), 18 * 1.75 * SIZE + 40)),
    ];
    const r = await readReport(textPdf(pages));
    expect(r.text.split('\n')).toEqual([title, para, para, para, para]);
  });

  it('joins a paragraph across a page that ends on a full line after a full stop, in a document that indents its paragraphs', async () => {
    // An indented first line of 18 characters, two full lines of 20 (the second ends with 。), a short last line.
    const para =
      '全市地区生产总值增长百分之五点五，一般公共预算收入增长六个百分点以上，居民收入稳步增长，城镇新增就业人数八万人以上。物价总体保持平稳。';
    const [first, ...rest] = layout([para], 700);
    const page1 = [...layout([para, para], 760), first!, rest[0]!, rest[1]!];
    const page2 = [
      ...rest.slice(2).map((r) => ({ ...r, y: 760 })),
      { x: LEFT + 2 * SIZE, y: 739, size: SIZE, text: '二、工作安排' },
    ];
    const r = await readReport(textPdf([page1, page2]));
    expect(r.text.split('\n')).toEqual([para, para, para, '二、工作安排']);
  });

  it('splits paragraphs set apart by space without an indent, even when a paragraph fills its last line', async () => {
    const paras = [
      '全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之六，新增就业八万人。',
      '全年完成固定资产投资一千二百亿元，社会消费品零售总额增长百分之七，外贸稳中有升。',
    ];
    const runs: Run[] = [];
    let y = 760;
    for (const p of paras) {
      for (let i = 0; i < p.length; i += WIDTH) {
        runs.push({ x: LEFT, y, size: SIZE, text: p.slice(i, i + WIDTH) });
        y -= 1.75 * SIZE;
      }
      y -= SIZE; // space after the paragraph, as a web page printed or a Word style without indents sets it
    }
    const r = await readReport(textPdf([runs]));
    expect(r.text.split('\n')).toEqual(paras);
  });

  it('closes the gaps that justification spreads between the characters of a full line', async () => {
    const spread = (text: string, y: number, x0: number, width: number): Run[] => {
      const step = (width - SIZE) / (text.length - 1);
      return [...text].map((ch, i) => ({ x: x0 + i * step, y, size: SIZE, text: ch }));
    };
    const right = LEFT + WIDTH * SIZE;
    const pdf = textPdf([
      [
        ...spread('城乡居民收入增长，', 700, LEFT + 2 * SIZE, right - LEFT - 2 * SIZE),
        ...spread('消费稳步回升，就业保持稳定，物价总体平稳。', 679, LEFT, right - LEFT),
        { x: LEFT, y: 658, size: SIZE, text: '全年目标顺利完成。' },
      ],
    ]);
    const r = await readReport(pdf);
    expect(r.text).toBe('城乡居民收入增长，消费稳步回升，就业保持稳定，物价总体平稳。全年目标顺利完成。');
  });

  // Fonts without a usable Unicode map: each glyph's ToUnicode entry names a private-use code point (or
  // the text layer holds the GBK bytes one Latin-1 letter a byte), so no Chinese is left to read.
  const privateUse = (text: string) =>
    [...text]
      .map((ch) =>
        /[\u4e00-\u9fff]/.test(ch) ? String.fromCharCode(0xe000 + (ch.charCodeAt(0) % 0x1800)) : ch,
      )
      .join('');
  const PARAS = [
    '一、2024年工作回顾',
    '全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之六，城镇新增就业八万人，居民收入稳步增长。',
    '二、2025年工作安排',
    '全年完成固定资产投资一千二百亿元，社会消费品零售总额增长百分之七，外贸稳中有升，物价总体平稳。',
  ];

  it('refuses a PDF whose whole text layer is private-use code points', async () => {
    const pdf = textPdf([layout(PARAS.map(privateUse), 760)]);
    await expect(readReport(pdf)).rejects.toMatchObject({ code: 'pdf_garbled_text' });
  });

  it('refuses a PDF whose Chinese comes out as Latin-1 letters (GBK bytes read one a character)', async () => {
    const gbkAsLatin1 = (text: string) =>
      [...text].map((ch) => (/[\u4e00-\u9fff]/.test(ch) ? '¹¤×÷' : ch)).join('');
    const pdf = textPdf([layout(PARAS.map(gbkAsLatin1), 760)]);
    await expect(readReport(pdf)).rejects.toMatchObject({ code: 'pdf_garbled_text' });
  });

  it('warns when the headings of one font are private-use code points and the body reads', async () => {
    const paras = [...PARAS, ...PARAS.filter((_, i) => i % 2 === 1)];
    const pdf = textPdf([
      layout(
        paras.map((p) => (/^[一二]、/.test(p) ? privateUse(p) : p)),
        760,
      ),
    ]);
    const r = await readReport(pdf);
    expect(r.text).toContain(PARAS[1]);
    expect(r.warnings.map((w) => w.code)).toEqual(['pdf_garbled_text']);
  });

  it('takes no offence at a lone private-use bullet of the Symbol font', async () => {
    const pdf = textPdf([
      layout(
        PARAS.map((p) => (/^[一二]、/.test(p) ? p : `\uf0b7${p}`)),
        760,
      ),
    ]);
    const r = await readReport(pdf);
    expect(r.warnings).toEqual([]);
  });
});

describe('readReport PDF short last page', () => {
  it('keeps short lines of a last page apart though they end together (the margin is the other pages’)', async () => {
    const para =
      '过去一年，全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之六，城镇新增就业八万人，居民收入稳步增长。';
    const items = ['● 加强法治政府建设', '● 加强能力作风建设', '● 加强反腐倡廉建设'];
    const last = items.map((text, i) => ({ x: LEFT, y: 760 - i * 1.75 * SIZE, size: SIZE, text }));
    const r = await readReport(textPdf([layout([para, para, para], 760), last]), 'report.pdf');
    expect(r.text.split('\n')).toEqual([para, para, para, ...items]);
  });
});

describe('readReport PDF tables of figures', () => {
  /** A table drawn like Word's: each cell a run at its column's left edge (the header centred), one row per line. */
  function table(rows: string[][], top: number, columns: number[], centred = false): Run[] {
    return rows.flatMap((row, i) =>
      row.flatMap((text, k) => {
        if (text === '') return [];
        const from = LEFT + columns[k]! * SIZE;
        const room = ((columns[k + 1] ?? columns[k]! + 8) - columns[k]!) * SIZE;
        const x = i === 0 && centred ? from + (room - text.length * SIZE) / 2 : from;
        return [{ x, y: top - i * 1.6 * SIZE, size: SIZE, text }];
      }),
    );
  }
  const lead = ['二、2026年工作安排', '今年全县主要预期目标如下：'];
  const rows = [
    ['指标', '单位', '目标', '增长%'],
    ['地区生产总值', '亿元', '860', '6左右'],
    ['一般公共预算收入', '亿元', '42', '5'],
    ['城镇新增就业', '万人', '1.5', ''],
  ];
  const after = ['（一）扩大有效需求', '抓好项目建设，全年实施重点项目八十个。'];

  it('writes each row of a table of figures as a line of prose instead of gluing the table into one paragraph', async () => {
    const top = layout(lead, 760);
    const tableTop = top[top.length - 1]!.y - 2 * SIZE;
    const body = table(rows, tableTop, [0, 9, 12, 16], true);
    const pdf = textPdf([[...top, ...body, ...layout(after, tableTop - rows.length * 1.6 * SIZE - SIZE)]]);
    const r = await readReport(pdf, 'report.pdf');
    expect(r.text.split('\n')).toEqual([
      ...lead,
      '地区生产总值860亿元，增长6%左右。',
      '一般公共预算收入42亿元，增长5%。',
      '城镇新增就业1.5万人。',
      ...after,
    ]);
  });

  it('leaves lines with wide gaps alone when they hold no figures (a title spread over the line)', async () => {
    const spread = [
      { x: LEFT, y: 760, size: SIZE, text: '政府' },
      { x: LEFT + 6 * SIZE, y: 760, size: SIZE, text: '工作' },
      { x: LEFT + 12 * SIZE, y: 760, size: SIZE, text: '报告' },
      { x: LEFT, y: 740, size: SIZE, text: '各位' },
      { x: LEFT + 6 * SIZE, y: 740, size: SIZE, text: '代表' },
    ];
    const r = await readReport(textPdf([[...spread, ...layout(after, 700)]]), 'report.pdf');
    expect(r.text.split('\n')).toEqual(['政府 工作 报告', '各位 代表', ...after]);
  });
});
