import { describe, expect, it } from 'vitest';
import { format, messages } from '../../app/messages';
import { bulletinPeriods, defaultBulletinPeriod } from './periods';

const t = (key: keyof (typeof messages)['zh'], values?: Record<string, string | number>) =>
  format(messages.zh[key], values);
const en = (key: keyof (typeof messages)['en'], values?: Record<string, string | number>) =>
  format(messages.en[key], values);

describe('defaultBulletinPeriod', () => {
  it.each([
    [2024, '2026-03-10', '2024'],
    [2024, '2023-12-01', '2024-Q1'],
    [2024, '2024-02-15', '2024-Q1'],
    [2024, '2024-07-02', '2024-Q2'],
    [2024, '2024-10-20', '2024-Q3'],
  ])('for a %i plan on %s is %s', (year, today, expected) => {
    expect(defaultBulletinPeriod(year, new Date(`${today}T12:00:00`))).toBe(expected);
  });
});

describe('bulletinPeriods', () => {
  it('offers quarters, halves, the year and the months from February, labelled as 通报 write them', () => {
    const options = bulletinPeriods(2024, t);
    expect(options.map((o) => o.value)).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2024-H1',
      '2024-H2',
      '2024',
      ...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2024-${m}`),
    ]);
    expect(options.find((o) => o.value === '2024-09')?.label).toBe('2024年1—9月');
    expect(options.find((o) => o.value === '2024-Q3')?.label).toBe('2024年第3季度');
  });

  it('labels them in English in the forms the sentences and the calendar use (month names in full)', () => {
    const label = (value: string) => bulletinPeriods(2024, en).find((o) => o.value === value)?.label;
    expect(label('2024-02')).toBe('January–February 2024');
    expect(label('2024-12')).toBe('January–December 2024');
    expect(label('2024-Q3')).toBe('Q3 2024');
    expect(label('2024-H1')).toBe('H1 2024');
    expect(label('2024')).toBe('Full year 2024');
    for (const o of bulletinPeriods(2024, en))
      expect(o.label).not.toMatch(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
  });
});
