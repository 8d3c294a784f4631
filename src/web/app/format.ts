// Number and target formatting shared by pages. Comparator words come from the one label map
// (src/shared/status.ts COMPARATORS, DOMAIN.md §4): Chinese puts 以上/以内/左右 after the number.
import type { Target } from '../../shared/api/targets';
import { COMPARATORS, type Comparator } from '../../shared/status';
import type { Locale } from './messages';

// toLocaleString with options builds a new Intl formatter on every call (≈0.1–0.5 ms each, ~50 ms on the
// dashboard's first render); one formatter per language and precision is kept instead.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, digits).format(value);
}

export function formatSigned(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatNumber(Math.abs(value), locale, 2);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A judgement's gap with what it is counted in: −3.33个百分点, or −3.33 pts in English (a bare −3.33 said nothing). */
export function formatGap(gap: number | null | undefined, unit: string | undefined, locale: Locale): string {
  const text = formatSigned(gap, locale);
  if (text === '—' || !unit) return text;
  if (locale === 'zh') return `${text}${unit}`;
  const en: Record<string, string> = { 个百分点: ' pts', 个阶段: ' stages', 位: ' places' };
  return `${text}${en[unit] ?? unit}`;
}

export function formatPercent(ratio: number, locale: Locale): string {
  return `${formatNumber(ratio * 100, locale, 1)}%`;
}

/** Whitespace with a Chinese character or a full-width mark (、,。…) on either side. */
const BREAK_BESIDE_HAN =
  /(?<=[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e])/g;

/**
 * A sentence of the report as one line: a report read from damaged newspaper text keeps its line breaks inside
 * the sentence (研发经费投入增长⏎⏎24%, 一⏎般公共预算收入), which a page shows as stray spaces. Whitespace
 * beside a Chinese character goes; a space between two Latin words or numbers (PM2.5 and O3) stays.
 */
export function sentenceText(text: string): string {
  return text.replace(BREAK_BESIDE_HAN, '').trim();
}

/** "8%以上" in Chinese, "at least 8%" in English; a target without a number shows its span. */
export function formatTargetValue(
  target: Pick<Target, 'value' | 'unit'> & { comparator: string; span?: string },
  locale: Locale,
): string {
  if (target.value === null) return target.span === undefined ? '—' : sentenceText(target.span);
  const amount = `${formatNumber(target.value, locale, 4)}${target.unit}`;
  const comparator = target.comparator as Comparator;
  if (comparator === '=') return amount;
  const word = comparator in COMPARATORS ? COMPARATORS[comparator][locale] : comparator;
  return locale === 'zh' ? `${amount}${word}` : `${word.toLowerCase()} ${amount}`;
}

/**
 * A plan as people name it: year, region and title. Most reports are titled just 政府工作报告, which names no
 * government; the region is left out only when the title already carries it.
 */
export function planName(plan: { year: number; title: string; region: { name: string } }): string {
  const title = plan.title.includes(plan.region.name) ? plan.title : `${plan.region.name} ${plan.title}`;
  return `${plan.year} ${title}`;
}

/**
 * A target on one line: indicator and value. A qualitative target's value is its sentence, which is often the
 * indicator itself (城乡居民收入增长与经济增长基本同步): then it is said once.
 */
export function targetLine(
  target: Pick<Target, 'value' | 'unit' | 'indicator'> & { comparator: string; span?: string },
  locale: Locale,
): string {
  const value = formatTargetValue(target, locale);
  return target.value === null && value === target.indicator ? value : `${target.indicator} ${value}`;
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * Full-width digits and number marks as ASCII (a Chinese input method in full-width mode types ６．１, －３,
 * １，２３４); everything else is kept, so a unit or magnitude after the number (万, 亿元, ％) still shows.
 */
export function asciiNumberText(text: string | undefined): string {
  return (text ?? '').replace(/[\uff10-\uff19\uff0b\uff0c\uff0d\uff0e\uff05]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * A value typed with its unit, as a reporter writes it: 12万, 3.5亿, 3000万元, １２万, 1,234, 6.1%. The number
 * is read with full-width digits and marks as ASCII and without thousands separators or spaces; what follows is the unit, sent with the value so the server converts it
 * into the target's unit or refuses it (3000万 for a target in 亿元 is 0.3; 12万 for a rate is refused). Null
 * when the text does not start with a number (十二万): the field says so rather than keep a part of it.
 */
export function readTypedValue(text: string | undefined): { value: number; unit: string } | null {
  const t = asciiNumberText(text).replace(/[\s,，]/g, '');
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(t);
  if (!m) return null;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: m[2]! } : null;
}
