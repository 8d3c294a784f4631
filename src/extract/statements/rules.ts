// Rules that decide whether a figure is a statement of its own, a threshold inside a definition, a
// restated count, the starting point of a change, or a rate attached to the figure before it.
// The rules are those of gold/README.md.

import type { Comparator } from '../types';
import { CharSet } from './charset';
import type { Draft } from './draft';
import { cleanPre, dropExamples } from './indicator';
import { firstAtOrAfter, type Mention } from './mentions';
import { parseNumber } from './numerals';

/** "为年度计划的126%", "完成年度任务的199.6%": a share of the plan, attached to the figure before. */
export const RATIO_TO_PLAN =
  /^(为|是|占|完成|达到|达|相当于)?(([市省县区]|上级)(定|下达的?)?)?(年度|全年|年|序时)?(计划|任务|目标|预算)(任务)?的$/;
/** "完成投资1.5万亿元，投资完成率125.5%": the completion rate of the level before is its ratio to plan. */
export const COMPLETION_RATE = /^[\u4e00-\u9fff]{0,6}?(计划|任务)?(完成率|完成比例|完成进度)$/;
/** A growth rate with no subject of its own: attached to the level before it (完成投资12亿元、增长8%). */
export const GROWTH_ONLY =
  /^(同比|比上年|较上年|比去年)?(同口径|按?可比价格?计算|按?可比价)?(增长|增加|下降|减少|降低|提高)$/;
/** The verbs of GROWTH_ONLY anywhere in a string (a quick test before cleaning it). */
export const GROWTH_VERB = /增长|增加|下降|减少|降低|提高/;
export const FALLING = /(下降|减少|降低)$/;

/** Gives a level its growth rate, with the rate's comparator when it is not plain (增长20%以上). */
export function setYoy(d: Draft, verb: string, value: number, comparator: Comparator): void {
  d.yoy_pct = FALLING.test(verb) ? -value : value;
  if (comparator !== '=') d.yoy_comparator = comparator;
}
const STREAK = /连续([0-9]+|[一二两三四五六七八九十]+)年/;

/**
 * Parts of the enumeration that ends right before a count (大运河、长城、西山永定河三条文化带): the
 * segment split on 、, with one joining 和/与/及 in the last part; none when a part is empty, i.e. the count
 * opens a part of its own (6个A、2个B; 19个A和2个B).
 */
function listLengths(segment: string): number[] {
  const parts = segment.split('、');
  const joined = parts[parts.length - 1]!.split(/和|与|及/);
  if (parts.some((p) => p.length === 0) || joined.length > 2 || joined.some((p) => p.length === 0)) return [];
  // 和 in the last part may join two items (A、B和C) or sit inside the last one (A、黄河中游和华北地区…).
  return joined.length === 2 ? (parts.length > 1 ? [parts.length, parts.length + 1] : [2]) : [parts.length];
}

