// Names what a quantity measures in the report's own words (gold/README.md `indicator`): the words
// before the number, or the noun after it when the count comes first (新建5个…医疗集团), without
// modality, comparators, example lists (…等) or the count of a subject.

import { CharSet } from './charset';
import type { Mention } from './mentions';

/**
 * Words that open a clause without naming anything measured; 争取 before funds (争取上级资金) is the verb
 * of obtaining them, not a modality.
 */
const LEAD_WORDS =
  '到[12][09]\\d\\d年[底末]?|其中|同时|并且|以及|另外|此外|包括|主要包括|并(?![网购联轨表存行])|和(?![美谐睦])|及(?![时格])|与|全年|今年|年内|当年|力争|确保|争取(?![\u4e00-\u9fff]{0,4}(资金|债券|专项债|资助|补助))|努力|力求|全力|务必|要|将|计划|预计|进一步|继续|再|共(?![济享建同识赢治性有])|又|的';
const LEAD = new RegExp(`^(${LEAD_WORDS})+`);
/** Regional scope words that the gold leaves out of an indicator (全市地区生产总值 → 地区生产总值). */
const SCOPE_WORDS = '全市|全省|全区|全县|全国|全州|全盟|全旗|本市|本省|全自治区';
const SCOPE = new RegExp(`^(${SCOPE_WORDS})(?!范围)`);
/** The same without 全国: in a report of a province or a city, 全国 opens a title or a benchmark. */
const LOCAL_SCOPE = new RegExp(`^(${SCOPE_WORDS.replace('全国|', '')})(?!范围)`);
/** Scopes a report of a province, a city or a district names itself by. */
const LOCAL_REPORT = /全省|全市|全区|全县|全州|全自治区/;
/**
 * Whether 全国 is the report's own scope (a national report, which never says 全省 or 全市), read once per
 * report by readReportScope: elsewhere 全国 opens a title (全国重点实验室, 全国文明城市) and stays in a name.
 */
let nationalScope = true;

/** Reads whether the report is national (see nationalScope); extractStatements calls it once per text. */
export function readReportScope(text: string): void {
  nationalScope = !LOCAL_REPORT.test(text);
}
/** A streak (连续13年) or 预计 closing the words before a figure. */
const TRAILING_STREAK = /(连续([0-9]+|[一二两三四五六七八九十]+)年|预计)$/;
/**
 * A year written between a measure and its figure (非常规天然气产量2030年达到…) dates the target, as an
 * opening 到2030年 does; after 于/比/较/从/至… it is a comparison base or a start (快于2024年) and stays.
 */
const TRAILING_YEAR = /(?<=[\u4e00-\u9fff])(?<![于比较同从由至到在的])(19|20)\d\d年[底末]?$/;
/** A list line's number (20.) and a year (2026年) opening the words. */
const LINE_NUMBER_OR_YEAR = /^(\d{1,2}[.．](?=(19|20)\d\d年|\D))?((19|20)\d\d年)?/;
/** The number or bullet of a list item: （1）新建幼儿园2所, ③改造小区18个, ● 新建驿站5个. */
const ITEM_NUMBER = /^([（(]\d{1,2}[)）]|[\u2460-\u2473]|[●■◆▲•○◎★☆►▶]\s*)/;
const ITEM_NUMBER_STARTS = new CharSet('（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳●■◆▲•○◎★☆►▶');
/** A modality between a measure and its change or level (增加值确保增长, 产值力争达到; also at the end, where the comparator word 突破/达到 was cut off). */
const INNER_MODALITY =
  /(?<=[\u4e00-\u9fff]{2})(确保|力争)(?=(增长|提高|提升|达到|达|突破|超过|下降|降低|实现|完成|$))/;
/** An enumerator opening an item of a list (一是…, 十二是…, 二要…): the item's order, not what it measures. */
const ENUMERATOR = /^[一二三四五六七八九十]{1,3}[是要](?=[\u4e00-\u9fff“]|$)/;
/** First characters of an ENUMERATOR. */
const ENUMERATOR_STARTS = new CharSet('一二三四五六七八九十');
/** First characters of the LEAD and SCOPE words: a string opening with none of them keeps its start. */
const LEAD_STARTS = new CharSet(LEAD_WORDS.split('|').map((w) => w[0]!));
const SCOPE_STARTS = new CharSet(SCOPE_WORDS.split('|').map((w) => w[0]!));
/** Trailing words that only link the indicator to the number. */
const TRAIL_WORDS = [
  '拟按',
  '按',
  '分别',
  // 连续7年保持98%以上, 年度投资保持1万亿元以上: a state verb only links the name to the figure, like 达.
  '保持',
  '稳定',
  '维持',
  '全部',
  '累计',
  '首次',
  '均',
  '都',
  '已',
  '为',
  '是',
  '在',
  '的',
  '了',
  '达',
  '和',
  '及',
  '与',
  '、',
  '，',
];

