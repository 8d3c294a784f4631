// 主要预期目标 as cards: the target, the latest reported value, the gap and the status light.
import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Target } from '../../../shared/api/targets';
import { formatGap, formatNumber, formatTargetValue } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { StatusTag } from '../../components/StatusTag';

function latestText(target: Target, locale: 'zh' | 'en', none: string): string {
  const latest = target.latest;
  if (!latest) return none;
  // Growth targets are judged on the cumulative 同比 (DOMAIN.md §3.2), others on the cumulative value.
  if (target.type === 'growth' && latest.yoy !== null)
    return `${formatNumber(latest.yoy, locale)}% (${latest.period})`;
  return `${formatNumber(latest.value, locale)}${target.unit} (${latest.period})`;
}

export function MainTargets({ targets }: { targets: Target[] }) {
  const { t, locale } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      {targets.map((target) => (
        <Col key={target.id} xs={24} sm={12} lg={8} xl={6}>
          <Link to={`/targets/${target.id}`} data-testid="main-target">
            <Card size="small" hoverable style={{ height: '100%' }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Typography.Text strong ellipsis={{ tooltip: target.indicator }}>
                  {target.indicator}
                </Typography.Text>
                <StatusTag status={target.judgement.status} colour={target.judgement.colour} />
              </div>
              <div style={{ fontSize: 13, marginTop: 8, lineHeight: 1.8 }}>
                <div>
                  {t('dashboard.target')}: {formatTargetValue(target, locale)}
                </div>
                <div>
                  {t('dashboard.latest')}: {latestText(target, locale, t('dashboard.noLatest'))}
                </div>
                <div>
                  {t('dashboard.gap')}: {formatGap(target.judgement.gap, target.judgement.gapUnit, locale)}
                </div>
              </div>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
