import { describe, expect, it } from 'vitest';
import { normalizeText, scanRaw } from './normalize';

describe('normalizeText line repair', () => {
  it.each([
    [
      'joins a phrase broken before its number',
      '投资增长9%，研发增长\n\n24%，规模',
      '投资增长9%，研发增长24%，规模',
    ],
    ['joins a word broken after its first character', '增长，一\n\n般公共预算收入', '增长，一般公共预算收入'],
    ['joins a sentence broken after a comma', '推进理念，\n紧抓机遇。', '推进理念，紧抓机遇。'],
    ['keeps a break after a full stop', '完成任务。\n推进改革。', '完成任务。\n推进改革。'],
    ['keeps a break after a semicolon', '完成任务；\n推进改革。', '完成任务；\n推进改革。'],
    [
      'keeps a break before a markdown heading',
      '确定的28项工作\n\n#### （二） 聚焦转型',
      '确定的28项工作\n#### （二） 聚焦转型',
    ],
    [
      'keeps a break before an ordinal heading',
      '建设进度，完成\n二、工作安排',
      '建设进度，完成\n二、工作安排',
    ],
    ['keeps a break before a bracketed heading', '建设进度，完成\n（三）民生', '建设进度，完成\n（三）民生'],
    ['keeps a break after a title line', '政府工作报告\n各位代表：', '政府工作报告\n各位代表：'],
    [
      'joins a dash-led paragraph broken mid-figure',
      '——生态改善。排放下降14\n.1%。',
      '——生态改善。排放下降14.1%。',
    ],
    [
      'keeps a short dash subtitle apart',
      '——2024年3月5日在大会上\n各位代表：',
      '——2024年3月5日在大会上\n各位代表：',
    ],
    [
      'joins a short title-like line broken inside a number',
      '目标。\n地区生产总值从11.37万亿元提高到14\n\n.58万亿元。',
      '目标。\n地区生产总值从11.37万亿元提高到14.58万亿元。',
    ],
    ['joins a line that starts with a closing comma', '推进改革\n，扩大开放。', '推进改革，扩大开放。'],
    ['keeps a break before a salutation', '本报记者摄\n各位代表：', '本报记者摄\n各位代表：'],
    ['keeps label lines apart', '来源：北京日报\n时间：2026-02-02', '来源：北京日报\n时间：2026-02-02'],
    ['drops blank lines between paragraphs', '第一段。\n\n\n第二段。', '第一段。\n第二段。'],
    ['treats CRLF as one break', '第一段。\r\n第二段。', '第一段。\n第二段。'],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });
});

