// The year-end review as .docx: title, opening, one 楷体 heading and paragraph per area, and the plan-versus-actual
// table (宿州 完成情况表 columns, DOMAIN.md §1.6; layout in docx-kit.ts).
import type { Paragraph, Table } from 'docx';
import type { ReviewText } from '../../domain/supervision/review';
import {
  body,
  gap,
  heading1,
  heading2,
  masthead,
  officialDocument,
  signature,
  table,
  title,
} from './docx-kit';

export interface ReviewDocxOptions {
  /** e.g. "鹤山区2024年《政府工作报告》目标任务完成情况". */
  title: string;
  issuer?: string;
  dateZh?: string;
}

const ORDINALS = '一二三四五六七八九十';

const ordinal = (i: number) => (i < 10 ? (ORDINALS[i] ?? '') : `十${ORDINALS[i - 10] ?? ''}`);

function metText(met: boolean | null): string {
  if (met === null) return '—';
  return met ? '完成' : '未完成';
}

export async function writeReviewDocx(review: ReviewText, options: ReviewDocxOptions): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  if (options.issuer) children.push(masthead(options.issuer));
  children.push(title(options.title), body(review.opening));
  review.areas.forEach((a, i) => {
    children.push(heading2(`(${ordinal(i)})${a.title}`), body(a.paragraph));
  });
  children.push(heading1('附表:年度目标完成情况表'));
  const rows = review.table.map((r) => [
    String(r.seq),
    r.area,
    r.indicator,
    r.planText,
    r.actualText,
    r.resultText,
    metText(r.met),
  ]);
  children.push(
    table(
      ['序号', '类别', '指标', '年度目标', '完成情况', '完成率/差距', '是否完成'],
      rows,
      [7, 15, 26, 14, 14, 14, 10],
    ),
  );
  children.push(gap());
  if (options.issuer && options.dateZh) children.push(...signature(options.issuer, options.dateZh));
  return officialDocument(children, options.title);
}
