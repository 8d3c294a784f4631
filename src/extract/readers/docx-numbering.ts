// Word's automatic list numbers (numbering.xml) rendered the way Word shows them ("一、", "（一）", "1."),
// written into the paragraphs of document.xml as text so mammoth's raw text keeps the report's headings.
// mammoth's document model gives a numbered paragraph only its level and whether it is ordered, not its
// list, format or text, so the numbering parts are read here.
import { Parser } from 'htmlparser2';

interface Level {
  start: number;
  fmt: string;
  text: string;
  suff: string;
  /** w:lvlRestart: restart after a use of this (1-based) level or higher; 0 never; undefined any higher. */
  restart?: number;
  legal: boolean;
}

export interface NumberingDefs {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstract list, the levels it restarts at (w:lvlOverride/w:startOverride) and the levels it
   * redefines (a w:lvl inside w:lvlOverride: another format or text for this list only). */
  nums: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, Level> }>;
  /** Paragraph style → the list it numbers (a level naming the style, or the style's own w:numPr). */
  styles: Map<string, { numId?: string; ilvl?: number }>;
}

interface El {
  name: string;
  attribs: Record<string, string>;
  children: El[];
}

/** A small element tree of an XML part (attribute and tag names as written, with their prefix). */
function parseXml(xml: string): El {
  const root: El = { name: '', attribs: {}, children: [] };
  const stack = [root];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: El = { name, attribs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return root;
}

const child = (el: El | undefined, name: string) => el?.children.find((c) => c.name === name);
const val = (el: El | undefined) => el?.attribs['w:val'];
const int = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined);

function* all(el: El, name: string): Generator<El> {
  for (const c of el.children) {
    if (c.name === name) yield c;
    else yield* all(c, name);
  }
}

function readLevel(el: El): Level {
  return {
    start: int(val(child(el, 'w:start'))) ?? 0,
    fmt: val(child(el, 'w:numFmt')) ?? 'decimal',
    text: val(child(el, 'w:lvlText')) ?? '',
    suff: val(child(el, 'w:suff')) ?? 'tab',
    restart: int(val(child(el, 'w:lvlRestart'))),
    legal: child(el, 'w:isLgl') !== undefined && val(child(el, 'w:isLgl')) !== '0',
  };
}