/** The last characters of TRAIL_WORDS: a string ending in none of them has nothing to drop. */
const TRAIL_ENDS = new CharSet(TRAIL_WORDS.map((w) => w[w.length - 1]!));

function dropTrailing(s: string): string {
  if (!TRAIL_ENDS.has(s.charCodeAt(s.length - 1))) return s;
  let out = s;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of TRAIL_WORDS) {
      // 平均 and 年均 keep their 均 (全国平均, 增加值年均分别增长); 惠及, 涉及, 普及 keep their 及; 参与
      // keeps its 与.
      if (
        out.charCodeAt(out.length - 1) === w.charCodeAt(w.length - 1) &&
        out.endsWith(w) &&
        !(w === '均' && (out.endsWith('平均') || out.endsWith('年均'))) &&
        !(w === '及' && /[惠涉普波遍顾触危提]及$/.test(out)) &&
        !(w === '与' && /[参给赋授]与$/.test(out))
      ) {
        out = out.slice(0, out.length - w.length);
        changed = true;
      }
    }
  }
  return out;
}
/** Verbs after which an example list (A、B等) starts; the list is dropped from the indicator. */
const VERBS = [
  '改扩建',
  '新投产',
  '攻坚突破',
  '专项治理',
  '推动',
  '推进',
  '完成',
  '实施',
  '建设',
  '新建',
  '改造',
  '扩建',
  '打造',
  '创建',
  '新增',
  '培育',
  '引进',
  '开展',
  '举办',
  '推出',
  '投产',
  '抓好',
  '治理',
  '整治',
  '建成',
  '开工',
  '突破',
  '提升',
  '引入',
  '支持',
  '设立',
  '组建',
  '落地',
  '布局',
  '疏解',
  '打通',
  '开通',
  '优化',
  '推广',
  '争创',
  '申报',
  '吸引',
  '帮扶',
  '攻关',
  '承办',
  '服务',
  '保障',
  '聚焦',
  '发展',
  '壮大',
  '认定',
  '评选',
  '遴选',
];

/**
 * Verbs that open a list of objects (改造老旧小区682个、老旧管网7912公里): VERBS and other common verbs of
 * doing something to a counted thing.
 */
const OBJECT_VERBS = [
  ...VERBS,
  '办理',
  '办结',
  '接待',
  '处置',
  '发放',
  '供应',
  '更新',
  '新改建',
  '新建改建',
  '盘活',
  '招引',
  '修复',
  '复垦',
  '清理',
  '化解',
  '培训',
  '救助',
  '资助',
  '新开工',
  '续建',
  '提升',
  '累计',
  '全年',
].sort((a, b) => b.length - a.length);

/**
 * Words grouped by their first character, each group in the list's order: a word can only occur where its
 * first character does, so a lookup tries the few words of one group instead of the whole list.
 */
function byFirstChar(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const w of words) {
    const group = groups.get(w.charCodeAt(0));
    if (group) group.push(w);
    else groups.set(w.charCodeAt(0), [w]);
  }
  return groups;
}
const VERBS_BY_FIRST = byFirstChar(VERBS);
const OBJECT_VERBS_BY_FIRST = byFirstChar(OBJECT_VERBS);

/** The first word of `groups` (in its list's order) that `s` has at `at`, or undefined. */
function wordAt(groups: Map<number, string[]>, s: string, at: number): string | undefined {
  const group = groups.get(s.charCodeAt(at));
  if (group) for (const w of group) if (s.startsWith(w, at)) return w;
  return undefined;
}

/** The verbs a phrase opens with (累计完成, 建设改造, 开工改造), or ''. */
export function verbPrefix(s: string): string {
  let at = 0;
  for (let guard = 0; guard < 3; guard++) {
    const v = wordAt(OBJECT_VERBS_BY_FIRST, s, at);
    if (!v) break;
    at += v.length;
    if (s[at] === '和' || s[at] === '及') at++;
  }
  // A joining 和/及 with no verb after it is not part of the prefix (s[-1], a slow lookup, is not read).
  if (at > 0 && (s[at - 1] === '和' || s[at - 1] === '及')) at--;
  return s.slice(0, at);
}