/** True when a count only restates how many items the list right before it names (gold: 两个台阶 is folded). */
export function isAppositionCount(text: string, m: Mention): boolean {
  if (m.q.kind !== 'count' || m.postEnd === m.tail || m.q.rangeLower) return false;
  // A 、 inside a quoted slogan before the list (“省市共建、一室一策”支持A、B、C3个…) parts nothing.
  const raw = text.slice(m.clauseStart, m.q.start);
  const seg = raw.includes('“') ? raw.replace(/“[^”]*”/g, '“”') : raw;
  // listLengths counts at most one more than the parts split on 、, which are no more than the characters.
  if (m.q.value > seg.length + 2) return false;
  if (!/[、和与及]/.test(seg) || seg.includes('等')) return false;
  // The upper bound of a range (新增1个集群、1—2个产业园) restates nothing.
  if (/[-—–－~～至]$/.test(seg)) return false;
  if (/[的了在为是]$/.test(seg)) return false;
  return listLengths(seg).includes(m.q.value);
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1–99 in Chinese numerals (十一, 二十三). */
function chinese(n: number): string {
  if (n <= 10) return CN[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens - 1]!}十${ones === 0 ? '' : CN[ones - 1]!}`;
}
/** Ordinal item markers at a clause or line start: 一是, （一）, 第一，, numbered lines (1. / 一、). */
const MARKER_STYLES: ((i: number) => RegExp)[] = [
  (i) => new RegExp(`([。；：:，\n])${chinese(i)}是`),
  (i) => new RegExp(`([。；：:\n])[（(]${chinese(i)}[)）]`),
  (i) => new RegExp(`([。；：:\n])第${chinese(i)}[，、,]`),
  (i) => new RegExp(`(\n)(#+\\s*)?${i}[.．、]`),
  (i) => new RegExp(`(\n)(#+\\s*)?${chinese(i)}、`),
];
/** Marker styles with their regexes built once per ordinal. */
const MARKERS = MARKER_STYLES.map((style) => {
  const cache: RegExp[] = [];
  return (i: number): RegExp => {
    cache[i] ??= style(i);
    return cache[i];
  };
});
/** Any style's first item (i = 1), one pass: when none is near, no style can count 2 or more items. */
const FIRST_ITEM = new RegExp(MARKER_STYLES.map((style) => style(1).source).join('|'));
/** The first item follows the count within this many characters; each next item within ENUM_GAP. */
const ENUM_LEAD = 400;
const ENUM_GAP = 5000;

/**
 * Where the text has the core of a first item (一是, 一）, 第一，, 1., 一、) after the character its style
 * needs before it: every FIRST_ITEM match ends with such a core, so a window without one has no first item.
 * Cores are searched only in the windows asked for: the stretch searched grows as figures, which come in
 * text order, ask for windows further on; a window that does not touch it starts a new stretch.
 */
const FIRST_ITEM_CORE = /一[是)）、]|第一[，、,]|1[.．、]/g;
/**
 * The characters each core needs right before it, as MARKER_STYLES write them: 一是 after a clause or line
 * start, 一） after its opening bracket, 第一， after a sentence or line start, 1. and 一、 after a line start
 * or a heading's # and spaces. Most 1. are decimals (21.5%, 1.2万), which no style allows.
 */
