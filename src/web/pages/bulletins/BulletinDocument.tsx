// A 通报 as the document reads: 文号, title, then each section with its paragraphs, list and table (status
// counts, the lagging items with the report's sentences, the department ranking), DOMAIN.md §1.4.
import { Table, Typography } from 'antd';
import type { BulletinView } from '../../../shared/api/supervision';
import { formatNumber, formatPercent } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { StatusTag } from '../../components/StatusTag';

type Section = BulletinView['sections'][number];

function CountsTable({ b }: { b: BulletinView }) {
  const { t, locale } = useI18n();
  return (
    <Table
      rowKey="status"
      size="small"
      pagination={false}
      dataSource={b.counts}
      data-testid="bulletin-counts"
      columns={[
        { title: t('target.status'), render: (_, c) => <StatusTag status={c.status} /> },
        { title: t('bulletin.count'), dataIndex: 'count', width: 90 },
        // share is already a percentage (count ÷ total × 100), unlike the rates below.
        { title: t('bulletin.share'), width: 90, render: (_, c) => `${formatNumber(c.share, locale, 1)}%` },
      ]}
    />
  );
}

/** The lagging items as the 通报 prints them: numbered, with the report's sentence and the lead unit (§1.4). */
function LaggingList({ section }: { section: Section }) {
  const { t } = useI18n();
  if (section.list.length === 0)
    return <Typography.Paragraph>{t('bulletin.noLagging')}</Typography.Paragraph>;
  return (
    <ul style={{ paddingLeft: 0, listStyle: 'none' }} data-testid="bulletin-lagging">
      {section.list.map((item) => (
        <li key={item} data-testid="bulletin-lagging-item" style={{ textIndent: '2em' }}>
          {item}
        </li>
      ))}
    </ul>
  );
}

function RankingTable({ b }: { b: BulletinView }) {
  const { t, locale } = useI18n();
  const pct = (x: number | null) => (x === null ? '—' : formatPercent(x, locale));
  return (
    <Table
      rowKey="departmentId"
      size="small"
      pagination={false}
      dataSource={b.ranking}
      scroll={{ x: 560 }}
      data-testid="bulletin-ranking"
      columns={[
        { title: t('bulletin.rank'), width: 60, render: (_, r) => r.rank ?? '—' },
        { title: t('calendar.department'), dataIndex: 'name' },
        { title: t('bulletin.targets'), dataIndex: 'targets', width: 80 },
        { title: t('bulletin.onTimeRate'), width: 100, render: (_, r) => pct(r.onTimeRate) },
        { title: t('bulletin.onTrackRate'), width: 100, render: (_, r) => pct(r.onTrackRate) },
        {
          title: t('bulletin.score'),
          width: 80,
          render: (_, r) => (r.score === null ? '—' : r.score.toFixed(1)),
        },
      ]}
    />
  );
}

function SectionBlock({ section, b }: { section: Section; b: BulletinView }) {
  return (
    <section style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{section.heading}</Typography.Title>
      {section.paragraphs.map((p) => (
        <Typography.Paragraph
          key={p}
          style={{ textIndent: '2em' }}
          data-testid={p === b.countsSentence ? 'bulletin-counts-sentence' : undefined}
        >
          {p}
        </Typography.Paragraph>
      ))}
      {section.table === 'counts' && <CountsTable b={b} />}
      {section.table === 'lagging' && <LaggingList section={section} />}
      {section.table === 'ranking' && <RankingTable b={b} />}
      {section.table !== 'lagging' && section.list.length > 0 && (
        <ol style={{ paddingLeft: 24 }}>
          {section.list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function BulletinDocument({ bulletin }: { bulletin: BulletinView }) {
  return (
    <article data-testid="bulletin-document" style={{ maxWidth: 880 }}>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: 0 }}>
        {bulletin.issuer}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ textAlign: 'center' }}>{bulletin.docNumber}</Typography.Paragraph>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {bulletin.title}
      </Typography.Title>
      {!bulletin.sections.some((s) => s.paragraphs.includes(bulletin.countsSentence)) && (
        <Typography.Paragraph data-testid="bulletin-counts-sentence">
          {bulletin.countsSentence}
        </Typography.Paragraph>
      )}
      {bulletin.sections.map((s) => (
        <SectionBlock key={s.heading} section={s} b={bulletin} />
      ))}
      <Typography.Paragraph style={{ textAlign: 'right', marginTop: 24 }}>
        {bulletin.issuer}
        <br />
        {bulletin.dateZh}
      </Typography.Paragraph>
    </article>
  );
}