/** True when one of VERBS occurs in `s`. */
export function hasVerb(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) if (wordAt(VERBS_BY_FIRST, s, i) !== undefined) return true;
  return false;
}

/** Drops "A、B等" and "“A”等" example lists that name instances of the counted thing. */
export function dropExamples(s: string, afterVerbOnly = false): string {
  let out = s;
  for (let guard = 0; guard < 4; guard++) {
    const at = findExampleMark(out);
    if (at < 0) break;
    const head = out.slice(0, at);
    // The verb opening the list stands before its first item (打造高端装备、信息技术服务…等: not 服务).
    const firstItem = head.indexOf('、');
    const opening = firstItem > 0 ? head.slice(0, firstItem) : head;
    const listStart = lastVerbEnd(opening, at);
    // The noun after a count (孤独症儿童免费提供康复、融入等服务) keeps its head when no verb opens the list.
    if (afterVerbOnly && listStart === 0) break;
    // Without a verb the list runs from the clause start, unless a comma or quote says otherwise.
    // 首发经济、会展经济等方面29项政策: 方面 only frames the examples.
    const rest = out.startsWith('方面', at + 1) ? at + 3 : at + 1;
    out = out.slice(0, listStart) + out.slice(rest);
  }
  return out;
}

/**
 * Where the verb of VERBS that ends last in `opening` ends, each verb read at its last occurrence and only
 * when that ends before `at` (0 when none). A verb occurs only where its first character does, so only the
 * verbs of the characters of `opening` are looked for (a verb seen twice gives the same end).
 */
function lastVerbEnd(opening: string, at: number): number {
  let end = 0;
  for (let i = 0; i < opening.length; i++) {
    for (const v of VERBS_BY_FIRST.get(opening.charCodeAt(i)) ?? []) {
      if (!opening.startsWith(v, i)) continue;
      const k = opening.lastIndexOf(v);
      if (k + v.length > end && k + v.length < at) end = k + v.length;
    }
  }
  return end;
}

/** Index of 等 closing an example list (not 等级, 平等, 高等), or -1. */
function findExampleMark(s: string): number {
  for (let i = s.indexOf('等'); i >= 0; i = s.indexOf('等', i + 1)) {
    const next = s[i + 1];
    const prev = s[i - 1];
    if (next !== undefined && '级于待同'.includes(next)) continue;
    if (prev === undefined || '平同中高对相均初超'.includes(prev)) continue;
    // “立等可取”: a 等 inside a quoted name closes no list.
    if (s.lastIndexOf('“', i) > s.lastIndexOf('”', i)) continue;
    return i;
  }
  return -1;
}

/** Cleans the words before a number into an indicator name. */
export function cleanPre(pre: string): string {
  let s = pre.trim();
  for (let guard = 0; guard < 3; guard++) {
    const before = s;
    // The sets only skip a replace that could not match (most names open with neither).
    // 20.2026年10件民生实事: the number of a list line and the year it dates are not the indicator.
    if (s.charCodeAt(0) <= 0x39) s = s.replace(LINE_NUMBER_OR_YEAR, '');
    // 九是为既有住宅加装电梯600部: the enumerator of a list of tasks is not the indicator.
    if (ENUMERATOR_STARTS.has(s.charCodeAt(0))) s = s.replace(ENUMERATOR, '');
    if (ITEM_NUMBER_STARTS.has(s.charCodeAt(0))) s = s.replace(ITEM_NUMBER, '');
    // 规上工业增加值确保增长9%: the modality (kept as binding/aspirational) is no part of the name.
    if (s.includes('确保') || s.includes('力争')) s = s.replace(INNER_MODALITY, '');
    if (LEAD_STARTS.has(s.charCodeAt(0))) s = s.replace(LEAD, '');
    if (SCOPE_STARTS.has(s.charCodeAt(0))) s = s.replace(nationalScope ? SCOPE : LOCAL_SCOPE, '');
    s = dropTrailing(s);
    // 粮食产量连续13年稳定在…: the streak is streak_years, not part of the name; 预计 is `estimate`.
    if (s.endsWith('年') || s.endsWith('计')) s = s.replace(TRAILING_STREAK, '');
    if (s.endsWith('年') || s.endsWith('底') || s.endsWith('末')) s = s.replace(TRAILING_YEAR, '');
    if (s === before) break;
  }
  return s;
}