describe('normalizeText on wrapped pages', () => {
  it('joins paragraph starts that are as long as the wrapped lines', () => {
    const para = '地区生产总值增长七个百分点左右规模以上工业增加值增长八个百分点，投资稳步增长。';
    const lines: string[] = [];
    for (let k = 0; k < 12; k++) for (let i = 0; i < para.length; i += 12) lines.push(para.slice(i, i + 12));
    const n = normalizeText(lines.join('\n'));
    expect(n.text.split('\n')).toEqual(Array(12).fill(para));
  });

  /** Lines of `width` characters, as a page wrapped at a fixed width gives them. */
  const wrapAt = (text: string, width: number) =>
    text
      .split('\n')
      .map((l) => l.replace(new RegExp(`(.{${width}})`, 'gu'), '$1\n').replace(/\n$/, ''))
      .join('\n');

  it('joins a wrapped line that the page cut right after a full stop, unless the next line is indented', () => {
    // The first line of 11 characters ends with 。; the paragraph goes on for 3 more lines.
    const para = '经济运行总体平稳向好。投资增长百分之五，消费增长百分之六，出口增长百分之四，就业稳定。';
    const n = normalizeText(wrapAt(Array(6).fill(para).join('\n'), 11));
    expect(n.text.split('\n')).toEqual(Array(6).fill(para));
    // An indented line after it opens a paragraph (text that indents its paragraphs says where they start).
    const wrapped = wrapAt(para, 11);
    const raw = `${wrapped.replace('\n', '\n　　')}\n${Array(5).fill(wrapped).join('\n')}`;
    expect(normalizeText(raw).text.split('\n')[0]).toBe('经济运行总体平稳向好。');
  });

  it('joins a dash-led paragraph whose first line reaches the margin of a wrapped page', () => {
    const filler = Array(12).fill('全年经济运行总体平稳，投资增长较快。').join('\n');
    const dash = '——改革开放纵深推进，发展活力进一步释放。';
    const n = normalizeText(wrapAt(`${filler}\n${dash}\n${filler}`, 12));
    expect(n.text.split('\n')).toContain(dash);
  });

  it('joins a line that a figure too long for it left short of the margin', () => {
    const filler = Array(12).fill('全年经济运行总体平稳，投资增长较快。').join('\n');
    // 农村低保比例提高到 (9 of 12 characters, no punctuation) would be a title but for the figure after it.
    const n = normalizeText(`${wrapAt(filler, 12)}\n农村低保比例提高到\n80%以上，补差水平提高。`);
    expect(n.text.split('\n').at(-1)).toBe('农村低保比例提高到80%以上，补差水平提高。');
  });

  it('joins the first line of a paragraph whose indent a PDF copy dropped, and ends a title at its tail', () => {
    const filler = wrapAt(Array(12).fill('全年经济运行总体平稳，投资增长较快。').join('\n'), 12);
    // 10 of 12 characters without punctuation, then a full line: a paragraph that was indented by two.
    const para = '十五五时期是基本实现\n社会主义现代化夯实基础、\n全面发力的关键时期。';
    // A numbered title of 10 characters with its tail on the next line, then an indented paragraph start.
    const title = '（二）扩大内需提振消\n费和投资\n全年经济运行总体平稳，\n投资增长较快。';
    const lines = normalizeText(`${filler}\n${para}\n${title}`).text.split('\n');
    expect(lines).toContain('十五五时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。');
    expect(lines.slice(-2)).toEqual(['（二）扩大内需提振消费和投资', '全年经济运行总体平稳，投资增长较快。']);
  });

  it('ends a long wrapped title at its short unpunctuated tail', () => {
    const filler = Array(12).fill('全年经济运行总体平稳，投资增长较快。').join('\n');
    const title = '二、十四五时期发展成就和主要目标任务';
    const n = normalizeText(wrapAt(`${filler}\n${title}\n${filler}`, 12));
    expect(n.text.split('\n')).toContain(title);
  });

  it('keeps short titles apart on a wrapped page', () => {
    const body = Array(12).fill('一二三四五六七八九十甲乙，').join('\n');
    const n = normalizeText(`工作回顾\n${body}。`);
    expect(n.text.startsWith('工作回顾\n一二三')).toBe(true);
  });
});

describe('normalizeText on a page that indented its paragraphs, copied without the indents', () => {
  const W = 16;
  /** A paragraph as a PDF viewer copies it: the first line two characters short (its indent), then W each. */
  const indented = (p: string) => {
    const lines = [p.slice(0, W - 2)];
    for (let i = W - 2; i < p.length; i += W) lines.push(p.slice(i, i + W));
    return lines;
  };
  const flush = (p: string) =>
    p
      .replace(new RegExp(`(.{${W}})`, 'gu'), '$1\n')
      .replace(/\n$/, '')
      .split('\n');
  const fill =
    '全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济运行总体平稳，民生保障持续加强，社会大局和谐稳定。';
  // Ends right at the margin: its last line is a full line ending in 。.
  const atMargin =
    '持续优化营商环境，深化政务服务改革，推行企业开办一次办结，让各类市场主体办事更加便捷和高效。';
  const task =
    '壮大特色产业集群。围绕食品加工和装备制造两大主导产业，引进一批链主企业，培育一批专精特新企业。';
  const runIn = '（二）坚持创新驱动发展，加快培育新动能新优势。深入实施科技强县行动，支持企业建设研发平台。';
  const item = '三、扩大城乡居民医疗保险财政补助覆盖面。';
  // Its first sentence ends right where the indented first line does.
  const lead = '建设现代物流和冷链设施体系。完善县乡村三级物流配送网络，降低农产品流通成本，畅通城乡循环。';
  const paragraphs = [fill, fill, fill, atMargin, task, fill, runIn, fill, item, fill, lead, fill, fill];

  it('starts a paragraph at a line two characters short of the margin, and runs such a line on', () => {
    expect(indented(atMargin).at(-1)).toHaveLength(W);
    expect(indented(item)).toHaveLength(2);
    const n = normalizeText(paragraphs.flatMap(indented).join('\n'));
    expect(n.text.split('\n')).toEqual(paragraphs);
  });

  it('reads the same paragraphs wrapped without indents as before (the page is not taken as indented)', () => {
    const n = normalizeText(paragraphs.flatMap(flush).join('\n'));
    expect(n.text.split('\n')).toEqual(paragraphs);
  });
});

