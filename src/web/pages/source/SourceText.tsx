// The report text with every extracted statement highlighted (targets blue, results green, qualitative
// grey) and damaged stretches underlined in place. Clicking a highlight reports it; `focus` scrolls to an
// offset and flashes it; `onSelectRange` reports a text selection as offsets (used to add a missed item).
import { Typography } from 'antd';
import { type CSSProperties, useEffect, useMemo, useRef } from 'react';
import type { PlanSource } from '../../../shared/api/plans';
import { segment } from './segments';

export type Highlight = PlanSource['highlights'][number];
type Warning = PlanSource['warnings'][number] & { start: number; end: number };

const kindStyle: Record<Highlight['kind'], CSSProperties> = {
  target: { background: '#bae0ff', cursor: 'pointer' },
  actual: { background: '#d9f7be', cursor: 'pointer' },
  qualitative: { background: '#f0f0f0', cursor: 'pointer' },
};
const warningStyle: CSSProperties = { textDecoration: 'underline wavy #ff4d4f', background: '#fff1f0' };

interface Props {
  source: PlanSource;
  focus?: number | null;
  activeTargetId?: number | null;
  onHighlightClick?: (h: Highlight) => void;
  onSelectRange?: (range: { start: number; end: number; text: string } | null) => void;
  damagedLabel: string;
}

/** Offset in the report text of a DOM position inside a run (each run carries data-start). */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement | null);
  const run = el?.closest<HTMLElement>('[data-start]');
  if (!run) return null;
  return Number(run.dataset.start) + (node?.nodeType === Node.TEXT_NODE ? offset : 0);
}

export function SourceText({
  source,
  focus,
  activeTargetId,
  onHighlightClick,
  onSelectRange,
  damagedLabel,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const located = source.warnings.filter((w): w is Warning => w.start !== undefined && w.end !== undefined);
  const runs = useMemo(() => segment(source.text, source.highlights, located), [source, located]);
  const focusStart = useMemo(() => {
    if (focus === null || focus === undefined) return null;
    const run = runs.find((r) => r.start <= focus && r.end > focus);
    return run ? run.start : null;
  }, [runs, focus]);

  useEffect(() => {
    if (focusStart === null) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-start="${focusStart}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [focusStart]);

  // Clicks are delegated from the container: a highlight is a <mark> inside running text.
  useEffect(() => {
    const el = ref.current;
    if (!el || !onHighlightClick) return;
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-index]');
      const h = mark ? source.highlights[Number(mark.dataset.index)] : undefined;
      if (h && window.getSelection()?.isCollapsed !== false) onHighlightClick(h);
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [onHighlightClick, source.highlights]);

  // Listened to directly: a selection is made by the mouse on plain text, not by an interactive control.
  useEffect(() => {
    const el = ref.current;
    if (!el || !onSelectRange) return;
    const onMouseUp = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return onSelectRange(null);
      const range = sel.getRangeAt(0);
      const a = offsetOf(range.startContainer, range.startOffset);
      const b = offsetOf(range.endContainer, range.endOffset);
      if (a === null || b === null || b <= a) return onSelectRange(null);
      onSelectRange({ start: a, end: b, text: source.text.slice(a, b) });
    };
    el.addEventListener('mouseup', onMouseUp);
    return () => el.removeEventListener('mouseup', onMouseUp);
  }, [onSelectRange, source.text]);

  return (
    <Typography>
      <div
        ref={ref}
        data-testid="source-text"
        style={{ whiteSpace: 'pre-wrap', lineHeight: 2, fontSize: 15, wordBreak: 'break-all' }}
      >
        {runs.map((r) => {
          const h = r.highlight;
          const style: CSSProperties = {
            ...(h ? kindStyle[h.kind] : {}),
            ...(r.warning ? warningStyle : {}),
            ...(h && h.targetId !== null && h.targetId === activeTargetId
              ? { outline: '2px solid #1677ff' }
              : {}),
            ...(r.start === focusStart ? { boxShadow: '0 0 0 3px #ffd666' } : {}),
          };
          const title = r.warning ? `${damagedLabel}: ${r.warning.message}` : undefined;
          if (!h) {
            return (
              <span key={r.start} data-start={r.start} title={title} style={style}>
                {r.text}
              </span>
            );
          }
          return (
            <mark
              key={r.start}
              data-start={r.start}
              data-target={h.targetId ?? undefined}
              data-kind={h.kind}
              title={title}
              style={{ ...style, padding: 0, color: 'inherit' }}
              data-index={source.highlights.indexOf(h)}
            >
              {r.text}
            </mark>
          );
        })}
      </div>
    </Typography>
  );
}
