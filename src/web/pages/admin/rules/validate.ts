// The rule-set form is checked by the shared zod schema itself (STYLE.md habit 2): its issues become field
// errors in the UI's language. Range messages are written from the limits the schema reports; the schema's
// own bilingual messages ("中文 (English)") are split by language.
import type { z } from 'zod';
import type { Translate } from '../../../app/i18n';
import type { Locale } from '../../../app/messages';

/**
 * The shared rule-set module (its schema and defaults, and zod with them), loaded when the form is first
 * checked or reset instead of with the page.
 */
export const loadRules = () => import('../../../../shared/rules');

export type FieldPath = (string | number)[];
export interface FieldProblem {
  name: FieldPath;
  message: string;
}

/** "序时进度表必须逐月不减 (the schedule must not decrease)" → the part in the reader's language. */
export function bilingual(message: string, locale: Locale): string {
  const m = /^(.*[\u4e00-\u9fa5].*?)\s*\(([^()]*)\)$/.exec(message);
  if (!m) return message;
  return locale === 'zh' ? (m[1] ?? message) : (m[2] ?? message);
}

export function issueText(issue: z.core.$ZodIssue, t: Translate, locale: Locale): string {
  if (issue.code === 'too_big') return t('rules.tooBig', { max: Number(issue.maximum) });
  if (issue.code === 'too_small') return t('rules.tooSmall', { min: Number(issue.minimum) });
  if (issue.code === 'invalid_type') return t('rules.required');
  return bilingual(issue.message, locale);
}

/** Every problem the schema finds in the form's values, one per field (the first wins). */
export function schemaProblems(
  schema: z.ZodType,
  values: unknown,
  t: Translate,
  locale: Locale,
): FieldProblem[] {
  const parsed = schema.safeParse(values);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const name = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const key = name.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ name, message: issueText(issue, t, locale) });
  }
  return problems;
}

/** The problem of one field: its own path, or (for a list such as the monthly schedule) the list's path. */
export function problemAt(problems: FieldProblem[], name: FieldPath): string | null {
  const key = name.join('.');
  return problems.find((p) => p.name.join('.') === key)?.message ?? null;
}
