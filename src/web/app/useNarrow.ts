// Whether the window is narrower than antd's md breakpoint (768 px): the shell then puts its menu in a drawer.
// Read from matchMedia during render, so the first render already has the right layout; antd's
// Grid.useBreakpoint starts from "no breakpoint" and lays the shell out twice (phone first, then desktop).
import { useSyncExternalStore } from 'react';

const query = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const snapshot = () => window.matchMedia(query).matches;

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, snapshot);
}
