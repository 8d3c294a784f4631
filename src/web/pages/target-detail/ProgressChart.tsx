// Reported values against what the target expects by each period. Amount targets compare the completion
// rate with 序时进度 (months ÷ 12); growth targets compare cumulative 同比 with the target rate
// (DOMAIN.md §3.2).
import { LineChart } from 'echarts/charts';
import { use } from 'echarts/core';
import { useMemo } from 'react';
import type { ProgressReport } from '../../../shared/api/progress';
import type { Target } from '../../../shared/api/targets';
import { useI18n } from '../../app/i18n';
import { periodEndMonth } from '../../app/period';
import { type ChartOption, EChart } from '../../components/EChart';

use([LineChart]);

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** One point per month: the latest non-draft report ending in that month. */
function pointsByMonth(
  history: ProgressReport[],
  pick: (r: ProgressReport) => number | null,
): (number | null)[] {
  const points: (number | null)[] = months.map(() => null);
  const ordered = history.filter((r) => r.status !== 'draft').sort((a, b) => a.id - b.id);
  for (const r of ordered) {
    const month = periodEndMonth(r.period);
    const value = pick(r);
    if (month !== null && value !== null) points[month - 1] = value;
  }
  return points;
}

export function ProgressChart({ target, history }: { target: Target; history: ProgressReport[] }) {
  const { t, locale } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const goal = target.value;
    const byRate = target.type === 'level' || target.type === 'count';
    const reported = byRate
      ? pointsByMonth(history, (r) =>
          r.value !== null && goal ? Math.round((r.value / goal) * 1000) / 10 : null,
        )
      : pointsByMonth(history, (r) => (target.type === 'growth' ? (r.yoy ?? r.value) : r.value));
    const expected = byRate ? months.map((m) => Math.round((m / 12) * 1000) / 10) : months.map(() => goal);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => (locale === 'zh' ? `${m}月` : String(m))) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: byRate || target.type === 'growth' ? '{value}%' : '{value}' },
      },
      series: [
        {
          type: 'line',
          name: t('target.expected'),
          data: expected,
          lineStyle: { type: 'dashed' },
          symbol: 'none',
          itemStyle: { color: '#8c8c8c' },
        },
        {
          type: 'bar',
          name: t('target.reported'),
          data: reported,
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 24,
        },
      ],
    };
  }, [target, history, t, locale]);
  return <EChart option={option} height={260} label={t('target.chart')} />;
}
