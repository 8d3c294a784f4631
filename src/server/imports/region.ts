// Which region a report belongs to, read from its own text — general patterns, no place list (DOMAIN.md §1.1:
// a 政府工作报告 is delivered to the local people's congress):
//   1. the adopting congress: "（在）X区/县/市/旗第N届人民代表大会第M次会议", or its short form "X十八届人大";
//   2. else the title: "X县2025年政府工作报告", "2025年X市人民政府工作报告";
// and, for a district or county, its city: "X市Y区" in the congress line or anywhere in the text (strong), else
// the masthead "X日报" in the opening lines (municipal papers bear the city's name) as a WEAK hint, used only
// when the text speaks of a city above it (全市, 市委, 市政府), names X again, and never as a province (X省).
// A report that names no place of its own is the national one (国务院's, to the 全国人民代表大会) when its
// opening lines say so; it belongs to the region 全国 (DOMAIN.md §1.2: the State Council's report is the pattern
// the local ones mirror).
import type { RegionLevel } from '../../shared/api/users';

export interface RegionGuess {
  name: string;
  level: RegionLevel;
  parent?: { name: string; level: 'city' };
  /** How the parent city was found: the text itself, or only the newspaper's masthead (to be checked). */
  parentFrom?: 'text' | 'masthead';
}

const HAN = '\\p{Script=Han}';
/** "（2025年1月8日）在…": the date and the 在 introducing the congress are not part of the place. */
const BEFORE_PLACE = /^.*在/u;
/** The end of a place name: 省/市/区/县/旗, or 自治州/自治区 (州 alone ends city names such as 郑州). */
const MARKERS = /自治州|自治区|[省市区县旗]/gu;
/** Whitespace may split the line (a hard-wrapped "第十四届\n人民代表大会"). */
const CONGRESS = new RegExp(
  `(${HAN}{2,16}?)第?[一二三四五六七八九十]{1,3}届\\s*人\\s*(?:民\\s*代\\s*表\\s*)?大`,
  'u',
);
const TITLE = new RegExp(`(${HAN}{2,16}?)(?:\\d{4}年)?(?:人民)?政府工作报告`, 'u');
const TITLE_YEAR_FIRST = new RegExp(`\\d{4}年(${HAN}{2,16}?)(?:人民)?政府工作报告`, 'u');
/** The national region's name: the 全国人民代表大会 and the 国务院 speak for the whole country. */
export const NATIONAL_REGION = '全国';
/** The opening lines of the national report: "在第十四届全国人民代表大会第二次会议上" or "我代表国务院". */
const NATIONAL =
  /在\s*第?[一二三四五六七八九十]{1,3}届\s*全\s*国\s*人\s*民\s*代\s*表\s*大\s*会|代\s*表\s*国\s*务\s*院/u;
/** How far the opening lines reach (the congress line and the first sentence of the speech). */
const OPENING = 600;
/** A place name is short: 2–9 characters with its marker (乌鲁木齐市, 巴音郭楞蒙古自治州 is the long end). */
const MAX_PLACE = 9;

/** Splits "许昌市建安区" into ["许昌市", "建安区"] at each marker; drops what precedes 在. */
function places(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of s.matchAll(MARKERS)) {
    const seg = s.slice(from, m.index + m[0].length).replace(BEFORE_PLACE, '');
    if (seg.length >= 2) out.push(seg.length > MAX_PLACE ? seg.slice(-MAX_PLACE) : seg);
    from = m.index + m[0].length;
  }
  return out;
}

function levelOf(name: string): RegionLevel {
  if (name.endsWith('省') || name.endsWith('自治区')) return 'province';
  return name.endsWith('市') ? 'city' : name.endsWith('区') ? 'district' : 'county';
}

/** The places of the adopting congress, else of the title (the last one is the report's own region). */
function ownPlaces(text: string, title?: string): string[] {
  // Arabic-digit dates end in 日 (1月8日在…); drop them so a place never starts with one.
  const body = `${title ?? ''}\n${text}`.replace(/\d{4}年\d{1,2}月\d{1,2}日/gu, ' ');
  const congress = CONGRESS.exec(body)?.[1];
  if (congress && places(congress).length > 0) return places(congress);
  const head = title ?? text.slice(0, 200);
  const named = TITLE_YEAR_FIRST.exec(head)?.[1] ?? TITLE.exec(head)?.[1];
  return named ? places(named) : [];
}

/** 全市/本市/我市…: a reference to "the city", not its name. */
const GENERIC_CITY = /[全本我该各此某]市$/u;

/** "X市<local>" where X starts a phrase (after punctuation, a line start, 在/于/与/和/、). */
function cityInText(text: string, local: string): string | undefined {
  const re = new RegExp(`(?:^|[^\\p{Script=Han}]|[在于与和])(${HAN}{1,4}市)${local}`, 'gmu');
  for (const m of text.matchAll(re)) {
    const city = m[1]!;
    if (!GENERIC_CITY.test(city)) return city;
  }
  return undefined;
}

/** National dailies (人民日报, 经济日报…) are named after no place; their masthead says nothing of the city. */
const NATIONAL_DAILY = /^(?:人民|光明|经济|农民|工人|法治|科技|中国|健康|学习|环球|参考|证券)$/u;

/** The masthead "X日报" of the opening lines, as a city, when the text supports it (see the header). */
function cityFromMasthead(text: string): string | undefined {
  const masthead = new RegExp(`^\\s*(?:#+\\s*)?(${HAN}{2,4})日报\\s*$`, 'mu').exec(text.slice(0, 400));
  const name = masthead?.[1];
  if (!name || NATIONAL_DAILY.test(name)) return undefined;
  const body = text.slice((masthead.index ?? 0) + masthead[0].length);
  const speaksOfCity = /全市|市委|市政府|市级/u.test(body);
  const namedAgain = body.includes(name);
  const province = body.includes(`${name}省`);
  return speaksOfCity && namedAgain && !province ? `${name}市` : undefined;
}

/** The region a name's own ending tells (青岚省, 澄江市, 云溪县, 松川区; 全国), or null (北岭, 国务院). */
export function levelOfName(name: string): RegionLevel | null {
  if (name === NATIONAL_REGION) return 'national';
  return /(?:自治区|[省市区县旗])$/u.test(name) ? levelOf(name) : null;
}

export function guessRegion(text: string, title?: string): RegionGuess | null {
  const names = ownPlaces(text, title);
  const local = names.at(-1);
  if (!local) {
    const opening = `${title ?? ''}\n${text.slice(0, OPENING)}`;
    return NATIONAL.test(opening) ? { name: NATIONAL_REGION, level: 'national' } : null;
  }
  const level = levelOf(local);
  if (level === 'city' || level === 'province') return { name: local, level };
  const before = names.at(-2);
  const strong = before?.endsWith('市') ? before : cityInText(text, local);
  const city = strong ?? cityFromMasthead(text);
  if (!city) return { name: local, level };
  return {
    name: `${city}${local}`,
    level,
    parent: { name: city, level: 'city' },
    parentFrom: strong ? 'text' : 'masthead',
  };
}
