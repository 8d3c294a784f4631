import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsDate, icsStamp, serializeCalendar } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Unfolds (§3.1: CRLF + one space is removed) and splits into content lines. */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('escapeText', () => {
  it.each([
    ['逗号,分号;反斜杠\\', '逗号\\,分号\\;反斜杠\\\\'],
    ['第一行\n第二行', '第一行\\n第二行'],
    ['Windows\r\n换行\r旧Mac', 'Windows\\n换行\\n旧Mac'],
    ['全角，；不转义', '全角，；不转义'],
    ['控制\u0007字符\t保留制表', '控制字符\t保留制表'],
    ['a\\,b', 'a\\\\\\,b'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long Chinese line at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'报送截止地区生产总值增长'.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    // 'SUMMARY:' is 8 octets, then 22 characters of 3 octets (74); a 23rd would make 77.
    expect(octets(parts[0]!)).toBe(74);
    for (const p of parts.slice(1)) {
      expect(p.startsWith(' ')).toBe(true);
      expect(p.slice(1).startsWith(' ')).toBe(false);
      // whole characters: re-encoding the part gives back the same text, no U+FFFD
      expect(new TextDecoder().decode(new TextEncoder().encode(p))).toBe(p);
    }
    expect(unfold(folded)).toEqual([line]);
  });

  it('keeps a character outside the BMP whole', () => {
    const line = `DESCRIPTION:${'𠀀'.repeat(30)}`;
    const parts = foldLine(line).split('\r\n');
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    expect(parts.join('').replace(/ /g, '')).toBe(line);
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-25', '20240225'],
    ['2024-12-31', '20241231'],
  ])('writes %s as the DATE %s', (iso, date) => {
    expect(icsDate(iso)).toBe(date);
  });

  it('refuses what is not a date', () => {
    expect(() => icsDate('2024-02-30')).toThrow(RangeError);
  });

  it('writes DTSTAMP in UTC without fractions', () => {
    expect(icsStamp(new Date('2024-03-01T08:30:15.123+08:00'))).toBe('20240301T003015Z');
  });
});

describe('serializeCalendar', () => {
  const text = serializeCalendar({
    prodId: '-//duban//reporting calendar//ZH',
    name: '报送日历,市发改局',
    stamp: new Date('2024-01-15T00:00:00Z'),
    events: [
      {
        uid: 'duban-plan1-2024-12@duban.invalid',
        date: '2024-12-31',
        summary: '报送截止:全年进展(市发改局)',
        description: '计划:鹤山市2024年政府工作报告\n目标:地区生产总值增长7.5%左右;固定资产投资',
        categories: ['报送截止'],
      },
    ],
  });
  const lines = unfold(text);

  it('ends every line with CRLF and has no bare LF or CR', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an all-day event with DATE values, the next day as DTEND', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20241231');
    expect(lines).toContain('DTEND;VALUE=DATE:20250101');
    expect(lines).toContain('DTSTAMP:20240115T000000Z');
    expect(lines).toContain('UID:duban-plan1-2024-12@duban.invalid');
  });

  it('escapes text values and nests the blocks', () => {
    expect(lines).toContain('X-WR-CALNAME:报送日历\\,市发改局');
    expect(lines).toContain(
      'DESCRIPTION:计划:鹤山市2024年政府工作报告\\n目标:地区生产总值增长7.5%左右\\;固定资产投资',
    );
    expect(lines.filter((l) => /^(BEGIN|END):/.test(l))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(lines.at(-1)).toBe('');
  });
});
