// The status tag of a judged target: text from the one label map (src/shared/status.ts), colour from the
// region's rule set when the server judged one (judgement.colour), else the status's default light.
import { Tag } from 'antd';
import { COLOURS, type Colour, STATUS, type StatusId } from '../../shared/status';
import { useI18n } from '../app/i18n';

export function StatusTag({ status, colour }: { status: StatusId; colour?: Colour }) {
  const { locale } = useI18n();
  const label = STATUS[status];
  const light = colour ?? label.colour;
  return (
    <Tag color={COLOURS[light].tag} data-status={status} data-colour={light}>
      {label[locale]}
    </Tag>
  );
}

/** Chart colour of a status (its default light). */
export function statusHex(status: StatusId): string {
  return COLOURS[STATUS[status].colour].hex;
}
