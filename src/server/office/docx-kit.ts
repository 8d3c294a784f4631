// Building blocks of an official document (公文) in .docx, after GB/T 9704-2012 《党政机关公文格式》: A4 with
// margins 37/35/28/26 mm, a red 发文机关标志 and rule, the title in 2号小标宋, body in 3号仿宋_GB2312 with a
// two-character first-line indent, first-level headings in 黑体, second-level in 楷体, page numbers "— 1 —".
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

export const FONTS = {
  masthead: '方正小标宋简体',
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  latin: 'Times New Roman',
} as const;

/** Chinese font sizes in half-points: 初号 42pt … 小四 12pt. */
export const SIZES = { masthead: 60, title: 44, body: 32, table: 24, footer: 28 } as const;
export const RED = 'FF0000';
/** Fixed line pitch of 28.95pt (22 lines a page), in twips. */
const LINE = 579;

interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
  color?: string;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: { eastAsia: style.font, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin },
    size: style.size,
    bold: style.bold ?? false,
    ...(style.color ? { color: style.color } : {}),
  });
}

export function masthead(issuer: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 400, after: 300 },
    children: [run(issuer, { font: FONTS.masthead, size: SIZES.masthead, color: RED })],
  });
}

/** The 文号 line followed by the red rule under it. */
export function docNumberLine(number: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 480 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 12 } },
    children: [run(number, { font: FONTS.body, size: SIZES.body })],
  });
}

export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 480, line: 700, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONTS.title, size: SIZES.title })],
  });
}

export function addressee(text: string): Paragraph {
  return new Paragraph({
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONTS.body, size: SIZES.body })],
  });
}

export function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 640 },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONTS.body, size: SIZES.body })],
  });
}

export function heading1(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONTS.heading1, size: SIZES.body })],
  });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONTS.heading2, size: SIZES.body })],
  });
}

/** Issuer and date at the right, four characters from the edge (GB/T 9704 §7.3.5). */
export function signature(issuer: string, date: string): Paragraph[] {
  return [issuer, date].map(
    (t, i) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: 1280 },
        spacing: { before: i === 0 ? 640 : 0, line: LINE, lineRule: LineRuleType.EXACT },
        children: [run(t, { font: FONTS.body, size: SIZES.body })],
      }),
  );
}

function cell(text: string, head: boolean, widthPct: number): TableCell {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { font: head ? FONTS.heading1 : FONTS.body, size: SIZES.table })],
      }),
    ],
  });
}

/** A bordered table: header row in 黑体, cells in 仿宋, widths in percent of the text width. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  const w = (i: number) => widths[i] ?? Math.floor(100 / headers.length);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, w(i))) }),
      ...rows.map((r) => new TableRow({ children: headers.map((_, i) => cell(r[i] ?? '', false, w(i))) })),
    ],
  });
}

/** A blank paragraph between a table and the next text. */
export function gap(): Paragraph {
  return new Paragraph({ children: [] });
}

export async function officialDocument(
  children: Array<Paragraph | Table>,
  titleText: string,
): Promise<Buffer> {
  const doc = new Document({
    title: titleText,
    creator: 'duban',
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    font: { eastAsia: '宋体', ascii: FONTS.latin, hAnsi: FONTS.latin },
                    size: SIZES.footer,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