/** Cleans the noun after a count (新建5个[紧密型城市医疗集团]). */
export function cleanPost(post: string): string {
  if (post === '') return post;
  // 突破40万亿元并连续多年居世界首位: words opening with 并/且 are a predicate of their own, not a noun.
  if (post.charCodeAt(0) === BING || post.charCodeAt(0) === QIE) return '';
  let s = post;
  if (POST_LEAD.has(s.charCodeAt(0))) s = s.replace(/^(的|之|个|多|余)+/, '');
  if (POST_TRAIL.has(s.charCodeAt(s.length - 1))) s = s.replace(/(和|及|(?<![参给赋授])与|、|等|的)+$/, '');
  return s;
}
const BING = '并'.charCodeAt(0);
const QIE = '且'.charCodeAt(0);
/** The characters cleanPost drops from the start and from the end of a noun. */
const POST_LEAD = new CharSet('的之个多余');
const POST_TRAIL = new CharSet('和及与、等的');

const PLANNED = /^(年度计划|年度|全年计划|计划)/;
/** The first characters of PLANNED: words opening with none of them have no plan to drop. */
const PLANNED_STARTS = new CharSet('年全计');
/** A short measure word that names no subject of its own (总投资, 营收, 实现产值, 材料). */
export function isBareMeasure(s: string): boolean {
  // 年度计划投资75亿元: the year's plan for the projects just counted is as bare as 投资.
  const plan = PLANNED_STARTS.has(s.charCodeAt(0)) ? PLANNED.exec(s) : null;
  if (plan) return plan[0].length < s.length && isBareMeasure(s.slice(plan[0].length));
  // 到位资金485亿元: the money of the projects just counted that arrived, like 完成投资.
  const verb = s.startsWith('实现') || s.startsWith('完成') || s.startsWith('到位') ? 2 : 0;
  const length = s.length - verb;
  // 完成投资 measures what was counted before; 完成造林 is a work of its own (no measure word).
  if (verb > 0 && length > 0 && length <= 2 && s[verb] !== '总') return MEASURE_END.test(s);
  return length <= 2 || (length <= 4 && s[verb] === '总');
}

/** The verb opening a clause (实施总投资… → 实施), or ''. */
export function leadingVerb(s: string): string {
  let best = '';
  for (const v of VERBS_BY_FIRST.get(s.charCodeAt(0)) ?? [])
    if (s.startsWith(v) && v.length > best.length) best = v;
  return best;
}

/** The words after a leading verb (实施总投资 → 总投资), for a figure that qualifies a later noun. */
export function dropLeadingVerb(s: string): string {
  for (const v of VERBS_BY_FIRST.get(s.charCodeAt(0)) ?? [])
    if (s.startsWith(v) && s.length > v.length) return s.slice(v.length);
  return s;
}

/** What a unit counts when a second figure shares one subject: 68户、200人 → 户数, 人数; 公里 → 里程. */
export function measureOfUnit(unit: string): string {
  const base = unit.replace(/^[万亿]+/, '');
  if (base === '公里' || base === '千米') return '里程';
  if (base === '亩' || base === '平方米' || base === '平方公里' || base === '公顷') return '面积';
  if (base === '人' || base === '名') return '人数';
  if (base === '户') return '户数';
  if (base === '元' || base === '美元') return '金额';
  if (base === '个' || base === '家' || base === '项') return '数量';
  return '';
}

/** Heads that end an organisation or place name: the subject a later clause of the sentence refers to. */
const HEADS = ['开发区', '园区', '新区', '景区', '集团', '企业', '公司', '平台', '基地', '学校', '医院'];
/** Any of HEADS, in one scan (most indicators contain none). */
const ANY_HEAD = new RegExp(HEADS.join('|'));

/** The subject at the start of an indicator: the shortest prefix ending in a head noun (园区投产企业 → 园区). */
export function leadingSubject(indicator: string): string | undefined {
  if (!ANY_HEAD.test(indicator)) return undefined;
  let best: string | undefined;
  for (const h of HEADS) {
    const k = indicator.indexOf(h);
    if (k < 0) continue;
    const end = k + h.length;
    if (best === undefined || end < best.length) best = indicator.slice(0, end);
  }
  return best;
}

