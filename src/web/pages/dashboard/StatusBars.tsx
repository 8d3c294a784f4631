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
        axisLabel: { width: 110, overflow: 'truncate' },
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