const BEFORE_ITEM = new CharSet('。；：:，\n');
const BEFORE_ORDINAL = new CharSet('。；：:\n');
const BEFORE_BRACKETED = new CharSet('（(');
const LINE_OR_HEADING = /[\s#]/;

/** Whether the core at `at` (a FIRST_ITEM_CORE match) has the character its style needs before it. */
function coreStartsItem(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (text[at] === '第') return BEFORE_ORDINAL.has(before);
  const mark = text[at + 1];
  if (text[at] === '一' && mark === '是') return BEFORE_ITEM.has(before);
  if (mark === '）' || mark === ')') return BEFORE_BRACKETED.has(before);
  return LINE_OR_HEADING.test(text[at - 1] ?? '');
}
/** The longest core, in characters. */
const CORE_LENGTH = 3;
const cores = { text: '', from: 0, to: 0, at: [] as number[] };

/**
 * Drops the cores kept from the text just read. Kept, the next run on an equal text (the same report
 * read again) compared the two texts character by character on every call: quadratic.
 */
export function releaseCores(): void {
  cores.text = '';
  cores.at = [];
}

/** The length of the text whose cores are kept (0 after releaseCores). */
export function coresHeld(): number {
  return cores.text.length;
}

/** Every position in [from, to) where a core starts, among others of the stretch searched (sorted). */
function coresIn(text: string, from: number, to: number): number[] {
  if (cores.text !== text || from < cores.from || from > cores.to) {
    cores.text = text;
    cores.from = from;
    cores.to = from;
    cores.at = [];
  }
  if (to <= cores.to) return cores.at;
  // Every position is tried (cores may overlap: 第一、 holds 一、), with room for a core that starts before
  // `to` to end after it.
  const start = cores.to;
  const stretch = text.slice(start, to + CORE_LENGTH - 1);
  FIRST_ITEM_CORE.lastIndex = 0;
  for (let f = FIRST_ITEM_CORE.exec(stretch); f !== null; f = FIRST_ITEM_CORE.exec(stretch)) {
    if (start + f.index >= to) break;
    if (coreStartsItem(text, start + f.index)) cores.at.push(start + f.index);
    FIRST_ITEM_CORE.lastIndex = f.index + 1;
  }
  FIRST_ITEM_CORE.lastIndex = 0;
  cores.to = to;
  return cores.at;
}

/**
 * How far after `from` a first item of any style may end, 0 when none is near. A first item ends with its
 * core, so the window of ENUM_LEAD need not run past the last core in it. One character before `from` is
 * read, so a marker must follow a clause or line start (as in itemsAfter).
 */
function firstItemWindow(text: string, from: number): number {
  const at = Math.max(1, from);
  const near = coresIn(text, at, at + ENUM_LEAD);
  let k = firstAtOrAfter(near, at);
  if (k === near.length || near[k]! >= at + ENUM_LEAD) return 0;
  let end = at;
  for (; k < near.length && near[k]! < at + ENUM_LEAD; k++) end = near[k]! + CORE_LENGTH;
  const window = Math.min(end, at + ENUM_LEAD) - at;
  return FIRST_ITEM.test(text.slice(at - 1, at + window)) ? window : 0;
}

/**
 * How many items of one marker style follow `from` in order (一是…二是…三是…), the first within `lead`
 * characters (0 when it is not there).
 */
function itemsAfter(
  text: string,
  from: number,
  marker: (i: number) => RegExp,
  max: number,
  lead: number,
): number {
  let at = Math.max(1, from);
  let window = lead;
  for (let i = 1; i <= max + 1; i++) {
    // One character before `at`, so a marker must follow a clause or line start.
    const found = marker(i).exec(text.slice(at - 1, at + window));
    if (!found) return i - 1;
    // The list a count heads starts at the next item: one that lies past a numbered line of another list
    // (the count sits in item （1） of a list, and a glossary's 1. 2. come later) is not the count's.
    if (i === 1 && numberedLineBefore(text, at, at - 1 + found.index)) return 0;
    at += found.index - 1 + found[0].length;
    window = ENUM_GAP;
  }
  return max + 1;
}

/** True when a line between `from` and `to` opens a heading or a numbered item. */
function numberedLineBefore(text: string, from: number, to: number): boolean {
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    if (HEADING_LINE.test(text.slice(nl + 1, nl + 7))) return true;
  }
  return false;
}

/** Items of a list written after a colon up to the sentence end (包括：A；B；C。 or ：A，B，C。). */
function colonListLength(text: string, from: number): number {
  const lead = /^，?(包括|即|分别是|分别为|主要是|具体是)?[：:]/.exec(text.slice(from, from + 8));
  if (!lead) return 0;
  const rest = text.slice(from + lead[0].length, from + lead[0].length + 3000);
  const body = rest.slice(0, rest.search(/[。\n]|$/));
  const parts = body.split(body.includes('；') ? '；' : '，');
  return parts.filter((p) => p.trim().length > 0).length;
}

/** A line led by a dash or bullet (——…, •…). */
const BULLET_LINE = /^(——|•|·|●|■|◆)/;
/** A line that opens a heading or a numbered item (一、 （一） 1. 第一部分). */
const HEADING_LINE =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|第[一二三四五六七八九十]+[部章节])/;

/** How many lines not led by a dash may continue a dash-led paragraph (a break kept inside it). */
const CONTINUATION_LINES = 3;

/**
 * Lines led by a dash or bullet that follow the line of the count (重点把握好四个方面。⏎——…⏎——…): the run
 * of such lines, and the same run read across up to three lines between two of them that open no list of
 * their own (a paragraph whose line break survived the repair, as in a page wrapped at a sentence end).
 */
