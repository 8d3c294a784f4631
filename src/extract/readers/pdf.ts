// PDF → text from its text layer (pdfjs-dist legacy build, imported only when a PDF arrives). Lines are
// rebuilt from glyph positions and joined into paragraphs: a line that reaches the right margin continues
// into the next one unless that one is indented or set apart by space. Page numbers and running headers
// are dropped. A PDF without a text layer is refused, not guessed at.
import { createRequire } from 'node:module';
import type { Warning } from '../types';
import { ReportReadError } from './errors';
import { judgeTextLayer, textLayerHealth } from './garbled';
import { unifyLookalikes } from './lookalikes';
import { type Cell, isFigureTable, tableLines } from './table';

interface Line {
  text: string;
  /** The line's runs of text set apart by more than CELL_GAP: a table row's cells. */
  cells: { text: string; x0: number; x1: number }[];
  x0: number;
  x1: number;
  /** Baseline height on the page. */
  y: number;
  size: number;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A line of a page number alone ("3", "- 3 -", "— 3 —", "第3页") is print furniture, not report text. */
const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?[-—–\s]*$/;

function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = createRequire(import.meta.url)
    .resolve('pdfjs-dist/package.json')
    .replace(/package\.json$/, '');
  return { cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` };
}

function toLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  let curY = Number.NaN;
  let breakNext = false;
  for (const it of items) {
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const size = it.height || Math.abs(it.transform[3] ?? 0) || 10;
    if (!cur || breakNext || Math.abs(y - curY) > size * 0.5) {
      if (cur && cur.text.trim() !== '') lines.push(cur);
      cur = { text: '', cells: [], x0: x, x1: x, y, size };
      curY = y;
    }
    if (it.str !== '') {
      const str = unifyLookalikes(it.str);
      const cell = cur.cells[cur.cells.length - 1];
      // A space item may span the gap between two cells: the gap is measured from the last ink.
      if (str.trim() !== '') {
        if (!cell || x - cell.x1 > size * CELL_GAP) cur.cells.push({ text: str, x0: x, x1: x + it.width });
        else {
          cell.text += str;
          cell.x1 = x + it.width;
        }
      } else if (cell) cell.text += str;
      cur.text += str;
      cur.x0 = Math.min(cur.x0, x);
      cur.x1 = Math.max(cur.x1, x + it.width);
    }
    breakNext = it.hasEOL;
  }
  if (cur && cur.text.trim() !== '') lines.push(cur);
  return lines.filter((l) => !PAGE_NUMBER.test(l.text));
}

/**
 * Runs of text more than this many ems apart on one line are cells of a table row, not words of a sentence
 * (a justified line spreads its characters by a fraction of an em; table cells are padded on both sides).
 */
const CELL_GAP = 0.6;

/**
 * Table rows among a page's lines: runs of at least 2 consecutive lines of ≥ 2 cells, one of them with ≥ 3,
 * whose cells are a table of figures (table.ts). Returns, by index of a run's first line, its last index
 * and its rows written as prose.
 */
function tablesOf(lines: Line[]): Map<number, { last: number; lines: string[] }> {
  const found = new Map<number, { last: number; lines: string[] }>();
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && lines[j]!.cells.length >= 2) j++;
    const run = lines.slice(i, j);
    if (run.length >= 2 && run.some((l) => l.cells.length >= 3)) {
      // Columns: the spans of the page the cells cover, cells that overlap being in one column (a centred
      // header over left-aligned figures), gutters between them.
      const columns: [number, number][] = [];
      for (const c of run.flatMap((l) => l.cells).sort((a, b) => a.x0 - b.x0)) {
        const col = columns[columns.length - 1];
        if (col && c.x0 < col[1]) col[1] = Math.max(col[1], c.x1);
        else columns.push([c.x0, c.x1]);
      }
      const rows: Cell[][] = run.map((l) => {
        const row: Cell[] = columns.map(() => ({ text: '', span: 1 }));
        for (const c of l.cells) {
          const k = columns.findIndex(([, end]) => c.x0 < end);
          row[k]!.text += c.text.trim();
        }
        return row;
      });
      if (isFigureTable(rows)) found.set(i, { last: j - 1, lines: tableLines(rows) });
    }
    i = Math.max(i, j - 1);
  }
  return found;
}

/** A numbered heading or a change of type size starts a new block even after a full line. */
const HEADING_START = /^[\s\u3000]*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
const startsBlock = (l: Line, next: Line): boolean =>
  Math.abs(next.size - l.size) > l.size * 0.1 ||
  (/[。！？]$/.test(l.text.trim()) && HEADING_START.test(next.text));

/**
 * A page-edge line's place and text with its numbers blanked, so "报告 · 3" and "报告 · 4" are one running
 * line, and a first page whose title repeats the running header (without one of its own) keeps its title.
 */
const furnitureKey = (l: Line): string =>
  `${Math.round(l.y)}|${l.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;

/**
 * Running headers and footers (the report's title, a document number, "第 3 页 共 20 页"): the text of a
 * first or last line of a page that stands at the same height as the first or last line of at least 3
 * pages and a third of them.
 * Prose never repeats like that; odd and even pages may alternate two headers, each on half of them.
 */
function runningLines(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines[lines.length - 1]].flatMap((l) => (l ? [furnitureKey(l)] : [])));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const least = Math.max(3, pages.length / 3);
  return new Set([...counts].flatMap(([key, n]) => (n >= least ? [key] : [])));
}

/** Spaces beside a Chinese character or punctuation mark (CJK, full-width forms, quotes, dashes). */
const JUSTIFIED_GAP =
  /(?<=[\u2014\u2018-\u201d\u2026\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u2014\u2018-\u201d\u2026\u3000-\u9fff\uff00-\uffef])/g;

/**
 * The right margin: the rightmost line end that another line shares (justified lines all end there), so
 * one wider line (a large title, a table row, a date set outside the text block) does not move it; the
 * rightmost end when no two lines share one.
 */
function rightMargin(lines: Line[], em: number): number {
  const ends = lines.map((l) => l.x1).sort((a, b) => b - a);
  return ends.find((e, i) => Math.abs(e - (ends[i + 1] ?? Number.NaN)) <= em / 2) ?? ends[0]!;
}

interface PageText {
  paragraphs: string[];
  /** The last line reaches the right margin without ending its sentence: it runs on to the next page. */
  continues: boolean;
  /** The last line reaches the right margin and ends a sentence: it runs on if the next page's first line
   * is not indented in a document that indents its paragraphs. */
  fullAtStop: boolean;
  indentedStart: boolean;
  /** Indented lines that reach the right margin: first lines of paragraphs in a document that indents
   * them (an indented heading is short). */
  indents: number;
  first?: Line;
  last?: Line;
}

/** A page with fewer lines than this says little about its right margin: the document's is used. */
const FEW_LINES = 8;

/** Paragraph text of one page's lines, and how its edges meet the pages around it. `documentRight`: the
 * right margin of the document's fuller pages, for a page of a few lines (the last one, often short lines
 * that end together and would otherwise be taken for full ones). */
function joinLines(lines: Line[], documentRight?: number): PageText {
  if (lines.length === 0)
    return { paragraphs: [], continues: false, fullAtStop: false, indentedStart: false, indents: 0 };
  const left = Math.min(...lines.map((l) => l.x0));
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const em = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const right =
    lines.length < FEW_LINES && documentRight !== undefined ? documentRight : rightMargin(lines, em);
  // Line pitch: the lower quartile of the steps between lines, so space set between paragraphs (a web page
  // printed, a document without first-line indents) is told from the step inside a paragraph.
  const steps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const pitch = steps[Math.floor(steps.length / 4)] ?? 0;
  const spaced = (l: Line, next: Line) => pitch > 0 && l.y - next.y > 1.25 * pitch;
  const full = (l: Line) => l.x1 >= right - 1.5 * em;
  const indented = (l: Line) => l.x0 > left + 0.8 * em;
  const paragraphs: string[] = [];
  let buf = '';
  const tables = tablesOf(lines);
  let inTable = -1; // index of the last line of the table being passed over
  lines.forEach((l, i) => {
    const table = tables.get(i);
    if (table) {
      // A table of figures: its rows as lines of prose, apart from the paragraphs around it.
      if (buf !== '') paragraphs.push(buf);
      paragraphs.push(...table.lines);
      buf = '';
      inTable = table.last;
    }
    if (i <= inTable) return;
    // Justified lines are spread to the margin: the gaps between their Chinese characters are no spaces.
    buf += full(l) ? l.text.trim().replace(JUSTIFIED_GAP, '') : l.text.trim();
    const next = lines[i + 1];
    if (
      next &&
      !(full(l) && !indented(next) && !startsBlock(l, next) && !spaced(l, next) && !tables.has(i + 1))
    ) {
      paragraphs.push(buf);
      buf = '';
    }
  });
  if (buf !== '' || inTable < lines.length - 1) paragraphs.push(buf);
  const last = lines[lines.length - 1]!;
  const endsInTable = inTable === lines.length - 1;
  return {
    paragraphs,
    continues: !endsInTable && full(last) && !/[。！？:：;；]$/.test(last.text.trim()),
    fullAtStop: !endsInTable && full(last) && /[。！？;；]$/.test(last.text.trim()),
    indentedStart: indented(lines[0]!) || tables.has(0),
    indents: lines.filter((l) => indented(l) && full(l)).length,
    first: lines[0],
    last,
  };
}

export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; warnings: Warning[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      ...pdfjsAssets(),
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    if (e instanceof Error && e.name === 'PasswordException') throw new ReportReadError('pdf_encrypted');
    throw new ReportReadError('pdf_unreadable', e instanceof Error ? e.message.split('\n')[0] : undefined);
  }
  try {
    const pages: Line[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((i) => ('str' in i ? [i] : []));
      pages.push(toLines(items));
      page.cleanup();
    }
    const furniture = runningLines(pages);
    // The right margin of the pages with enough lines to show it (the median of theirs).
    const margins = pages
      .filter((lines) => lines.length >= FEW_LINES)
      .map((lines) => {
        const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
        return rightMargin(lines, sizes[Math.floor(sizes.length / 2)] ?? 10);
      })
      .sort((a, b) => a - b);
    const documentRight = margins[Math.floor(margins.length / 2)];
    const out: string[] = [];
    const empty: number[] = [];
    let previous: PageText | undefined;
    let indents = 0; // indented lines so far: the document marks paragraph starts by an indent
    for (const [k, lines] of pages.entries()) {
      const page = joinLines(
        lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && furniture.has(furnitureKey(l)))),
        documentRight,
      );
      if (page.paragraphs.length === 0) {
        empty.push(k + 1);
        continue;
      }
      // A page that ends on a full line runs on into a next page that does not open with an indent; after a
      // full stop only in a document that indents its paragraphs (else an unindented line is a new one),
      // and never into a numbered heading.
      const carry =
        previous !== undefined &&
        !page.indentedStart &&
        (previous.continues ||
          (previous.fullAtStop && indents >= 3 && !startsBlock(previous.last!, page.first!)));
      if (carry && out.length > 0) out[out.length - 1] += page.paragraphs.shift() ?? '';
      out.push(...page.paragraphs);
      indents += page.indents;
      previous = page;
    }
    const text = out.join('\n').trim();
    if (text === '') throw new ReportReadError('pdf_no_text_layer');
    const health = judgeTextLayer(textLayerHealth(text));
    if (health === 'unreadable') throw new ReportReadError('pdf_garbled_text');
    const warnings: Warning[] = [];
    if (health === 'damaged')
      warnings.push({
        code: 'pdf_garbled_text',
        message:
          'PDF的部分文字无法正确解码(字体缺少Unicode映射),请改用Word或文本文件 / part of the PDF text layer cannot be decoded (its fonts lack a Unicode map): use the Word or text file instead',
      });
    if (empty.length > 0) {
      const list = empty.length > 10 ? `${empty.slice(0, 10).join(', ')}…` : empty.join(', ');
      warnings.push({
        code: 'pdf_pages_without_text',
        message: `PDF 第 ${list} 页没有文字层(扫描页?) / PDF pages ${list} have no text layer (scanned?)`,
      });
    }
    return { text, warnings };
  } finally {
    await doc.destroy();
  }
}