/** A bare head with no name of its own (园区, 该企业) refers back to a named one. */
export function isBareHead(subject: string): boolean {
  const s = subject.replace(/^(该|本|各|全)/, '');
  return HEADS.includes(s);
}

/** Heads that end the name a paragraph's sentence is about (石化产业…。产值突破1300亿元). */
const TOPIC_HEADS = [...HEADS, '产业', '行业', '集群', '主体'];
/** Words that open a sentence with an action, not with the thing it is about. */
const ACTION_OPENERS =
  /^(加快|持续|深化|强化|加强|完善|坚持|积极|大力|着力|全面|扎实|稳步|扩大|提高|促进|巩固|拓展|开辟|做强|做大|做优|聚焦|围绕|依托|支持|鼓励|引导|实施|推动|推进|打造|培育|建设|发展)/;

/** The name a sentence opens with when it ends in one of `heads` within 14 characters (石化产业…). */
function openingName(sentence: string, heads: readonly string[]): string | undefined {
  const s = sentence.replace(ENUMERATOR, '');
  if (ACTION_OPENERS.test(s) || /^(全|各|我|本|该)/.test(s)) return undefined;
  for (const h of heads) {
    const k = s.indexOf(h);
    if (k < 2 || k + h.length > 14) continue;
    const name = s.slice(0, k + h.length);
    if (!/[，、：；“”（）\d]/.test(name) && wordAt(VERBS_BY_FIRST, name, 0) === undefined) return name;
  }
  return undefined;
}

/**
 * The named subject that a bare head (园区, 该企业) refers to: the nearest earlier sentence of the
 * paragraph that opens with a name of the same kind, i.e. ending in a head with the same last
 * character (a …开发区 for 园区, a …集团 or …公司 is not).
 */
export function resolveBareHead(head: string, sentencesBefore: string[]): string | undefined {
  const kind = HEADS.filter((h) => h.endsWith(head.slice(-1)));
  for (let i = sentencesBefore.length - 1; i >= 0; i--) {
    const name = openingName(sentencesBefore[i]!, kind);
    if (name) return name;
  }
  return undefined;
}

/**
 * The topic of a sentence that names only a measure (产值突破1300亿元): the nearest of the few
 * sentences before it that opens with a name ending in a head noun, e.g. 石化产业.
 */
export function topicBefore(sentencesBefore: string[]): string | undefined {
  for (let i = sentencesBefore.length - 1; i >= Math.max(0, sentencesBefore.length - 4); i--) {
    const name = openingName(sentencesBefore[i]!, TOPIC_HEADS);
    if (name) return name;
  }
  return undefined;
}

/** A rank's indicator without the streak (of years, months or quarters) or the rank verb, ending in 排名 (gold: 营商环境评价全省排名). */
export function rankIndicator(s: string): string {
  const t = s
    .replace(/连续[0-9一二两三四五六七八九十]+(年|个月|个季度)|连年/g, '')
    // 从全国第11位跃升至第4位: the starting rank is not part of the name, its scope is.
    .replace(/(从|由)(全国|全省|全市|全区|全球|世界)?第[0-9一二两三四五六七八九十]+[位名]?/, '$2')
    .replace(
      /(均|都)?(稳居|位居|跃居|位列|名列|跃升至|提升至|升至|保持|进入|包揽|居|列)(?=[^，、]{0,6}$)/,
      '',
    );
  // 连续16年排名世界第一: 排名 written as the verb before its scope names the scope's ranking (世界排名).
  const verbFirst = /(排名|排位)(全国|全省|全市|全区|全球|世界|国内|省内)$/.exec(t);
  if (verbFirst) return `${t.slice(0, verbFirst.index)}${verbFirst[2]}排名`;
  return /(排名|排位|位次)/.test(t) ? t : `${t}排名`;
}

/** Words that open a clause with no subject of its own: a change (年均增长, 比2020年增加) or a measure (增加值增长). */
export const SUBJECTLESS =
  /^((近|过去|这)?([0-9]{1,2}|[一二两三四五六七八九十]{1,2})年(来|间)?)?((年均|同比|累计|(比|较)(上年|去年|年初|(19|20)\d\d年[底末]?)(年初预算|同期)?)?(增长|下降|增加|减少|提高|降低|提升|净增|净减少|净减)|(增加值|增量|总量|利润|营收|产值)(同比|年均)?(增长|下降|保持|居|位居|达)?)$/;
