// One 督办单: level, item, unit, reasons, response deadline; the responsible department's response form;
// the 督查室 returns a response or closes the sheet (办结, asks first); the history of the sheet.
import { Button, Card, Descriptions, Space, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Sheet } from '../../../shared/api/supervision';
import { useSession } from '../../api/session';
import { sentenceText } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { QueryState } from '../../components/QueryState';
import { SheetColourTag, SheetStateTag } from '../../components/SheetTags';
import { useSheet } from './api';
import { CloseSheet, RespondForm, ReturnResponse } from './SheetActions';

const eventColour = {
  issued: 'blue',
  escalated: 'red',
  responded: 'green',
  returned: 'orange',
  closed: 'gray',
} as const;

function History({ sheet }: { sheet: Sheet }) {
  const { t } = useI18n();
  return (
    <Timeline
      items={sheet.history.map((h) => ({
        color: eventColour[h.event],
        content: (
          <div data-testid="sheet-event">
            <Typography.Text strong>{`${h.on} ${t(`sheet.event.${h.event}`)}`}</Typography.Text>{' '}
            <SheetColourTag colour={h.colour} />
            {h.note && <Typography.Paragraph style={{ margin: 0 }}>{h.note}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}

export default function SheetPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().sheetId);
  const sheet = useSheet(Number.isInteger(id) && id > 0 ? id : null);
  const user = useSession().data;

  return (
    <QueryState query={sheet}>
      {(s) => {
        const isAdmin = user?.role === 'admin';
        const ownUnit = user?.role === 'reporter' && s.department?.id === user.departmentId;
        return (
          <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="sheet-detail">
            <Space wrap align="center">
              <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {s.number}
              </Typography.Title>
              <SheetColourTag colour={s.colour} />
              <SheetStateTag sheet={s} />
            </Space>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('sheet.target')}>
                  <Link to={`/targets/${s.target.id}`}>{s.target.indicator}</Link>
                </Descriptions.Item>
                <Descriptions.Item label={t('sheet.department')}>
                  {s.department?.name ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('sheet.issuedOn')}>{s.issuedOn}</Descriptions.Item>
                <Descriptions.Item label={t('sheet.deadline')}>
                  <Typography.Text type={s.overdue ? 'danger' : undefined}>
                    {s.responseDeadline}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {sentenceText(s.target.span)}
              </Typography.Paragraph>
              <Typography.Text strong>{t('sheet.reasons')}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid="sheet-reasons">
                {s.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </Card>
            <Card size="small" title={t('sheet.response')} data-testid="sheet-response">
              {s.response ? (
                <>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                    {s.response.text}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {t('sheet.respondedBy', { by: s.response.by, on: s.response.on })}
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">{t('sheet.noResponse')}</Typography.Text>
              )}
              {s.closedOn && (
                <Typography.Paragraph type="success" style={{ margin: '8px 0 0' }}>
                  {t('sheet.closedBy', { by: s.closedBy ?? '', on: s.closedOn })}
                </Typography.Paragraph>
              )}
              {s.state === 'open' && (isAdmin || ownUnit) && <RespondForm sheet={s} />}
              {isAdmin && s.state !== 'closed' && (
                <Space wrap style={{ marginTop: 12 }}>
                  {s.state === 'responded' && <ReturnResponse sheet={s} />}
                  <CloseSheet sheet={s} />
                </Space>
              )}
            </Card>
            <Card size="small" title={t('sheet.history')}>
              <History sheet={s} />
            </Card>
          </Space>
        );
      }}
    </QueryState>
  );
}
