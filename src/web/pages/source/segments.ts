// Cuts the report text into runs for display: each run knows which highlight (extracted statement) and
// which damaged-text warning covers it. Overlaps are allowed; the earliest-starting highlight wins.

export interface Span {
  start: number;
  end: number;
}

export interface Segment<H, W> {
  start: number;
  end: number;
  text: string;
  highlight: H | null;
  warning: W | null;
}

function covering<T extends Span>(items: T[], start: number, end: number): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.start <= start && item.end >= end && (best === null || item.start < best.start)) best = item;
  }
  return best;
}

export function segment<H extends Span, W extends Span>(
  text: string,
  highlights: H[],
  warnings: W[],
): Segment<H, W>[] {
  const valid = <T extends Span>(items: T[]) =>
    items.filter(
      (i) =>
        Number.isInteger(i.start) &&
        Number.isInteger(i.end) &&
        i.start >= 0 &&
        i.end > i.start &&
        i.start < text.length,
    );
  const hs = valid(highlights);
  const ws = valid(warnings);
  const cuts = new Set<number>([0, text.length]);
  for (const i of [...hs, ...ws]) {
    cuts.add(i.start);
    cuts.add(Math.min(i.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<H, W>[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const highlight = covering(hs, start, end);
    const warning = covering(ws, start, end);
    const last = out[out.length - 1];
    if (last && last.highlight === highlight && last.warning === warning) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      out.push({ start, end, text: text.slice(start, end), highlight, warning });
    }
  }
  return out;
}
