// A department's reminder addresses checked by the shared schema (the one the server applies), with the problem
// in the reader's language. The schema (and zod with it) is loaded when a list is first checked, not with the
// page.
import { limits } from '../../../../shared/api/limits';
import type { Translate } from '../../../app/i18n';

/** The first problem with the list in the reader's language, or null. */
export async function emailsProblem(emails: string[], t: Translate): Promise<string | null> {
  const { departmentEmailsSchema } = await import('../../../../shared/api/supervision');
  const parsed = departmentEmailsSchema.safeParse({ emails });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const index = issue?.path[1];
  if (typeof index === 'number') return t('emails.invalid', { email: emails[index] ?? '' });
  return t('emails.tooMany', { max: limits.emailsMax });
}
