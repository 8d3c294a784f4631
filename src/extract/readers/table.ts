// A table of figures (主要预期目标 or the past year's results: 指标 | 单位 | 目标/完成 | 增长%) → one line of
// prose per row, the way a report writes the same figures ("地区生产总值520亿元，增长6.5%。"), so the
// statements engine reads a table like a paragraph. Used by the .docx and web-page readers; a table that is
// page layout (a cell holding paragraphs or long prose) is not a table of figures and is read as before.

/** One table as read: rows of cell texts, spans already repeated over the grid (see `Cell`). */
export interface Cell {
  text: string;
  /** Columns the cell spans (colspan, w:gridSpan). */
  span: number;
  /** The cell continues the one above it (rowspan, w:vMerge without "restart"): its text is the one above. */
  continued?: boolean;
}

/** A cell longer than this, or holding a sentence or more than 3 lines, is prose: the table is layout. */
const MAX_CELL = 60;

/** A number as a table cell writes it: 520, 6.5, -2.1, 1,200, ≥5, 5.5以内, 6.5%左右, 约3. */
const NUMBER =
  /^(≥|>=|＞=|≤|<=|＜=|>|<|约|不低于|不少于|不超过|控制在)?\s*([-+－]?)\s*(\d[\d,，]*(?:\.\d+)?)\s*(%|％)?\s*(左右|以上|以内|以下|及以上)?$/;

const HEADER_UNIT = /[（(]\s*([^（）()]{1,6})\s*[）)]\s*$|(%|％)\s*$/;
const GROWTH = /增长|增速|增幅|增减|同比|比上年|下降|降低|减少/;
const DIRECTED = /(增长|增速|下降|降低|减少|提高|提升|增加)$/;
const UNIT_HEADER = /^(计量)?单位$/;
const NUMBER_HEADER = /^(序号|编号|序|No\.?)$/i;
const INDICATOR_HEADER = /指标|项目|名称|内容/;
const VALUE_HEADER = /目标|完成|实际|预期|计划|数值|绝对值|总量|规模|增长|增速|增幅|同比|%|％|\d{4}年/;

/** A cell's text on one line: its lines (a header 2026年⏎目标, 增速⏎（%）) joined, spaces kept only between
 * Latin letters or digits. */
const clean = (s: string) =>
  s
    .replace(/[ \t\u3000\u00a0]*\n[\s\u3000\u00a0]*/g, (_, at: number) =>
      /[A-Za-z0-9]/.test(s[at - 1] ?? '') && /[A-Za-z0-9]/.test(s[at + _.length] ?? '') ? ' ' : '',
    )
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim();
/** A cell of more than one line that is still a label: a few short lines, none ending a sentence. */
const shortLines = (s: string) => {
  const lines = s.split('\n');
  return lines.length <= 3 && !lines.some((l) => /[。！？；]\s*$/.test(l));
};
const isEmpty = (s: string) => /^[\s\u3000—–\-－/／、.…]*$/.test(s);
const isNumber = (s: string) => NUMBER.test(clean(s));

/** Whether rows of cells are a table of figures that `tableLines` can write as prose. */
export function isFigureTable(rows: readonly (readonly Cell[])[]): boolean {
  if (rows.length < 2) return false;
  if (!rows.some((r) => r.filter((c) => !isEmpty(c.text)).length >= 2)) return false;
  // A table of figures has one: a menu or a layout grid of short links has none.
  if (!rows.slice(1).some((r) => r.some((c) => isNumber(c.text)))) return false;
  return rows.every((r) => r.every((c) => shortLines(c.text) && clean(c.text).length <= MAX_CELL));
}

/**
 * Rows of cells → a grid: continued cells take the text above; a cell spanning columns fills them all when
 * `repeat` (a header over two columns names both), else only its first.
 */
function grid(rows: readonly (readonly Cell[])[], repeat: boolean): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    const line: string[] = [];
    for (const cell of row) {
      const col = line.length;
      const text = cell.continued ? (out[out.length - 1]?.[col] ?? '') : clean(cell.text);
      for (let i = 0; i < Math.max(1, cell.span); i++) line.push(i === 0 || repeat ? text : '');
    }
    out.push(line);
  }
  return out;
}

/** `6.5左右` with unit `%` → `6.5%左右`; `≥5` → `5%以上`; a minus sign becomes 下降 on a growth column. */
function withUnit(cell: string, unit: string, growth: boolean): { text: string; fall: boolean } | undefined {
  const m = NUMBER.exec(clean(cell));
  if (!m) return undefined;
  const [, before = '', sign, digits, percent, after = ''] = m;
  const u = percent ?? unit;
  const pre = /≥|>=|＞=|>|不低于|不少于/.test(before)
    ? { word: '', tail: '以上' }
    : /≤|<=|＜=|<|不超过/.test(before)
      ? { word: '', tail: '以内' }
      : { word: before, tail: '' };
  const fall = growth && (sign === '-' || sign === '－');
  return { text: `${pre.word}${digits!.replace(/[,，]/g, '')}${u}${after || pre.tail}`, fall };
}

/** A column numbering the rows (1, 2, 3… or 1. 2. 3.) under a header that does not say 序号, or none. */
function countsRows(cells: string[]): boolean {
  const filled = cells.filter((c) => !isEmpty(c));
  return filled.length >= 2 && filled.every((c, k) => new RegExp(`^${k + 1}[.、．]?$`).test(c));
}

