// Picks the zh or en text of a shared label (src/shared/status.ts is the one label map for statuses,
// colours, target types and modalities).
import type { Label } from '../../shared/status';
import type { Locale } from './messages';

export function pick(label: Label | undefined, locale: Locale, fallback = ''): string {
  return label ? label[locale] : fallback;
}
