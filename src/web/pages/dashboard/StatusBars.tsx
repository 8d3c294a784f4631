// Status by area or by department as a horizontal stacked bar chart (one series per status).
import { useMemo } from 'react';
import type { Counts } from '../../../shared/api/common';
import { STATUS, STATUS_IDS } from '../../../shared/status';
import { useI18n } from '../../app/i18n';
import { type ChartOption, EChart } from '../../components/EChart';
import { statusHex } from '../../components/StatusTag';
import { chartHeight } from './lazyParts';

export interface Bar {
  name: string;
  counts: Counts;
}

/** Label width in 12 px glyphs' halves: a CJK or full-width character is two, anything else one. */
const labelUnits = 18;

/**
 * An area or department name cut to about 110 px by counting characters. ECharts' own `overflow: 'truncate'`
 * measured every label glyph by glyph on the canvas, a large share of drawing the two charts; the tooltip
 * still shows the whole name.
 */
export function shortLabel(name: string): string {
  const units = (ch: string) => ((ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1);
  const chars = [...name];
  if (chars.reduce((sum, ch) => sum + units(ch), 0) <= labelUnits) return name;
  let used = 1; // the ellipsis
  let kept = '';
  for (const ch of chars) {
    used += units(ch);
    if (used > labelUnits) break;
    kept += ch;
  }
  return `${kept}…`;
}

export function StatusBars({ bars, label }: { bars: Bar[]; label: string }) {
  const { locale } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const rows = [...bars].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: { formatter: shortLabel },
      },
      series: STATUS_IDS.map((status) => ({
        type: 'bar' as const,
        stack: 'total',
        name: STATUS[status][locale],
        itemStyle: { color: statusHex(status) },
        data: rows.map((r) => r.counts[status]),
      })),
    };
  }, [bars, locale]);
  return <EChart option={option} height={chartHeight(bars.length)} label={label} />;
}
