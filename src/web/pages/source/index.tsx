// 报告原文: the report with every extracted statement highlighted. A click on a highlight opens its target;
// `?at=<offset>&target=<id>` (the link from a target page) scrolls to and marks that sentence.
import { Card, Space, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useRoutePlanId } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { Warnings } from '../../components/Warnings';
import { usePlanSource } from './api';
import { SourceText } from './SourceText';

export default function SourcePage() {
  const { t } = useI18n();
  const planId = useRoutePlanId();
  const source = usePlanSource(planId);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const at = params.get('at');
  const focus = at !== null && /^\d+$/.test(at) ? Number(at) : null;
  const activeTargetId = Number(params.get('target')) || null;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('source.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('source.legend')}</Typography.Text>
      <QueryState query={source}>
        {(s) => (
          <>
            <Warnings warnings={s.warnings} />
            <Card size="small">
              <SourceText
                source={s}
                focus={focus}
                activeTargetId={activeTargetId}
                damagedLabel={t('source.damaged')}
                onHighlightClick={(h) => {
                  if (h.targetId !== null) navigate(`/targets/${h.targetId}`);
                }}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
