// The e-mail list is refused exactly where the server's schema refuses it, with the address named.
import { describe, expect, it } from 'vitest';
import { emailsProblem } from './emails';

const t = (key: string, values?: Record<string, string | number>) => `${key}${JSON.stringify(values ?? {})}`;

describe('emailsProblem', () => {
  it.each([
    [[], null],
    [['duchashi@heshan.gov.cn', 'kejing@heshan.gov.cn'], null],
    [['duchashi@heshan.gov.cn', '科经局'], 'emails.invalid{"email":"科经局"}'],
    [['a@b'], 'emails.invalid{"email":"a@b"}'],
    [Array.from({ length: 21 }, (_, i) => `u${i}@heshan.gov.cn`), 'emails.tooMany{"max":20}'],
  ])('%j → %s', async (emails, expected) => {
    expect(await emailsProblem(emails, t)).toBe(expected);
  });
});
