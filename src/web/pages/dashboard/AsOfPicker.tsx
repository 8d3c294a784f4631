// The dashboard's as-of date (?asOf=YYYY-MM-DD); cleared, the server judges as of today.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export function AsOfPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (next: string | null) => void;
}) {
  return (
    <DatePicker
      size="small"
      allowClear
      value={value ? dayjs(value) : null}
      onChange={(next) => onChange(next ? next.format('YYYY-MM-DD') : null)}
    />
  );
}