describe('normalizeText on text copied out of a PDF', () => {
  it.each([['- 3 -'], ['— 12 —'], ['－8－'], ['第3页'], ['第 3 页 共 40 页'], ['3/40']])(
    'drops the page number %s and joins the sentence around it',
    (number) => {
      expect(normalizeText(`推进重点项目建设，\n${number}\n加快发展。`).text).toBe(
        '推进重点项目建设，加快发展。',
      );
    },
  );

  it('keeps a number line that is no page number', () => {
    expect(normalizeText('附件\n2\n表格说明').text).toBe('附件\n2\n表格说明');
  });

  const header = '2026年某市政府工作报告';
  const sentence = '全市地区生产总值增长5.5%，一般公共预算收入增长6%，城镇新增就业8万人。';

  it('drops a running header that interrupts sentences, keeping the same line as the title above the text', () => {
    const cut = (k: number) => `${sentence.slice(0, k)}\n${header}\n${sentence.slice(k)}`;
    const raw = `${header}\n各位代表：\n${cut(16)}\n${cut(25)}\n${sentence}\n${header}\n${cut(30)}`;
    expect(normalizeText(raw).text.split('\n')).toEqual([
      header,
      '各位代表：',
      sentence,
      sentence,
      sentence,
      sentence,
    ]);
  });

  // 20 headings, each three times between paragraphs: each is checked as a running line and kept.
  const titles = Array.from({ length: 20 }, (_, k) => `专项行动${k + 1}组`);
  const block = titles.flatMap((t) => [sentence, t]);
  it.each([
    ['', header],
    ['opening with a soft hyphen', `\u00AD${header}`],
  ])('drops a running header %s after many repeated headings (then looked up in an index)', (_, running) => {
    const cut = (k: number) => `${sentence.slice(0, k)}\n${running}\n${sentence.slice(k)}`;
    const raw = [...block, ...block, ...block, cut(16), cut(25), cut(30)].join('\n');
    expect(normalizeText(raw).text.split('\n')).toEqual([
      ...block,
      ...block,
      ...block,
      sentence,
      sentence,
      sentence,
    ]);
  });

  it('keeps a heading that repeats between paragraphs but never inside a sentence', () => {
    const raw = `${sentence}\n专项行动\n${sentence}\n专项行动\n${sentence}\n专项行动\n${sentence}`;
    expect(normalizeText(raw).text).toBe(raw);
  });
});

describe('normalizeText noise and characters', () => {
  it.each([
    ['drops a page header with a page number', '# 4 | 专题报道\n\n正文。', '正文。'],
    ['drops a page header with the number last', '专题报道 | 4\n正文。', '正文。'],
    ['drops a masthead line', '鹤壁日报\n正文。', '正文。'],
    ['drops an edition line', '第4版\n正文。', '正文。'],
    [
      'joins across a page header inside a sentence',
      '推进项目，研发经费增长\n# 5 | 专题报道\n24%。',
      '推进项目，研发经费增长24%。',
    ],
    ['removes a byte order mark and zero-width spaces', '\uFEFF增\u200B长8%。', '增长8%。'],
    [
      'drops markdown bold and keeps a bold heading its own line',
      '**（一）扩大有效投资**\n**抓好项目建设。**全年完成投资88亿元。',
      '（一）扩大有效投资\n抓好项目建设。全年完成投资88亿元。',
    ],
    ['makes full-width digits and percent ASCII', '增长７．５％。', '增长7.5%。'],
    ['makes ASCII commas beside Chinese full-width', '增长8%,投资9%;', '增长8%，投资9%；'],
    ['keeps a digit-group comma', '投资1,000亿元。', '投资1,000亿元。'],
    ['drops spaces inside prose', '地区生产总值 增长 7.5%，投资 增长。', '地区生产总值增长7.5%，投资增长。'],
    ['keeps the space after markdown hashes', '## 一、工作回顾', '## 一、工作回顾'],
    ['keeps a space between ASCII words', 'PM 2.5 浓度，下降。', 'PM 2.5浓度，下降。'],
    [
      'reads Kangxi radicals and supplement forms (text copied from a PDF) as the ideographs they look like',
      '⼯作回顾\n增⻓5%，⼊⼾⼋⼗⼾，⺠⽣⽀出⾼于上年。',
      '工作回顾\n增长5%，入户八十户，民生支出高于上年。',
    ],
    ['reads the horizontal bar (GBK A1AA read as CP936) as the dash', '增长5%―5.5%。', '增长5%—5.5%。'],
    [
      'keeps a break before a heading numbered with a radical',
      '建设进度，完成\n⼆、⼯作安排',
      '建设进度，完成\n二、工作安排',
    ],
    [
      'keeps a break before a bracketed radical heading',
      '建设进度，完成\n（⼀）扩⼤内需',
      '建设进度，完成\n（一）扩大内需',
    ],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });
});

