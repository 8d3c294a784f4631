// Tables of figures in a .docx (w:tbl) replaced by one paragraph per row written as prose (table.ts), so
// mammoth's raw text holds "地区生产总值520亿元，增长6.5%。" instead of one line per cell. Layout tables
// (a cell with several paragraphs or long prose, a table inside a table) are left as they are.
import { Parser } from 'htmlparser2';
import { type Cell, isFigureTable, tableLines } from './table';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');

interface Table {
  start: number;
  rows: Cell[][];
  /** The cell being read, with its paragraphs' text so far. */
  cell?: Cell & { paragraphs: string[] };
  nested: boolean;
}

/**
 * document.xml with each table of figures written as paragraphs, or undefined when there is none. A table
 * holding a table is layout and stays; a table of figures inside it is still written as prose.
 */
export function tablesAsParagraphs(documentXml: string): string | undefined {
  if (!documentXml.includes('<w:tbl>') && !documentXml.includes('<w:tbl ')) return undefined;
  const replacements: { start: number; end: number; xml: string }[] = [];
  const tables: Table[] = [];
  let inText = false;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const table = tables[tables.length - 1];
        if (name === 'w:tbl') {
          if (table) table.nested = true;
          tables.push({ start: parser.startIndex, rows: [], nested: false });
          return;
        }
        if (!table) return;
        if (name === 'w:tr') table.rows.push([]);
        else if (name === 'w:tc') {
          table.cell = { text: '', span: 1, paragraphs: [] };
          table.rows[table.rows.length - 1]?.push(table.cell);
        }
        const cell = table.cell;
        if (!cell || name === 'w:tc') return;
        if (name === 'w:gridSpan') cell.span = Number(attribs['w:val']) || 1;
        else if (name === 'w:vMerge') cell.continued = attribs['w:val'] !== 'restart';
        else if (name === 'w:p') cell.paragraphs.push('');
        else if (name === 'w:t') inText = true;
        else if (name === 'w:tab') cell.paragraphs.push(`${cell.paragraphs.pop() ?? ''} `);
        else if (name === 'w:br' || name === 'w:cr') cell.paragraphs.push('');
      },
      ontext(data) {
        const cell = tables[tables.length - 1]?.cell;
        if (inText && cell) cell.paragraphs.push((cell.paragraphs.pop() ?? '') + unescapeXml(data));
      },
      onclosetag(name) {
        const table = tables[tables.length - 1];
        if (name === 'w:t') inText = false;
        else if (name === 'w:tc' && table?.cell) {
          table.cell.text = table.cell.paragraphs
            .map((p) => p.trim())
            .filter((p) => p !== '')
            .join('\n');
          table.cell = undefined;
        } else if (name === 'w:tbl') {
          tables.pop();
          if (!table || table.nested || !isFigureTable(table.rows)) return;
          const xml = tableLines(table.rows)
            .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
            .join('');
          replacements.push({ start: table.start, end: parser.endIndex + 1, xml });
        }
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(documentXml);
  if (replacements.length === 0) return undefined;
  let out = '';
  let from = 0;
  replacements.sort((a, b) => a.start - b.start);
  for (const { start, end, xml } of replacements) {
    out += documentXml.slice(from, start) + xml;
    from = end;
  }
  return out + documentXml.slice(from);
}
