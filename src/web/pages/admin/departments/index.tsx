// 部门管理 (admin): the county's unit dictionary with aliases (DOMAIN.md §2: names vary by county and year),
// and the e-mail addresses that receive each department's reminders.
import { Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Department } from '../../../../shared/api/departments';
import { limits } from '../../../../shared/api/limits';
import type { PlanSummary } from '../../../../shared/api/plans';
import { useReportError } from '../../../api/errors';
import { defaultPlanId, useDepartments, usePlans } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { ErrorState } from '../../../components/QueryState';
import { useSaveDepartment } from './api';
import { EmailsModal } from './EmailsModal';

const kinds = ['department', 'township', 'vertical', 'office', 'other'] as const;

/** The regions plans are of, each once, in plan order. */
function planRegions(plans: PlanSummary[] | undefined): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const p of plans ?? []) if (!seen.has(p.region.id)) seen.set(p.region.id, p.region.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

interface Fields {
  name: string;
  aliases: string[];
  kind: Department['kind'];
}

export default function DepartmentsPage() {
  const { t } = useI18n();
  const plans = usePlans();
  const regions = planRegions(plans.data);
  const [picked, setPicked] = useState<number | null>(null);
  // With plans of several governments the page shows, and creates in, one region at a time: the picked one,
  // else the region of the plan being looked at. With one region the server files new units under it.
  const planId = plans.data ? defaultPlanId(plans.data) : null;
  const regionId =
    regions.length > 1 ? (picked ?? plans.data?.find((p) => p.id === planId)?.region.id ?? null) : null;
  const departments = useDepartments(regionId);
  const save = useSaveDepartment();
  const reportError = useReportError();
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [mailing, setMailing] = useState<Department | null>(null);
  const [form] = Form.useForm<Fields>();

  useEffect(() => {
    if (editing === null) return;
    form.setFieldsValue(editing === 'new' ? { name: '', aliases: [], kind: 'department' } : editing);
  }, [editing, form]);

  const onOk = async () => {
    const v = await form.validateFields();
    const body = { ...v, name: v.name.trim() };
    save.mutate(
      editing === 'new' || editing === null
        ? { body: regionId === null ? body : { ...body, regionId } }
        : { id: editing.id, body: { ...body, version: editing.version } },
      {
        onSuccess: () => setEditing(null),
        onError: (e) => reportError(e, form),
      },
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('admin.departments')}
        </Typography.Title>
        {regions.length > 1 && (
          <Select
            aria-label={t('rules.region')}
            data-testid="departments-region"
            style={{ minWidth: 180 }}
            value={regionId ?? undefined}
            onChange={setPicked}
            options={regions.map((r) => ({ value: r.id, label: r.name }))}
          />
        )}
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('admin.newDepartment')}
        </Button>
      </Space>
      {departments.isError ? (
        <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />
      ) : (
        <Table<Department>
          rowKey="id"
          size="small"
          loading={departments.isPending}
          dataSource={departments.data ?? []}
          pagination={{ defaultPageSize: 50 }}
          scroll={{ x: 720 }}
          columns={[
            { title: t('admin.name'), width: 180, dataIndex: 'name' },
            { title: t('admin.aliases'), render: (_, d) => d.aliases.join('、') || '—' },
            { title: t('admin.kind'), width: 140, render: (_, d) => t(`kind.${d.kind}`) },
            {
              title: t('common.actions'),
              width: 150,
              render: (_, d) => (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(d)}>
                    {t('common.edit')}
                  </Button>
                  <Button size="small" onClick={() => setMailing(d)} data-testid="department-emails">
                    {t('emails.edit')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <EmailsModal department={mailing} onClose={() => setMailing(null)} />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('admin.newDepartment') : t('common.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => void onOk()}
        confirmLoading={save.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        forceRender
      >
        <Form<Fields> form={form} layout="vertical">
          <Form.Item
            name="name"
            label={t('admin.name')}
            rules={[{ required: true, whitespace: true }, { max: limits.nameMax }]}
          >
            <Input maxLength={limits.nameMax} />
          </Form.Item>
          <Form.Item
            name="aliases"
            label={t('admin.aliases')}
            rules={[{ type: 'array', max: limits.aliasesMax }]}
          >
            <Select mode="tags" tokenSeparators={[',', ',', '、']} />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.kind')}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
