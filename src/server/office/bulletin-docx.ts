// The 通报 as an official .docx: red issuer and rule, 文号, title, addressee, sections with the status-count and
// ranking tables, the numbered lagging sentences with their lead unit, signature and date (DOMAIN.md §1.4
// wording pattern; layout in docx-kit.ts).
import type { Paragraph, Table } from 'docx';
import { formatNumber } from '../../domain/format';
import type { Bulletin, BulletinSection } from '../../domain/supervision/bulletin';
import {
  addressee,
  body,
  docNumberLine,
  gap,
  heading1,
  masthead,
  officialDocument,
  signature,
  table,
  title,
} from './docx-kit';

export interface BulletinDocxOptions {
  /** 主送机关, default "各有关单位:". */
  addressee?: string;
}

const pct = (x: number | null) => (x === null ? '—' : `${formatNumber(x * 100, 1)}%`);

function sectionTable(b: Bulletin, kind: BulletinSection['table']): Table | null {
  if (kind === 'counts') {
    const rows = b.counts.map((c) => [c.label, String(c.count), `${formatNumber(c.share, 1)}%`]);
    return table(['状态', '数量(项)', '占比'], rows, [40, 30, 30]);
  }
  if (kind === 'ranking') {
    const rows = b.ranking
      .filter((r) => r.rank !== null)
      .map((r) => [
        String(r.rank),
        r.name,
        String(r.targets),
        pct(r.onTrackRate),
        pct(r.onTimeRate),
        formatNumber(r.score ?? 0, 1),
      ]);
    return table(
      ['排名', '单位', '牵头目标(项)', '达进度率', '报送及时率', '综合得分'],
      rows,
      [10, 30, 15, 15, 15, 15],
    );
  }
  return null;
}

export async function writeBulletinDocx(b: Bulletin, options: BulletinDocxOptions = {}): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    masthead(b.issuer),
    docNumberLine(b.docNumber),
    title(b.title),
    addressee(options.addressee ?? '各有关单位:'),
  ];
  for (const s of b.sections) {
    children.push(heading1(s.heading), ...s.paragraphs.map(body));
    const t = sectionTable(b, s.table);
    if (t) children.push(t, gap());
    else children.push(...s.list.map(body));
  }
  children.push(...signature(b.issuer, b.dateZh));
  return officialDocument(children, b.title);
}
