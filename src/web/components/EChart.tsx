// A small ECharts host: imports through echarts/core with only what the dashboard's bars need (STACK.md
// pitfall 8), follows its container's width, and uses the app's CJK font stack. A page that draws another
// chart type registers it itself (the target page's line: ProgressChart.tsx), so the dashboard's first load
// does not carry it (vite.config.ts keeps it in its own chunk).

import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { fontFamily } from '../app/fonts';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export function EChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = init(el, undefined, { renderer: 'canvas' });
    chart.setOption({ textStyle: { fontFamily }, animation: false, ...option });
    // A ResizeObserver reports the size it starts with at once; resizing to the size init() just laid out
    // would lay the whole chart out again (≈30 ms per chart on the dashboard's first render).
    let lastWidth = el.clientWidth;
    let lastHeight = el.clientHeight;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === lastWidth && el.clientHeight === lastHeight) return;
      lastWidth = el.clientWidth;
      lastHeight = el.clientHeight;
      chart.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