export function readNumberingDefs(numberingXml: string, stylesXml: string | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), nums: new Map(), styles: new Map() };
  const root = parseXml(numberingXml);
  const styleLevels = new Map<string, { abstractId: string; ilvl: number }>();
  /** A list style's name → the abstract list defining its levels (w:styleLink). */
  const styleLinks = new Map<string, Map<number, Level>>();
  const linking: [abstractId: string, style: string][] = [];
  for (const a of all(root, 'w:abstractNum')) {
    const abstractId = a.attribs['w:abstractNumId'] ?? '';
    const levels = new Map<number, Level>();
    for (const l of a.children.filter((c) => c.name === 'w:lvl')) {
      const ilvl = int(l.attribs['w:ilvl']) ?? 0;
      levels.set(ilvl, readLevel(l));
      const style = val(child(l, 'w:pStyle'));
      if (style !== undefined) styleLevels.set(style, { abstractId, ilvl });
    }
    defs.abstract.set(abstractId, levels);
    const link = val(child(a, 'w:styleLink'));
    if (link !== undefined && levels.size > 0) styleLinks.set(link, levels);
    const uses = val(child(a, 'w:numStyleLink'));
    if (uses !== undefined) linking.push([abstractId, uses]);
  }
  // A list numbered with a list style (w:numStyleLink) has no levels of its own: they are the style's.
  for (const [abstractId, style] of linking) {
    const levels = styleLinks.get(style);
    if (levels && (defs.abstract.get(abstractId)?.size ?? 0) === 0) defs.abstract.set(abstractId, levels);
  }
  for (const n of all(root, 'w:num')) {
    const abstractId = val(child(n, 'w:abstractNumId')) ?? '';
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const o of n.children.filter((c) => c.name === 'w:lvlOverride')) {
      const ilvl = int(o.attribs['w:ilvl']) ?? 0;
      const lvl = child(o, 'w:lvl');
      const start = int(val(child(o, 'w:startOverride'))) ?? int(val(child(lvl, 'w:start')));
      if (start !== undefined) starts.set(ilvl, start);
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    defs.nums.set(n.attribs['w:numId'] ?? '', { abstractId, starts, levels });
  }
  // A level naming a paragraph style numbers that style's paragraphs in a list that uses its abstractNum.
  for (const [style, { abstractId, ilvl }] of styleLevels) {
    const numId = [...defs.nums].find(([, n]) => n.abstractId === abstractId)?.[0];
    if (numId !== undefined) defs.styles.set(style, { numId, ilvl });
  }
  if (stylesXml !== undefined) {
    const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
    for (const s of all(parseXml(stylesXml), 'w:style')) {
      const id = s.attribs['w:styleId'];
      if (id === undefined) continue;
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      own.set(id, {
        numId: val(child(numPr, 'w:numId')),
        ilvl: int(val(child(numPr, 'w:ilvl'))),
        basedOn: val(child(s, 'w:basedOn')),
      });
    }
    // A style takes the numbering of the style it is based on (标题 2 → 自定义标题), unless it sets its own.
    const resolved = (id: string, seen = new Set<string>()): { numId?: string; ilvl?: number } => {
      const st = own.get(id);
      if (!st || seen.has(id)) return {};
      seen.add(id);
      const base = st.basedOn !== undefined ? resolved(st.basedOn, seen) : {};
      const fromLevel = defs.styles.get(id);
      return { numId: st.numId ?? base.numId, ilvl: st.ilvl ?? fromLevel?.ilvl ?? base.ilvl };
    };
    const styles = new Map(defs.styles);
    for (const id of own.keys()) {
      const r = resolved(id);
      if (r.numId !== undefined) styles.set(id, r);
    }
    defs.styles = styles;
  }
  return defs;
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百〇五 (Word's chineseCounting; chineseCountingThousand
 * writes the zero 零). */
function chineseCounting(n: number, digits = DIGITS, units = '十百千', zero0 = digits[0]!): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = i < 3 ? units[2 - i]! : '';
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += zero0;
    zero = false;
    // 十一, not 一十一, when ten is the leading unit.
    out += (d === 1 && i === 2 && out === '' && digits === DIGITS ? '' : digits[d]) + unit;
  });
  return out;
}

function letters(n: number, a: string): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const cycle = (n: number, list: string) => (n >= 1 ? [...list][(n - 1) % [...list].length]! : String(n));

/** A counter in a w:numFmt as Word draws it; formats not listed here fall back to Arabic digits. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n, DIGITS, '十百千', '零');
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, '拾佰仟');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => DIGITS[Number(d)] ?? d).join('');
    case 'ideographTraditional':
      return cycle(n, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
      return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Keeps list counters in document order and renders each numbered paragraph's label. */
export class ListCounters {
  /** Counters per list: an abstractNum shared by its nums, or a num that restarts it on its own. */
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly seen = new Set<string>();

  constructor(private readonly defs: NumberingDefs) {}

