// One target: its source sentence (with a link back to it in the report), assignment, reported values
// against the expected curve, progress reports with evidence, the audit history, and a notice when it is set
// below last year's actual (the ambition check).
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MODALITIES, TARGET_TYPES } from '../../../shared/status';
import { flaggedByTarget, useAmbition } from '../../api/ambition';
import { usePlans } from '../../api/hooks';
import { useSession } from '../../api/session';
import { formatGap, formatTargetValue, sentenceText } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { AmbitionAlert } from '../../components/AmbitionFlag';
import { AssignmentModal } from '../../components/AssignmentModal';
import { ProgressDrawer } from '../../components/ProgressDrawer';
import { QueryState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { AuditList } from './AuditList';
import { useTarget } from './api';
import { HistoryList } from './HistoryList';
import { ProgressChart } from './ProgressChart';
import { SheetsCard } from './SheetsCard';

export default function TargetDetailPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().targetId);
  const target = useTarget(Number.isInteger(id) && id > 0 ? id : null);
  const user = useSession().data;
  const [assigning, setAssigning] = useState(false);
  const [reporting, setReporting] = useState(false);
  const plans = usePlans();
  const ambition = flaggedByTarget(useAmbition(target.data?.planId ?? null).data);

  return (
    <QueryState query={target}>
      {(d) => {
        const a = d.assignment;
        const canReport =
          user?.role === 'admin' || (user?.role === 'reporter' && a?.lead?.id === user.departmentId);
        return (
          <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="target-detail">
            <Space wrap align="center">
              <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {d.indicator}
              </Typography.Title>
              <StatusTag status={d.judgement.status} colour={d.judgement.colour} />
            </Space>
            <Typography.Paragraph style={{ margin: 0 }}>
              {locale === 'zh' ? d.judgement.sentenceZh : d.judgement.sentenceEn}
            </Typography.Paragraph>
            {ambition.has(d.id) && <AmbitionAlert match={ambition.get(d.id)!} />}
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('target.source')}>
                  <Typography.Paragraph>{sentenceText(d.span)}</Typography.Paragraph>
                  <Link
                    to={`/plans/${d.planId}/source?at=${d.start}&target=${d.id}`}
                    data-testid="open-source"
                  >
                    {t('target.openSource')}
                  </Link>
                  <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
                    <Descriptions.Item label={t('target.value')}>
                      {formatTargetValue(d, locale)}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('target.type')}>
                      {TARGET_TYPES[d.type][locale]}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('target.modality')}>
                      {MODALITIES[d.modality][locale]}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('dashboard.gap')}>
                      {formatGap(d.judgement.gap, d.judgement.gapUnit, locale)}
                    </Descriptions.Item>
                  </Descriptions>
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card
                  size="small"
                  title={t('target.assignment')}
                  extra={
                    user?.role === 'admin' && (
                      <Button size="small" onClick={() => setAssigning(true)}>
                        {t('target.assign')}
                      </Button>
                    )
                  }
                >
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t('target.lead')}>
                      {a?.lead?.name ?? t('target.unassigned')}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('target.cooperating')}>
                      {a?.cooperating.map((c) => c.name).join('、') || '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('target.leader')}>{a?.leadLeader || '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('target.deadline')}>
                      {[a?.deadline, a?.deadlineText].filter(Boolean).join(' · ') || '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('milestone.title')}>
                      {a && a.milestones.length > 0 ? (
                        <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="milestones">
                          {a.milestones.map((m) => (
                            <li key={`${m.date}-${m.label}`}>
                              {`${m.date} ${m.label}${m.expectedPct === undefined ? '' : ` (${m.expectedPct}%)`}`}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </Descriptions.Item>
                  </Descriptions>
                </Card>
              </Col>
            </Row>
            <Card size="small" title={t('target.chart')}>
              <ProgressChart target={d} history={d.history} />
            </Card>
            <Card
              size="small"
              title={t('target.history')}
              extra={
                canReport && (
                  <Button type="primary" size="small" onClick={() => setReporting(true)}>
                    {t('progress.new')}
                  </Button>
                )
              }
            >
              <HistoryList history={d.history} unit={d.unit} canWrite={canReport} />
            </Card>
            <SheetsCard targetId={d.id} canIssue={user?.role === 'admin'} />
            <Card size="small" title={t('target.audit')}>
              <AuditList events={d.audit} />
            </Card>
            <AssignmentModal
              open={assigning}
              target={d}
              regionId={plans.data?.find((p) => p.id === d.planId)?.region.id}
              onClose={() => setAssigning(false)}
            />
            <ProgressDrawer
              target={reporting ? d : null}
              planYear={plans.data?.find((p) => p.id === d.planId)?.year ?? null}
              onClose={() => setReporting(false)}
            />
          </Space>
        );
      }}
    </QueryState>
  );
}