/** What a value column says about its cells: its label, unit, and whether it is a growth rate. */
interface Column {
  index: number;
  label: string;
  unit: string;
  growth: boolean;
}

function column(index: number, header: string): Column {
  const m = HEADER_UNIT.exec(header);
  const unit = m ? (m[1] ?? m[2] ?? '').replace('％', '%') : '';
  const label = m ? header.slice(0, m.index).trim() : header;
  const growth = GROWTH.test(label) || (unit === '%' && label === '');
  return { index, label, unit: unit === '' && growth ? '%' : unit, growth };
}

/** The growth word a rate column writes before its figure: 增长 unless the header names another. */
function growthWord(label: string, fall: boolean): string {
  if (fall) return '下降';
  const word = /增长|下降|降低|减少|增减/.exec(label)?.[0];
  return word === undefined || word === '增减' ? '增长' : word;
}

/**
 * A table of figures as prose, one line per data row ending in 。: the indicator, then each value column
 * (the first level figure right after the indicator, with the unit of the 单位 column or the header;
 * other level columns after their header; growth columns as 增长X%), then any text columns in brackets.
 * The header rows (leading rows without a figure) name the columns; a table without one is written as
 * its cells joined by ，.
 */
export function tableLines(rows: readonly (readonly Cell[])[]): string[] {
  const kept = rows.filter((r) => r.some((c) => c.continued || !isEmpty(c.text)));
  const all = grid(kept, false);
  // Rows of one cell before the header (a caption: 2026年主要预期目标) stay as written.
  let captions = 0;
  while (captions < all.length - 1 && all[captions]!.filter((c) => !isEmpty(c)).length <= 1) captions++;
  const g = all.slice(captions);
  let headerRows = 0;
  while (
    headerRows < g.length - 1 &&
    !g[headerRows]!.some(isNumber) &&
    g[headerRows]!.filter((c) => !isEmpty(c)).length >= 2
  )
    headerRows++;
  const width = Math.max(...g.map((r) => r.length));
  const spread = grid(kept.slice(captions, captions + headerRows), true);
  const headers = Array.from({ length: width }, (_, i) => {
    const parts: string[] = [];
    for (const r of spread) {
      const t = r[i] ?? '';
      if (t !== '' && !parts.includes(t)) parts.push(t);
    }
    return parts.join('');
  });
  const body = g.slice(headerRows);
  // A row of one cell (a heading inside the table: 一、经济发展) stays as written.
  const plain = (r: string[]) => {
    const cells = r.filter((c, i) => !isEmpty(c) && c !== r[i - 1]);
    return cells.length === 1 ? cells[0]! : `${cells.join('，').replace(/[。；;，,]$/, '')}。`;
  };
  const caption = all.slice(0, captions).map((r) => r.find((c) => !isEmpty(c))!);
  if (headerRows === 0) return [...caption, ...body.map(plain)];

  const unitCol = headers.findIndex((h) => UNIT_HEADER.test(h));
  const skip = new Set<number>([unitCol]);
  headers.forEach((h, i) => {
    if (NUMBER_HEADER.test(h) || (!VALUE_HEADER.test(h) && countsRows(body.map((r) => r[i] ?? ''))))
      skip.add(i);
  });
  const valueCol = (i: number) =>
    !skip.has(i) && (VALUE_HEADER.test(headers[i]!) || body.some((r) => isNumber(r[i] ?? '')));
  let indicatorCol = headers.findIndex((h, i) => INDICATOR_HEADER.test(h) && !skip.has(i) && !valueCol(i));
  if (indicatorCol < 0) indicatorCol = headers.findIndex((_, i) => !skip.has(i) && !valueCol(i));
  if (indicatorCol < 0) return [...caption, ...body.map(plain)];
  const values: Column[] = [];
  const notes: number[] = [];
  headers.forEach((h, i) => {
    if (i === indicatorCol || skip.has(i)) return;
    if (valueCol(i)) values.push(column(i, h));
    else notes.push(i);
  });
  const levels = values.filter((c) => !c.growth).length;

  return [
    ...caption,
    ...body.map((r) => {
      let indicator = r[indicatorCol] ?? '';
      // 城镇新增就业（万人）: the unit written after the indicator.
      const own = /[（(]\s*([^（）()\d]{1,4})\s*[）)]$/.exec(indicator);
      if (own) indicator = indicator.slice(0, own.index);
      const rowUnit = (unitCol >= 0 ? r[unitCol] : '') || own?.[1] || '';
      const clauses: string[] = [];
      for (const c of values) {
        const cell = r[c.index] ?? '';
        if (isEmpty(cell)) continue;
        const v = withUnit(cell, c.growth ? c.unit : c.unit || rowUnit, c.growth);
        if (!v) clauses.push(cell);
        // 单位GDP能耗降低 | -3: the indicator already says which way the figure goes.
        else if (c.growth && clauses.length === 0 && DIRECTED.test(indicator)) clauses.push(v.text);
        else if (c.growth) clauses.push(`${growthWord(c.label, v.fall)}${v.text}`);
        else clauses.push(levels === 1 ? v.text : `${c.label}${v.text}`);
      }
      const note = notes
        .map((i) => r[i] ?? '')
        .filter((t) => !isEmpty(t) && t !== indicator)
        .map((t) => `（${t}）`)
        .join('');
      if (clauses.length === 0) return plain(r);
      return `${indicator}${clauses.join('，')}${note}。`;
    }),
  ];
}
