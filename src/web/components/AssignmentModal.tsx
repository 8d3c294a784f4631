// Assign a target (lead unit, co-operating units, lead leader, deadline) or, in bulk mode, several targets
// at once (lead and co-operating units only). The first unit listed is the lead (DOMAIN.md §1.2).
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { limits } from '../../shared/api/limits';
import type { AssignmentPut, TargetListItem } from '../../shared/api/targets';
import { useReportError } from '../api/errors';
import { useDepartments } from '../api/hooks';
import { useI18n } from '../app/i18n';
import { useBulkAssign, usePutAssignment } from '../pages/targets/api';
import { type MilestoneFields, MilestonesField } from './MilestonesField';

interface Fields {
  leadDepartmentId: number;
  cooperatingDepartmentIds: number[];
  leadLeader?: string;
  deadlineText?: string;
  deadline?: Dayjs | null;
  milestones?: MilestoneFields[];
}

/** Milestones as the API takes them, in date order; an empty share is left out. */
function milestonesOut(list: MilestoneFields[] | undefined): AssignmentPut['milestones'] {
  return (list ?? [])
    .filter((m): m is MilestoneFields & { date: Dayjs } => m.date !== null)
    .map((m) => ({
      date: m.date.format('YYYY-MM-DD'),
      label: m.label.trim(),
      ...(m.expectedPct === null || m.expectedPct === undefined ? {} : { expectedPct: m.expectedPct }),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called after a successful save (before onClose). */
  onDone?: () => void;
  /** One target: full assignment form. */
  target?: TargetListItem;
  /** Several targets: lead and co-operating units only. */
  targetIds?: number[];
  /** The region of the targets' plan: only its units are offered. */
  regionId?: number;
}

export function AssignmentModal({ open, onClose, onDone, target, targetIds, regionId }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Fields>();
  const departments = useDepartments(regionId);
  const put = usePutAssignment();
  const bulk = useBulkAssign();
  const report = useReportError();
  const bulkMode = !target;

  useEffect(() => {
    if (!open) return;
    const a = target?.assignment;
    form.setFieldsValue({
      leadDepartmentId: a?.lead?.id,
      cooperatingDepartmentIds: a?.cooperating.map((d) => d.id) ?? [],
      leadLeader: a?.leadLeader ?? '',
      deadlineText: a?.deadlineText ?? '',
      deadline: a?.deadline ? dayjs(a.deadline) : null,
      milestones: (a?.milestones ?? []).map((m) => ({
        date: dayjs(m.date),
        label: m.label,
        expectedPct: m.expectedPct ?? null,
      })),
    });
  }, [open, target, form]);

  const onOk = async () => {
    const v = await form.validateFields();
    const done = {
      onSuccess: () => {
        onDone?.();
        onClose();
      },
      onError: (e: unknown) => report(e, form),
    };
    if (target) {
      put.mutate(
        {
          targetId: target.id,
          body: {
            leadDepartmentId: v.leadDepartmentId,
            cooperatingDepartmentIds: v.cooperatingDepartmentIds ?? [],
            leadLeader: v.leadLeader ?? '',
            deadlineText: v.deadlineText ?? '',
            deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
            milestones: milestonesOut(v.milestones),
            version: target.assignment?.version ?? null,
          },
        },
        done,
      );
    } else if (targetIds && targetIds.length > 0) {
      bulk.mutate(
        {
          targetIds,
          leadDepartmentId: v.leadDepartmentId,
          cooperatingDepartmentIds: v.cooperatingDepartmentIds ?? [],
        },
        done,
      );
    }
  };

  const options = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <Modal
      open={open}
      title={
        bulkMode
          ? t('target.bulkAssign', { n: targetIds?.length ?? 0 })
          : `${t('target.assign')} · ${target?.indicator}`
      }
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={put.isPending || bulk.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      forceRender
      width={bulkMode ? 520 : 640}
    >
      <Form<Fields> form={form} name={bulkMode ? 'bulk-assign' : 'assign'} layout="vertical">
        <Form.Item
          name="leadDepartmentId"
          label={t('target.lead')}
          rules={[{ required: true, message: t('target.lead') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={departments.isPending}
            data-testid="lead-select"
          />
        </Form.Item>
        <Form.Item
          name="cooperatingDepartmentIds"
          label={t('target.cooperating')}
          rules={[{ type: 'array', max: limits.cooperatingMax }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            data-testid="cooperating-select"
          />
        </Form.Item>
        {!bulkMode && (
          <>
            <Form.Item name="leadLeader" label={t('target.leader')} rules={[{ max: limits.leaderMax }]}>
              <Input maxLength={limits.leaderMax} />
            </Form.Item>
            <Form.Item
              name="deadlineText"
              label={t('target.deadlineText')}
              rules={[{ max: limits.deadlineTextMax }]}
            >
              <Input maxLength={limits.deadlineTextMax} />
            </Form.Item>
            <Form.Item name="deadline" label={t('target.deadline')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <MilestonesField />
          </>
        )}
      </Form>
    </Modal>
  );
}
