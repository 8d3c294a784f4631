// "低于上年实际": a target set below last year's actual from the report's review part (issue 5 ambition check),
// with last year's figure and the check's sentence.
import { Alert, Tag, Tooltip } from 'antd';
import type { AmbitionMatch } from '../../shared/api/supervision';
import { formatNumber } from '../app/format';
import { useI18n } from '../app/i18n';

function useBaselineText(m: AmbitionMatch): string {
  const { t, locale } = useI18n();
  const b = m.baseline;
  const figure = `${b.indicator} ${formatNumber(b.value, locale)}${b.unit}`;
  return t('ambition.lastYear', { figure: b.estimate ? `${figure}(${t('ambition.estimate')})` : figure });
}

/** A small tag for lists, the figure and sentence on hover. */
export function AmbitionTag({ match }: { match: AmbitionMatch }) {
  const { t } = useI18n();
  const baseline = useBaselineText(match);
  return (
    <Tooltip title={`${baseline}。${match.messageZh}`}>
      <Tag color="orange" data-testid="ambition-flag">
        {t('ambition.below')}
      </Tag>
    </Tooltip>
  );
}

/** The full notice for the target page. */
export function AmbitionAlert({ match }: { match: AmbitionMatch }) {
  const { t } = useI18n();
  const baseline = useBaselineText(match);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="ambition-alert"
      title={t('ambition.below')}
      description={
        <>
          <div data-testid="ambition-baseline">{baseline}</div>
          <div>{match.messageZh}</div>
        </>
      }
    />
  );
}