export function bulletLinesAfter(text: string, from: number, max: number): [number, number] {
  // Only the next 41 characters are searched for the line end (a paragraph can be thousands long).
  const lineEnd = text.slice(0, from + 41).indexOf('\n', from);
  if (lineEnd < 0) return [0, 0];
  let strict = 0;
  let count = 0;
  let gap = 0;
  let at = lineEnd + 1;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    if (BULLET_LINE.test(text.slice(at, at + 2))) {
      count++;
      if (gap === 0 && strict === count - 1) strict = count;
      gap = 0;
      // More than `max` can equal no count: the rest is not read (each figure before a run of
      // count-and-bullet lines read it all: quadratic).
      if (count > max) break;
    } else {
      // A line that opens a list or a heading of its own ends the run.
      if (++gap > CONTINUATION_LINES || count === 0 || text[end - 1] === '：' || text[end - 1] === ':') break;
      if (HEADING_LINE.test(text.slice(at, at + 6))) break;
    }
    if (next < 0) break;
    at = next + 1;
  }
  return [strict, count];
}

/**
 * A count that heads the enumeration right after it (gold: counts of the report's own parts are not
 * items): 重点抓好以下N个方面：一是…二是…, 干好N件大事：A；B；…, N个方面 followed by N dash-led
 * paragraphs. The count equals the number of items that follow, whatever the phrasing before it.
 */
function headsEnumeration(text: string, m: Mention): boolean {
  const n = m.q.value;
  if (!Number.isInteger(n) || n < 2 || n > 40) return false;
  if (colonListLength(text, m.postEnd) === n) return true;
  const [strict, across] = bulletLinesAfter(text, m.postEnd, n);
  if (strict === n || across === n) return true;
  const lead = firstItemWindow(text, m.postEnd);
  if (lead === 0) return false;
  for (const marker of MARKERS) if (itemsAfter(text, m.postEnd, marker, n, lead) === n) return true;
  return false;
}

/** The plan's indicator system described by itself: counts of its 指标, and of its own parts. */
export function isEnumerationHeader(text: string, m: Mention): boolean {
  if (m.q.kind !== 'count') return false;
  const post = text.slice(m.tail, m.postEnd);
  // 24个主要指标, 16个预期性指标: counts of the plan's own indicators describe the report, not the work.
  if (/^(主要|预期性|约束性|核心|关键|具体)?指标/.test(post)) return true;
  const clausePre = text.slice(m.clauseStart, m.q.start);
  // 其中预期性指标19项: the same count written after the noun.
  if (clausePre.includes('指标') && /指标(共|有|为|共有)?$/.test(clausePre)) return true;
  // 《纲要草案》安排了18个领域的重点任务: the outline describing itself.
  if (clausePre.includes('》') && /《[^》]*》[^，。]{0,12}(安排|部署|设置|提出|明确)了?$/.test(clausePre))
    return true;
  // 办好15件民生实事：一是…: a count of the deliverables promised is a target even when they are listed
  // after it (gold/README.md: a count of the objects of a commitment is a target).
  if (DELIVERABLE.test(post)) return false;
  return headsEnumeration(text, m);
}

/** Nouns that name deliverables of the plan (实事, 实事项目), not parts of the report (方面, 大事, 工作). */
const DELIVERABLE = /实事(项目)?$/;

/** Measures each counted subject has on its own (企业营业收入超百亿元), unlike a total (项目完成投资). */
const PER_SUBJECT_MEASURE =
  /(营业收入|主营业务收入|营收|经营性收入|收入|产值|规模|销售额|营业额|交易额|市值)$/;
const TOTAL_VERB = /(完成|实现|带动|拉动|累计|新增|投资|合计|共计)/;

/**
 * A count or share of subjects that each pass a money bound closing the clause (191家企业营业收入超
 * 百亿元, 95%以上的村集体经营性收入超过10万元): the count or share is the item and the bound is part of
 * its indicator (gold/README.md: a threshold inside an indicator's definition is not its own item).
 */
export function headsThreshold(text: string, m: Mention, next: Mention | undefined): boolean {
  if (!next || (m.q.kind !== 'count' && m.q.kind !== 'percent')) return false;
  if (next.clauseStart !== m.clauseStart || next.sentStart !== m.sentStart) return false;
  if (!next.cmp.bounded || next.q.kind !== 'money' || m.postEnd < next.q.start) return false;
  const between = text.slice(m.tail, next.headStart);
  if (TOTAL_VERB.test(between) || !PER_SUBJECT_MEASURE.test(between)) return false;
  return next.tail >= next.clauseEnd || /^[，。；、]/.test(text.slice(next.tail, next.tail + 1));
}