  /** The label Word draws before a paragraph numbered (numId, ilvl) or styled `style`; '' for none. */
  label(numId: string | undefined, ilvl: number | undefined, style: string | undefined): string {
    const byStyle = style !== undefined ? this.defs.styles.get(style) : undefined;
    const id = numId ?? byStyle?.numId;
    if (id === undefined || id === '0') return '';
    const num = this.defs.nums.get(id);
    const levels = num && this.defs.abstract.get(num.abstractId);
    if (!num || !levels) return '';
    const level = ilvl ?? byStyle?.ilvl ?? 0;
    const levelOf = (l: number) => num.levels.get(l) ?? levels.get(l);
    const lvl = levelOf(level);
    if (!lvl || lvl.fmt === 'bullet') return '';
    const key = num.starts.size > 0 ? `num:${id}` : `abs:${num.abstractId}`;
    const counts = this.counters.get(key) ?? new Map<number, number>();
    this.counters.set(key, counts);
    if (num.starts.size > 0 && !this.seen.has(id)) {
      // A num that overrides its start begins the list anew there.
      this.seen.add(id);
      counts.clear();
    }
    const startOf = (l: number) => num.starts.get(l) ?? levelOf(l)?.start ?? 1;
    counts.set(level, (counts.get(level) ?? startOf(level) - 1) + 1);
    for (const l of new Set([...levels.keys(), ...num.levels.keys()])) {
      const other = levelOf(l)!;
      if (l <= level || !counts.has(l)) continue;
      // A deeper level starts again after any shallower one, or (w:lvlRestart N) after levels 1…N only.
      if (other.restart === undefined || (other.restart !== 0 && level + 1 <= other.restart))
        counts.delete(l);
    }
    const text = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const n = counts.get(l) ?? startOf(l);
      const fmt = lvl.legal && l !== level ? 'decimal' : (levelOf(l)?.fmt ?? 'decimal');
      return formatNumber(n, fmt);
    });
    if (text === '') return '';
    // Word puts a tab or a space after the label; after Chinese or closing punctuation it reads as nothing.
    const sep = lvl.suff === 'nothing' || /[、，。．.:：)）】〕」\]]$/.test(text) ? '' : ' ';
    return text + sep;
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * document.xml with each numbered paragraph's label written as its first run, or undefined when no
 * paragraph carries a number (the document is then read untouched).
 */
export function numberParagraphs(documentXml: string, defs: NumberingDefs): string | undefined {
  interface Para {
    /** Where the label goes: after the paragraph's w:pPr, else right after its opening tag. */
    at: number;
    depth: number;
    numId?: string;
    ilvl?: number;
    style?: string;
  }
  // Most documents number nothing (numbering.xml may hold only bullet lists): no need to parse them.
  if (defs.styles.size === 0 && !documentXml.includes('<w:numPr')) return undefined;
  const counters = new ListCounters(defs);
  const inserts: { at: number; text: string }[] = [];
  const paras: Para[] = [];
  const path: string[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        path.push(name);
        const depth = path.length;
        if (name === 'w:p') {
          paras.push({ at: parser.endIndex + 1, depth });
          return;
        }
        const p = paras[paras.length - 1];
        if (!p) return;
        // Only the paragraph's own properties: w:pPr > w:pStyle and w:pPr > w:numPr > w:numId / w:ilvl (a
        // tracked change keeps the old ones deeper, in w:pPrChange).
        if (path[p.depth] !== 'w:pPr') return;
        if (name === 'w:pStyle' && depth === p.depth + 2) p.style = attribs['w:val'];
        if (depth === p.depth + 3 && path[p.depth + 1] === 'w:numPr') {
          if (name === 'w:numId') p.numId = attribs['w:val'];
          if (name === 'w:ilvl') p.ilvl = int(attribs['w:val']);
        }
      },
      onclosetag(name) {
        const depth = path.length;
        path.pop();
        const p = paras[paras.length - 1];
        if (!p) return;
        if (name === 'w:pPr' && depth === p.depth + 1) p.at = parser.endIndex + 1;
        if (name === 'w:p' && depth === p.depth) {
          paras.pop();
          // A self-closed <w:p/> has no room for a run (and no text to number).
          if (documentXml[parser.endIndex - 1] === '/' && p.at > parser.startIndex) return;
          const text = counters.label(p.numId, p.ilvl, p.style);
          if (text !== '') inserts.push({ at: p.at, text });
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(documentXml);
  if (inserts.length === 0) return undefined;
  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, text } of inserts) {
    out += `${documentXml.slice(from, at)}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    from = at;
  }
  return out + documentXml.slice(from);
}
