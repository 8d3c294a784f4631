// The dashboard's heavy parts load after its first paint: the ECharts bars (the largest chunk) and the
// as-of date picker. The counts, cards and lagging list show as soon as the data is here; each part keeps
// its place (same height or width) while its code arrives, so nothing jumps.
import dayjs from 'dayjs';
import { loader, useLoaded } from '../../app/lazyPage';
import type { Bar } from './StatusBars';

const statusBars = loader(() => import('./StatusBars'));
const datePicker = loader(() => import('./AsOfPicker'));

/** Starts both downloads (called on a first load of the dashboard, alongside its own code). */
export function preloadDashboardParts(): void {
  void statusBars.load().catch(() => undefined);
  void datePicker.load().catch(() => undefined);
}

export function chartHeight(bars: number): number {
  return Math.max(160, 40 + bars * 28);
}

export function LazyStatusBars({ bars, label }: { bars: Bar[]; label: string }) {
  const code = useLoaded(statusBars);
  if (!code)
    return <div role="img" aria-label={label} style={{ width: '100%', height: chartHeight(bars.length) }} />;
  return <code.StatusBars bars={bars} label={label} />;
}

export function LazyAsOfPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (next: string | null) => void;
}) {
  const code = useLoaded(datePicker);
  if (!code)
    return (
      <span style={{ display: 'inline-block', minWidth: 120, height: 24 }}>
        {value ? dayjs(value).format('YYYY-MM-DD') : ''}
      </span>
    );
  return <code.AsOfPicker value={value} onChange={onChange} />;
}
