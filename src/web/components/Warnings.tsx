// Text warnings of an imported report in one compact box: the count of damaged places (each is marked in
// place in the report text) and any warning that has no position, listed on demand.
import { Alert, Collapse } from 'antd';
import type { PlanDetail } from '../../shared/api/plans';
import { useI18n } from '../app/i18n';

export function Warnings({ warnings }: { warnings: PlanDetail['warnings'] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  const located = warnings.filter((w) => w.start !== undefined).length;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="text-warnings"
      title={t('source.warnings', { n: warnings.length, located })}
      description={
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'list',
              label: t('source.showWarnings'),
              children: (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {warnings.map((w, i) => (
                    <li key={`${w.code}-${w.start ?? i}`}>{w.message}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      }
    />
  );
}
