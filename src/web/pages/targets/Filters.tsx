// Filters of the targets table (area, department, status, type, modality, text), kept in the URL.
import { Input, Select, Space } from 'antd';
import { limits } from '../../../shared/api/limits';
import type { PlanDetail } from '../../../shared/api/plans';
import {
  MODALITIES,
  MODALITY_IDS,
  STATUS,
  STATUS_IDS,
  TARGET_TYPE_IDS,
  TARGET_TYPES,
} from '../../../shared/status';
import { useDepartments } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import type { TargetFilters } from './api';

interface Props {
  plan: PlanDetail | undefined;
  filters: TargetFilters;
  onChange: (key: keyof TargetFilters, value: string | number | undefined) => void;
}

export function Filters({ plan, filters, onChange }: Props) {
  const { t, locale } = useI18n();
  const departments = useDepartments(plan?.region.id);
  const areas = (plan?.sections ?? []).filter((s) => s.level === 'area');
  const common = { allowClear: true, style: { minWidth: 130 }, popupMatchSelectWidth: false } as const;
  return (
    <Space wrap>
      <Input.Search
        placeholder={t('target.filterQ')}
        defaultValue={filters.q}
        maxLength={limits.searchMax}
        allowClear
        onSearch={(value) => onChange('q', value || undefined)}
        style={{ width: 200 }}
      />
      <Select
        {...common}
        placeholder={t('target.area')}
        value={filters.area}
        onChange={(v) => onChange('area', v)}
        options={areas.map((s) => ({ value: s.id, label: `${s.ordinal}${s.title}` }))}
      />
      <Select
        {...common}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('target.lead')}
        value={filters.department}
        onChange={(v) => onChange('department', v)}
        options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      />
      <Select
        {...common}
        placeholder={t('target.status')}
        value={filters.status}
        onChange={(v) => onChange('status', v)}
        options={STATUS_IDS.map((id) => ({ value: id, label: STATUS[id][locale] }))}
        data-testid="filter-status"
      />
      <Select
        {...common}
        placeholder={t('target.type')}
        value={filters.type}
        onChange={(v) => onChange('type', v)}
        options={TARGET_TYPE_IDS.map((id) => ({ value: id, label: TARGET_TYPES[id][locale] }))}
      />
      <Select
        {...common}
        placeholder={t('target.modality')}
        value={filters.modality}
        onChange={(v) => onChange('modality', v)}
        options={MODALITY_IDS.map((id) => ({ value: id, label: MODALITIES[id][locale] }))}
      />
    </Space>
  );
}
