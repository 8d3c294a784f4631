// A minimal iCalendar writer (RFC 5545) for all-day deadlines: the reporting calendar and 督办单 response
// deadlines in a department's own calendar app. Only what those events need: VCALENDAR with VEVENTs of DATE
// values, TEXT escaping (§3.3.11), CRLF line ends and folding at 75 octets (§3.1).
import { addDays, isIsoDate } from './dates';

export interface IcsEvent {
  /** Globally unique and stable across downloads, so a calendar app updates the event instead of adding one. */
  uid: string;
  /** The all-day event's date, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  categories?: readonly string[];
}

export interface IcsCalendar {
  /** PRODID, e.g. "-//duban//reporting calendar//ZH". */
  prodId: string;
  /** Shown by calendar apps as the calendar's name (RFC 7986 NAME and the common X-WR-CALNAME). */
  name: string;
  /** The moment the file was made (DTSTAMP of every event, in UTC). */
  stamp: Date;
  events: readonly IcsEvent[];
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters TEXT may not hold
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and line breaks; other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(CONTROLS, '');
}

/**
 * One content line folded (§3.1): no line longer than 75 octets without its CRLF, a continuation starting with
 * one space (which counts), and never inside a UTF-8 sequence or a surrogate pair (whole code points only).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** YYYY-MM-DD → the DATE form YYYYMMDD. */
export function icsDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return date.replaceAll('-', '');
}

/** A UTC DATE-TIME: 20240225T083000Z. */
export function icsStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The whole file: CRLF after every line, the last one included. */
export function serializeCalendar(cal: IcsCalendar): string {
  const stamp = icsStamp(cal.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(cal.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
  ];
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      // DTEND of an all-day event is the next day, exclusive (§3.6.1).
      `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    // A deadline does not make anyone busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