/** A phrase that sets the circumstance of the figure after it (在…下降超3成的情况下). */
export const CIRCUMSTANCE = /在[^，。；]*?的(情况下|同时|基础上|背景下)/;

/** True when the figure ends a circumstance phrase (…超3成的情况下). */
export function isCircumstance(text: string, m: Mention): boolean {
  return text[m.tail] === '的' && /^的(情况下|同时|基础上|背景下)/.test(text.slice(m.tail, m.tail + 4));
}

/** A bounded figure that defines the thing counted later in the clause (超100万元的示范村2个以上). */
export function isThreshold(
  m: Mention,
  prev: Mention | undefined,
  next: Mention | undefined,
  text = '',
): boolean {
  if (!m.cmp.bounded) return false;
  // 下降超3成的情况下增长12%: a circumstance, not a definition.
  if (isCircumstance(text, m)) return false;
  if (next && next.clauseStart === m.clauseStart && m.postEnd >= next.q.start) return true;
  // 突破千亿元的县（市）达到3个: an aside in brackets after the class noun still leads to the count.
  if (
    next &&
    next.clauseStart === m.clauseStart &&
    text[m.postEnd] === '（' &&
    /^（[\u4e00-\u9fff、]{1,8}）[^，。；：\d]{0,6}$/.test(text.slice(m.postEnd, next.q.start))
  )
    return true;
  // 23个投资额百亿元以上重大工业项目: an amount bound right before the noun a count before it counts.
  return (
    prev !== undefined &&
    prev.q.kind === 'count' &&
    prev.clauseStart === m.clauseStart &&
    prev.postEnd >= m.q.start &&
    m.postEnd > m.tail &&
    m.q.kind === 'money'
  );
}

/**
 * A bound amount that defines the people or firms a measure is done to (对网络销售额2万元以上且…的经营主体
 * 进行补助, 为年收入10万元以下的家庭减免学费): the figure says who qualifies, not what is done
 * (gold/README.md: a threshold inside a definition is not its own statement).
 */
export function definesRecipients(text: string, m: Mention): boolean {
  if (!m.cmp.bounded || m.q.kind === 'count' || m.q.kind === 'percent' || m.q.kind === 'share') return false;
  if (m.q.kind === 'rank') return false;
  if (!/[对为向给]/.test(text.slice(m.clauseStart, m.headStart))) return false;
  return /^(且[^，。；：]{0,20})?的[^，。；：\d%]{1,16}$/.test(text.slice(m.tail, m.clauseEnd));
}

/**
 * A bound amount defining a class that the clause says is wholly covered or cleared (年收入10万元以上的
 * 村实现全覆盖, 20户以上自然村通硬化路全覆盖): the figure says which class; the statement has no number
 * (gold/README.md: a threshold inside a definition is not its own statement).
 */
export function definesCoveredClass(text: string, m: Mention): boolean {
  if (!m.cmp.bounded || (m.q.kind !== 'money' && m.q.kind !== 'count')) return false;
  // 20户以上自然村通硬化路全覆盖: a count bound defines the class as well, with or without 的.
  const defining = m.q.kind === 'money' ? COVERED_AFTER_DE : COVERED_AFTER;
  return defining.test(text.slice(m.tail, m.clauseEnd));
}
const COVERED_AFTER_DE = /^的[^，。；：、\d%]{1,10}?(实现|达到)?(全覆盖|全面覆盖|动态清零|清零)$/;
const COVERED_AFTER = /^的?[^，。；：、\d%]{1,14}?(实现|达到)?(全覆盖|全面覆盖|动态清零|清零)$/;

/** Words that pick one or some members of a class named after them (首个, 第4个, 唯一, 一批). */
const CLASS_PICK =
  /(首个|首家|首座|唯一|第[0-9一二三四五六七八九十]+[个家座所]|一批|一大批|一个|一家|一座|若干)[^，。；：、]*$/;

