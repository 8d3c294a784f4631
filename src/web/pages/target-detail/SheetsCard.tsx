// The 督办单 of one target, on its page; the 督查室 can issue one here (level by the escalation rules unless
// chosen; the server answers 409 in words when nothing warrants a sheet or one is already open).
import { App, Button, Card, DatePicker, Form, Input, List, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { limits } from '../../../shared/api/limits';
import type { SheetColour } from '../../../shared/api/supervision';
import { useReportError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { SheetColourTag, SheetStateTag } from '../../components/SheetTags';
import { useIssueSheet, useSheets } from '../sheets/api';

const colours: SheetColour[] = ['blue', 'yellow', 'red'];

interface Fields {
  colour: SheetColour | 'auto';
  reason?: string;
  responseDeadline?: Dayjs | null;
}

function IssueSheet({ targetId }: { targetId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Fields>();
  const issue = useIssueSheet();
  const reportError = useReportError();
  const onOk = async () => {
    const v = await form.validateFields();
    issue.mutate(
      {
        targetId,
        ...(v.colour === 'auto' ? {} : { colour: v.colour }),
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        ...(v.responseDeadline ? { responseDeadline: v.responseDeadline.format('YYYY-MM-DD') } : {}),
      },
      {
        onSuccess: (sheet) => {
          setOpen(false);
          void message.success(t('sheet.issued', { number: sheet.number }));
        },
        onError: (e) => reportError(e, form),
      },
    );
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="issue-sheet">
        {t('sheet.issue')}
      </Button>
      <Modal
        open={open}
        title={t('sheet.issue')}
        onCancel={() => setOpen(false)}
        onOk={() => void onOk()}
        okText={t('sheet.issue')}
        cancelText={t('common.cancel')}
        confirmLoading={issue.isPending}
        destroyOnHidden
      >
        <Form<Fields> form={form} layout="vertical" initialValues={{ colour: 'auto' }}>
          <Form.Item name="colour" label={t('sheet.colour')}>
            <Select
              data-testid="sheet-colour"
              options={[
                { value: 'auto', label: t('sheet.issueAuto') },
                ...colours.map((c) => ({ value: c, label: t(`sheet.colour.${c}`) })),
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('sheet.issueReason')} rules={[{ max: limits.reasonMax }]}>
            <Input.TextArea
              autoSize={{ minRows: 2 }}
              maxLength={limits.reasonMax}
              data-testid="sheet-reason"
            />
          </Form.Item>
          <Form.Item name="responseDeadline" label={t('sheet.deadline')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function SheetsCard({ targetId, canIssue }: { targetId: number; canIssue: boolean }) {
  const { t } = useI18n();
  const sheets = useSheets({ targetId });
  return (
    <Card
      size="small"
      title={t('sheet.title')}
      extra={canIssue && <IssueSheet targetId={targetId} />}
      data-testid="target-sheets"
    >
      <List
        size="small"
        loading={sheets.isPending}
        dataSource={sheets.data ?? []}
        locale={{ emptyText: sheets.isError ? String(sheets.error.message) : t('sheet.empty') }}
        renderItem={(s) => (
          <List.Item data-testid="target-sheet">
            <Space wrap>
              <Link to={`/sheets/${s.id}`}>{s.number}</Link>
              <SheetColourTag colour={s.colour} />
              <SheetStateTag sheet={s} />
              <Typography.Text type="secondary">{`${t('sheet.deadline')} ${s.responseDeadline}`}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
