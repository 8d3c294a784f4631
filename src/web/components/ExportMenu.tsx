// Export buttons of a plan (admin and leaders): the 台账 .xlsx, targets and progress as CSV, the plan as JSON,
// StratML Part 2 XML and the year-end review .docx, each a plain download of GET /api/plans/:id/export/:format.
import { Button, Dropdown } from 'antd';
import type { exportFormatIds } from '../../shared/api/supervision';
import { useSession } from '../api/session';
import { useI18n } from '../app/i18n';
import type { MessageKey } from '../app/messages';

type Format = (typeof exportFormatIds)[number];

const entries: [Format, MessageKey][] = [
  ['xlsx', 'export.xlsx'],
  ['csv', 'export.csv'],
  ['progress-csv', 'export.progressCsv'],
  ['json', 'export.json'],
  ['stratml', 'export.stratml'],
  ['docx', 'export.docx'],
];

export function exportUrl(planId: number, format: Format): string {
  return `/api/plans/${planId}/export/${format}`;
}

export function ExportMenu({ planId }: { planId: number }) {
  const { t } = useI18n();
  const role = useSession().data?.role;
  if (role !== 'admin' && role !== 'leader') return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: entries.map(([format, label]) => ({
          key: format,
          label: (
            <a href={exportUrl(planId, format)} download data-testid={`export-${format}`}>
              {t(label)}
            </a>
          ),
        })),
      }}
    >
      <Button size="small" data-testid="export-menu">
        {t('export.title')}
      </Button>
    </Dropdown>
  );
}
