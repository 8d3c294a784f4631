import { describe, expect, it } from 'vitest';
import { calendarIcsUrl } from './api';

describe('calendarIcsUrl', () => {
  it.each([
    [3, 9, 'zh', '/api/plans/3/calendar.ics?department=9&lang=zh'],
    [3, null, 'en', '/api/plans/3/calendar.ics?lang=en'],
  ] as const)('plan %i, department %s, %s → %s', (plan, dept, lang, url) => {
    expect(calendarIcsUrl(plan, dept, lang)).toBe(url);
  });
});
