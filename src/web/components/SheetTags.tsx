// Tags of a 督办单: its level (蓝 提醒 → 黄 预警 → 红 督办, DOMAIN.md §1.4) and its state, with the overdue mark.
import { Space, Tag } from 'antd';
import type { Sheet, SheetColour } from '../../shared/api/supervision';
import { useI18n } from '../app/i18n';

const tagColour: Record<SheetColour, string> = { blue: 'blue', yellow: 'gold', red: 'red' };
const stateColour = { open: 'processing', responded: 'warning', closed: 'success' } as const;

export function SheetColourTag({ colour }: { colour: SheetColour }) {
  const { t } = useI18n();
  return (
    <Tag color={tagColour[colour]} data-colour={colour}>
      {t(`sheet.colour.${colour}`)}
    </Tag>
  );
}

export function SheetStateTag({ sheet }: { sheet: Pick<Sheet, 'state' | 'overdue'> }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={stateColour[sheet.state]} data-state={sheet.state}>
        {t(`sheet.state.${sheet.state}`)}
      </Tag>
      {sheet.overdue && <Tag color="error">{t('sheet.overdue')}</Tag>}
    </Space>
  );
}
