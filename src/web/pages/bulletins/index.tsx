// 通报: preview the bulletin of a period (?period=, admin and leaders), publish it with the next 文号 (asks
// first), read any published one (?id=) and download it as .docx (or .txt).
import { App, Button, Card, Col, Empty, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useReportError } from '../../api/errors';
import { usePlans, useRoutePlanId } from '../../api/hooks';
import { useSession } from '../../api/session';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { bulletinFileUrl, useBulletin, useBulletinPreview, useBulletins, usePublishBulletin } from './api';
import { BulletinDocument } from './BulletinDocument';
import { bulletinPeriods, defaultBulletinPeriod } from './periods';

export default function BulletinsPage() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const planId = useRoutePlanId();
  const plans = usePlans();
  const role = useSession().data?.role;
  const canPreview = role === 'admin' || role === 'leader';
  const year = plans.data?.find((p) => p.id === planId)?.year ?? null;
  const [params, setParams] = useSearchParams();
  const storedId = Number(params.get('id')) || null;
  const period = params.get('period') ?? (year ? defaultBulletinPeriod(year, new Date()) : null);
  const preview = useBulletinPreview(planId, period, canPreview && storedId === null);
  const stored = useBulletin(storedId);
  const list = useBulletins(planId);
  const publish = usePublishBulletin();
  const reportError = useReportError();

  const askPublish = (number: string, label: string) =>
    modal.confirm({
      title: t('bulletin.publish'),
      content: t('bulletin.publishAsk', { number, period: label }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        planId === null || period === null
          ? undefined
          : publish
              .mutateAsync({ planId, period })
              .then((b) => {
                void message.success(t('bulletin.published'));
                if (b.id !== null) setParams({ id: String(b.id) });
              })
              .catch(reportError),
    });

  const shown = storedId !== null ? stored : canPreview ? preview : null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="bulletins-page">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('bulletin.title')}
        </Typography.Title>
        {canPreview && year !== null && (
          <Select
            aria-label={t('bulletin.period')}
            style={{ minWidth: 180 }}
            value={storedId === null ? period : undefined}
            placeholder={t('bulletin.period')}
            onChange={(p: string) => setParams({ period: p })}
            options={bulletinPeriods(year, t)}
            data-testid="bulletin-period"
          />
        )}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={17}>
          <Card
            size="small"
            title={storedId !== null ? stored.data?.docNumber : t('bulletin.preview')}
            extra={
              storedId !== null ? (
                <Space wrap>
                  <Button
                    type="primary"
                    href={bulletinFileUrl(storedId, 'docx')}
                    data-testid="bulletin-download"
                  >
                    {t('bulletin.download')}
                  </Button>
                  <Button href={bulletinFileUrl(storedId, 'txt')}>{t('bulletin.downloadTxt')}</Button>
                </Space>
              ) : (
                role === 'admin' &&
                preview.data && (
                  <Button
                    type="primary"
                    loading={publish.isPending}
                    onClick={() => askPublish(preview.data.docNumber, preview.data.periodLabel)}
                    data-testid="bulletin-publish"
                  >
                    {t('bulletin.publish')}
                  </Button>
                )
              )
            }
          >
            {shown === null ? (
              <Empty description={t('bulletin.previewOnly')} />
            ) : (
              <QueryState query={shown}>{(b) => <BulletinDocument bulletin={b} />}</QueryState>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('bulletin.list')}>
            <QueryState query={list} isEmpty={(l) => l.length === 0} empty={t('bulletin.none')}>
              {(l) => (
                <List
                  size="small"
                  dataSource={l}
                  renderItem={(b) => (
                    <List.Item
                      data-testid="bulletin-item"
                      actions={[
                        <a key="docx" href={bulletinFileUrl(b.id, 'docx')}>
                          .docx
                        </a>,
                      ]}
                    >
                      <Space orientation="vertical" size={0}>
                        <Typography.Link onClick={() => setParams({ id: String(b.id) })}>
                          {b.docNumber}
                        </Typography.Link>
                        <Typography.Text type="secondary">
                          {b.issuedOn} <Tag>{b.period}</Tag>
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              )}
            </QueryState>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