describe('normalizeText offsets', () => {
  it('maps a joined phrase back to the raw range with its line breaks', () => {
    const raw = '# 4 | 专题报道\n\n地区生产总值增长7.5%，研发经费投入增长\n\n24%，规模以上。';
    const n = normalizeText(raw);
    const s = n.text.indexOf('研发');
    const e = n.text.indexOf('%', s) + 1;
    const r = n.toOriginalRange(s, e);
    expect(raw.slice(r.start, r.end)).toBe('研发经费投入增长\n\n24%');
  });

  it('maps every character to the same raw character when nothing but width changed', () => {
    const raw = '增长７％，\uFEFF投资';
    const n = normalizeText(raw);
    for (let i = 0; i < n.text.length; i++) {
      const o = n.toOriginal(i);
      const rawCh = raw[o]!;
      expect(rawCh.normalize('NFKC')).toBe(n.text[i]!.normalize('NFKC'));
    }
  });

  it('maps the end of the text to the end of the raw input', () => {
    const raw = '正文。\n\n';
    const n = normalizeText(raw);
    expect(n.toOriginal(n.text.length)).toBe(raw.length);
  });

  it('returns an empty text for empty or blank input', () => {
    expect(normalizeText('').text).toBe('');
    expect(normalizeText('\n \n\u3000\n').text).toBe('');
  });

  it('repairs a large input (speed is measured by npm run bench:extract, a hang fails on the test timeout)', () => {
    const para = '地区生产总值增长7.5%，研发经费投入增长\n\n24%，规模以上工业增加值增长8%。\n';
    const raw = para.repeat(40_000); // about 2 MB
    const n = normalizeText(raw);
    expect(n.text.length).toBe((para.length - 2) * 40_000 - 1);
    expect(n.toOriginal(n.text.length - 1)).toBe(raw.length - 2);
  });
});