/**
 * A bound inside the definition of a class that a member is picked from (成为全省第4个吞吐量超千万人次的
 * 机场, 培育一批营收过百亿元农产品加工企业): the figure only says which class, and the clause ends on the
 * class noun (gold/README.md: a threshold inside a definition is not its own statement).
 */
export function definesPickedClass(text: string, m: Mention): boolean {
  if (m.q.kind === 'rank') return false;
  // 成为全国首批5个国家公园之一: the count sizes the class a member belongs to.
  // (Only a clause ending in 之一 can match: looked at before slicing the words.)
  if (
    m.q.kind === 'count' &&
    text.startsWith('之一', m.clauseEnd - 2) &&
    /^[^，。；、\d%]{1,14}之一$/.test(text.slice(m.tail, m.clauseEnd))
  )
    return true;
  // 营收过百亿元 bounds like 超 (通过, 经过 do not).
  const over = text[m.headStart - 1] === '过' && !'通经越'.includes(text[m.headStart - 2] ?? '');
  if (!m.cmp.bounded && !over) return false;
  if (!CLASS_PICK.test(text.slice(m.clauseStart, m.headStart))) return false;
  return /^的?[^，。；：、\d%]{1,14}$/.test(text.slice(m.tail, m.clauseEnd));
}

/**
 * 习近平总书记两次亲临…考察、三次参加…审议: how often a leader came or took part is an event the report
 * recounts, not a result achieved or a commitment (gold/README.md `kind`), unlike 两次降低存款准备金率.
 */
export function isLeaderVisit(text: string, m: Mention): boolean {
  if (m.q.unit !== '次') return false;
  return /(总书记|总理|委员长|主席)[^，。；]*$/.test(text.slice(m.clauseStart, m.q.start));
}

/** "从75.6%提升至76.5%": the figure after 从/由 is the starting point of the change to the next one. */
export const CHANGE_TO =
  /^[^，、；。]{0,8}?(提高|提升|增加|上升|增长|下降|降低|减少|扩大|拓展|扩展|跃升|攀升|缩小|压缩|缩短|压减|降|增|升)(到|至)|^[^，、；。]{0,8}?(整合|调整|合并|精简)(为|到|至)/;
export function isBaseline(text: string, m: Mention, next: Mention | undefined): boolean {
  if (!next || next.clauseStart !== m.clauseStart || next.sentStart !== m.sentStart) return false;
  if (!/(从|由)[^，、]{0,8}$/.test(text.slice(m.preStart, m.headStart))) return false;
  return CHANGE_TO.test(text.slice(m.tail, next.q.start));
}

/** The value of 连续N年 said before the figure in its clause, if any. */
export function streakBefore(text: string, m: Mention): number | undefined {
  const clausePre = text.slice(m.clauseStart, m.q.start);
  const s = clausePre.includes('连续') ? STREAK.exec(clausePre) : null;
  return s ? parseNumber(s[1]!) : undefined;
}

/** The starting point of a change (从75.6%提升至…): an optional actual (gold/README.md). */
export function baselineDraft(text: string, m: Mention): Draft {
  const pre = text.slice(m.preStart, m.headStart);
  const at = Math.max(pre.lastIndexOf('从'), pre.lastIndexOf('由'));
  const d: Draft = {
    kind: 'actual',
    start: m.preStart,
    end: m.tail,
    indicator: cleanPre(dropExamples(pre.slice(0, at))),
    comparator: m.cmp.comparator,
    value: m.q.value,
    unit: m.q.unit,
    unitKind: m.q.kind,
    modality: 'plain',
    sentenceIndex: m.sentenceIndex,
    // Every optional field is written, so all drafts share one shape (see Draft).
    leadCount: undefined,
    growthOnly: undefined,
    ratio_to_plan: undefined,
    yoy_pct: undefined,
    yoy_comparator: undefined,
    optional: true,
    estimate: undefined,
    streak_years: undefined,
    period: undefined,
  };
  if (m.para.period !== undefined) d.period = m.para.period;
  return d;
}