/** Words that end a measure (产值, 营收, 出口, 人数, 床位): such a word measures the thing before it. */
export const MEASURE_END = /[值额量收资润模积程速比重数率入税费本耗度价益口款金位次]$/;
/** A change or a state (增产, 上升, 覆盖, 在建) is said of the thing before it. */
export const CHANGE_START = /^(增|减|升|降|涨|提|扩|缩|下|上|覆|新|累|在|已)/;

/**
 * "修复湿地90余万亩，造林88万亩": two characters opening a clause of their own that are neither a
 * measure nor a change name a thing done in their own right.
 */
export function isOwnClauseThing(text: string, m: Mention, word: string): boolean {
  if (word.length !== 2 || m.preStart !== m.clauseStart || text[m.clauseStart - 1] !== '，') return false;
  return !MEASURE_END.test(word) && !CHANGE_START.test(word);
}

/** The first predicate of a clause (not inside 增加值, 占比, 达标). */
const PREDICATE =
  /(连续|迈上|跨上|跨越|跨过|跃上|达到|达(?!标)|增长|下降|增加(?!值)|减少|提高|降低|提升|突破|超过|保持|实现|完成|位居|占(?!比)(?![^，、]{1,12}(比例|比重)))/;

/** The subject of a clause: its words before the first predicate (地区生产总值连续迈上 → 地区生产总值). */
export function clauseSubject(cleanedPre: string): string | undefined {
  if (SUBJECTLESS.test(cleanedPre)) return undefined;
  const at = cleanedPre.search(PREDICATE);
  // 拟安排专项债券…: the modal verb of a plan is not part of the subject.
  const subject = (at < 0 ? cleanedPre : cleanedPre.slice(0, at))
    .replace(/^拟(安排|发行)?/, '')
    .replace(/(累计|合计|共)$/, '')
    // 地区生产总值五年跨过…: a time span before the predicate is not part of the subject.
    .replace(/(近|过去|这)?[0-9一二两三四五六七八九十]+年(来|间)?$/, '');
  // A time span (十年增加…, 3年增长…) is not a subject.
  if (subject.length < 3 || /^(近|过去|这)?[0-9一二两三四五六七八九十]+年/.test(subject)) return undefined;
  return subject;
}

/**
 * The topic of a sentence's first clause, for a measure standing alone later in the sentence: the
 * object of an opening action that ends in a topic head (推动新能源汽车产业提质扩量 → 新能源汽车产业), or a
 * short field named before 方面 (非常规天然气发展方面 → 非常规天然气).
 */
export function clauseTopic(clause: string): string | undefined {
  const c = clause.replace(/[，；：]$/, '');
  const field = /^([\u4e00-\u9fff]{2,8}?)(发展)?方面$/.exec(c);
  if (field) return field[1]!.length <= 6 ? field[1] : undefined;
  const action = ACTION_OPENERS.exec(c);
  if (!action) return undefined;
  const rest = c.slice(action[0].length);
  for (const h of TOPIC_HEADS) {
    const k = rest.indexOf(h);
    if (k >= 2 && k + h.length <= 10 && !/[、“”]/.test(rest.slice(0, k))) return rest.slice(0, k + h.length);
  }
  return undefined;
}

/** A verb of adding that names this year's increment, not the running total (新增, 新建, 新推出, 建成). */
const ADDED = /(新增|新建|新推出|新设立|新设|新认定|新培育|新开通|新开工|建成)(?=[^，、]{2})/;
/** A change closing a name (同比增加, 新增): the increment, not the level reached after it. */
const CLOSING_CHANGE = /(同比|(比|较)(上年|去年|(19|20)\d\d年))?(新增|新推出|增加|增长|提高|提升)$/;

/**
 * The name of the running total written after an increment (新增公园127座，累计达到1100座 → 公园累计;
 * 案例新增9个、累计达到79个 → 案例累计; gold: 新增信号灯联网1000处，累计达8000处 → 信号灯联网累计): the
 * increment's name without its verb of adding, with 累计.
 */
export function cumulativeName(increment: string): string {
  const base = increment.replace(CLOSING_CHANGE, '').replace(ADDED, '');
  return `${base === '' ? increment : base}累计`;
}

/** The name of the level reached after a change (装机同比增加1829万千瓦、达到9048万千瓦 → 装机), or undefined. */
export function levelAfterChange(change: string): string | undefined {
  const base = change.replace(CLOSING_CHANGE, '');
  return base !== change && base.length >= 2 ? base : undefined;
}