describe('normalizeText offset segments', () => {
  /** Every normalized character mapped back, as the raw characters it came from. */
  const mapped = (raw: string) => {
    const n = normalizeText(raw);
    return [...n.text].map((_, i) => raw[n.toOriginal(i)]).join('');
  };

  it('maps CRLF breaks to the CR, the first character of the break', () => {
    const raw = '第一段。\r\n第二段。\r\n';
    const n = normalizeText(raw);
    expect(n.text).toBe('第一段。\n第二段。');
    expect(n.toOriginal(4)).toBe(4);
    expect(n.toOriginal(5)).toBe(6);
    expect(n.toOriginal(n.text.length)).toBe(raw.length);
    expect([...n.seams]).toEqual([5]);
  });

  it('reads a lone CR among CRLF breaks as a break of its own', () => {
    const raw = '第一段。\r\n第二段。\r第三段。\r\n\r\n第四段。';
    const n = normalizeText(raw);
    expect(n.text).toBe('第一段。\n第二段。\n第三段。\n第四段。');
    const breaks = [...n.text].flatMap((ch, i) => (ch === '\n' ? [n.toOriginal(i)] : []));
    expect(breaks).toEqual([4, 10, 15]);
  });

  it('maps a line-separator break like a newline', () => {
    const n = normalizeText('第一段。\u2028第二段。');
    expect(n.text).toBe('第一段。\n第二段。');
    expect(n.toOriginal(4)).toBe(4);
    expect([...n.seams]).toEqual([]);
  });

  it('puts a seam where a page header line was dropped inside a sentence', () => {
    const raw = '推进项目，研发经费增长\n# 5 | 专题报道\n24%。';
    const n = normalizeText(raw);
    const at = n.text.indexOf('24');
    expect([...n.seams]).toEqual([at]);
    expect(n.toOriginal(at - 1)).toBe(raw.indexOf('长'));
    expect(n.toOriginal(at)).toBe(raw.indexOf('24'));
  });

  it('puts seams around dropped spaces and invisible characters, none around changed widths', () => {
    const raw = '增长 ７％，\u200B投资,增长';
    const n = normalizeText(raw);
    expect(n.text).toBe('增长7%，投资，增长');
    expect(mapped(raw)).toBe('增长７％，投资,增长');
    expect([...n.seams]).toEqual([2, 5]);
  });

  it('maps a kept space (tab in a heading) to the raw tab', () => {
    const raw = '## 一、\t工作回顾\n正文。';
    const n = normalizeText(raw);
    expect(n.text.startsWith('## 一、 工作回顾')).toBe(true);
    expect(n.toOriginal(n.text.indexOf(' 工'))).toBe(raw.indexOf('\t'));
  });

  it('clamps indices outside the text', () => {
    const raw = '  正文。';
    const n = normalizeText(raw);
    expect(n.toOriginal(-5)).toBe(2);
    expect(n.toOriginal(99)).toBe(raw.length);
    expect(n.toOriginalRange(3, 1)).toEqual({ start: 5, end: 5 });
  });

  it('keeps the raw order: toOriginal grows with the index and seams are the only jumps', () => {
    const raw = '  推进理念，\n\n紧抓\u00AD机遇。\r\n\r\n# 4 | 专题报道\n （一）着力 扩大内需。\n';
    const n = normalizeText(raw);
    const seams = new Set(n.seams);
    for (let i = 1; i < n.text.length; i++) {
      const jump = n.toOriginal(i) - n.toOriginal(i - 1);
      expect(jump > 1).toBe(seams.has(i));
      expect(jump).toBeGreaterThan(0);
    }
  });
});

describe('normalizeText lineBreaks', () => {
  it.each([
    '第一段。\r\n\r\n第二段。\n',
    '推进理念，\n紧抓机遇。\n# 4 | 专题报道\n二、工作安排\n\n\n（一）民生',
    '\u00AD\n正文。\n\u00AD\n结尾。',
    '一行',
    '',
  ])('lists exactly the line breaks of the text of %j', (raw) => {
    const n = normalizeText(raw);
    const expected: number[] = [];
    for (let i = 0; i < n.text.length; i++) if (n.text[i] === '\n') expected.push(i);
    expect([...n.lineBreaks]).toEqual(expected);
  });
});

describe('scanRaw', () => {
  const lines = (raw: string) => {
    const { lines: b } = scanRaw(raw);
    const out: string[] = [];
    for (let k = 0; k < b.length; k += 2) out.push(raw.slice(b[k], b[k + 1]));
    return out;
  };

  it.each([
    ['甲\n乙', ['甲', '乙']],
    ['甲\r\n乙\r\n', ['甲', '乙', '']],
    ['甲\r乙', ['甲', '乙']],
    ['甲\r\r\n乙', ['甲', '', '乙']],
    ['甲\n\r乙', ['甲', '', '乙']],
    ['甲\u2028乙\u2029丙', ['甲', '乙', '丙']],
    ['\r\n', ['', '']],
    ['', ['']],
  ])('splits %j into lines at every kind of break', (raw, expected) => {
    expect(lines(raw)).toEqual(expected);
  });

  it('finds a special character or a break at any position, odd or even, up to the last', () => {
    for (let length = 1; length <= 6; length++) {
      for (let at = 0; at < length; at++) {
        const chars = Array(length).fill('字');
        chars[at] = ' ';
        expect([...scanRaw(chars.join('')).specials]).toEqual([at]);
        chars[at] = '\n';
        expect([...scanRaw(chars.join('')).lines]).toEqual([0, at, at + 1, length]);
      }
    }
  });

  it('lists the characters that may change, in order, and no line break', () => {
    const raw = '增长 ７％，\u200B投资,增长\r\n（一）\u3000正文。';
    const at = [...scanRaw(raw).specials].map((i) => raw[i]);
    expect(at).toEqual([' ', '７', '％', '\u200B', ',', '\u3000']);
  });
});
