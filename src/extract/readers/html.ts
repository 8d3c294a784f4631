// HTML page → report text: drops scripts, styles and navigation, keeps block breaks as newlines, decodes
// entities, and keeps only the content container when one holds most of the page's Chinese text
// (government pages wrap the report in one content div between menus and footers).
import { parseDocument } from 'htmlparser2';
import { type Cell, isFigureTable, tableLines } from './table';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type Element = Extract<Node, { attribs: unknown }>;
type ParentNode = Element | Doc;

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'iframe',
  'svg',
  'canvas',
  'select',
  'button',
  'form',
  'head',
  'object',
  'embed',
  'map',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'tbody',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'dl',
  'center',
  'title',
  'figure',
  'figcaption',
  'caption',
  'address',
]);
const CELL = new Set(['td', 'th']);
/** A container must hold this share of the page's CJK characters to be taken as the content. */
const CONTENT_SHARE = 0.85;
/** Only containers are candidates for the content root, never a single paragraph. */
const CONTAINER = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'table',
  'tbody',
  'tr',
  'td',
  'center',
  'font',
  'span',
]);

const isElement = (n: Node): n is Element => 'attribs' in n;
const cjkCount = (s: string): number => s.match(/[\u3400-\u9fff]/g)?.length ?? 0;

/** A text run this long is prose, not a menu item: a sibling holding one is part of the content. */
const PROSE_RUN = 40;

interface Tally {
  cjk: number;
  longestRun: number;
}

/**
 * CJK characters under each element and its longest text run, dropped subtrees excluded. Text inside a
 * link is no prose run: a list of long headlines (热点信息) or a 上一篇/下一篇 pager beside the article is
 * navigation, and must not stop the content container from being found.
 */
function tally(node: ParentNode, tallies: Map<ParentNode, Tally>, inLink = false): Tally {
  const t: Tally = { cjk: 0, longestRun: 0 };
  for (const child of node.children) {
    if (child.type === 'text') {
      const n = cjkCount(child.data);
      t.cjk += n;
      if (!inLink) t.longestRun = Math.max(t.longestRun, n);
    } else if (isElement(child) && !DROPPED.has(child.name)) {
      const c = tally(child, tallies, inLink || child.name === 'a');
      t.cjk += c.cjk;
      t.longestRun = Math.max(t.longestRun, c.longestRun);
    }
  }
  tallies.set(node, t);
  return t;
}

/** The deepest element that holds CONTENT_SHARE of all CJK text while no sibling holds prose. */
function contentRoot(doc: Doc): ParentNode {
  const tallies = new Map<ParentNode, Tally>();
  const total = tally(doc, tallies).cjk;
  let node: ParentNode = doc;
  for (;;) {
    const kids: Element[] = node.children.filter(isElement);
    const next: Element | undefined = kids.find(
      (c) => CONTAINER.has(c.name) && (tallies.get(c)?.cjk ?? 0) >= total * CONTENT_SHARE,
    );
    const proseElsewhere = kids.some((c) => c !== next && (tallies.get(c)?.longestRun ?? 0) >= PROSE_RUN);
    if (!next || total === 0 || proseElsewhere) return node;
    node = next;
  }
}

/** The text of an element as `collect` gives it, lines trimmed, empty lines dropped. */
function textOf(el: Element): string {
  const out: string[] = [];
  collect(el, out, false);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}

/** A table's rows of cells (rows of thead/tbody/tfoot too), or undefined for a table inside the table. */
function tableRows(table: Element): Cell[][] | undefined {
  const rows: Cell[][] = [];
  const below: number[] = []; // rows each column is still covered by a rowspan from above
  const walk = (el: Element): boolean => {
    for (const c of el.children.filter(isElement)) {
      if (DROPPED.has(c.name)) continue;
      if (c.name === 'table') return false;
      if (c.name !== 'tr') {
        if (!walk(c)) return false;
        continue;
      }
      const row: Cell[] = [];
      let col = 0;
      const covered = () => {
        while ((below[col] ?? 0) > 0) {
          below[col]!--;
          row.push({ text: '', span: 1, continued: true });
          col++;
        }
      };
      for (const td of c.children.filter((x): x is Element => isElement(x) && CELL.has(x.name))) {
        covered();
        if (td.children.some((x) => isElement(x) && x.name === 'table')) return false;
        const span = Math.max(1, Number(td.attribs.colspan) || 1);
        const down = Math.max(1, Number(td.attribs.rowspan) || 1);
        for (let i = 0; i < span; i++) below[col + i] = down - 1;
        row.push({ text: textOf(td), span });
        col += span;
      }
      covered();
      rows.push(row);
    }
    return true;
  };
  return walk(table) ? rows : undefined;
}

function collect(node: ParentNode, out: string[], pre: boolean): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      out.push(pre ? child.data : child.data.replace(/[ \t\r\n\f\u00a0]+/g, ' '));
    } else if (isElement(child) && child.name === 'table' && figureTable(child, out)) {
      // written as prose lines
    } else if (isElement(child) && !DROPPED.has(child.name)) {
      const block = BLOCK.has(child.name);
      if (block) out.push('\n');
      if (CELL.has(child.name)) out.push('\t');
      collect(child, out, pre || child.name === 'pre');
      if (block) out.push('\n');
    }
  }
}

/** A table of figures written as one line of prose per row (table.ts); false for a layout table. */
function figureTable(table: Element, out: string[]): boolean {
  const rows = tableRows(table);
  if (!rows || !isFigureTable(rows)) return false;
  // Its <caption> (2026年主要预期目标) is a line before the rows.
  const captions = table.children
    .filter((c): c is Element => isElement(c) && c.name === 'caption')
    .map(textOf)
    .filter((t) => t !== '');
  out.push(`\n${[...captions, ...tableLines(rows)].join('\n')}\n`);
  return true;
}

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out: string[] = [];
  collect(contentRoot(doc), out, false);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '').replace(/\t+/g, '\t'))
    .filter((line) => line !== '')
    .join('\n');
}
