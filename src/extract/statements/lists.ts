// Lists: "分别" lists give one item per value, "A、B全部达到100%" one item per indicator
// (gold/README.md, both rules on the same span).

import { readModality } from './comparators';
import type { Role } from './context';
import { type Draft, readKind, wordsBefore } from './draft';
import { splitEach } from './each';
import {
  CHANGE_START,
  cleanPre,
  cumulativeName,
  hasVerb,
  MEASURE_END,
  SUBJECTLESS,
  verbPrefix,
} from './indicator';
import type { Mention } from './mentions';
import { CHANGE_TO, GROWTH_ONLY, GROWTH_VERB, setYoy } from './rules';

/**
 * Splits a list of subjects on 、 and on the conjunctions 和/及/与/以及, but not where the character is
 * part of a word (普及率, 涉及, 和美乡村, 碳中和, 饱和度, 参与率, 及时率).
 */
const LIST_JOIN =
  /、|以及|(?<![饱总缓温中平祥共调柔])和(?![美谐睦])|(?<![普涉波危惠顾触遍企])及(?![时格])|(?<![参给赋授])与(?!会)/;
export function splitList(subject: string): string[] {
  return subject.split(LIST_JOIN).filter((p) => p.length > 0);
}

/** A verb that drives a measure (推动…增长) before the measure's name, when a name of 4+ follows. */
export const DRIVING_VERB = /^(推动|推进|促进|力促|实现)(?=[^，]{4})/;

const NO_GROUP: readonly Mention[] = [];

/** A cause before the measures it drives (以旧换新带动…), when a list of four characters or more follows. */
const DRIVEN_BY = /^[^、，]{2,12}?(带动|拉动)(?!型)(?=[^，]{4})/;

/** The mentions of a "分别" list starting at i: same clause, 分别 before the first number. */
export function respectivelyGroup(text: string, mentions: Mention[], i: number): readonly Mention[] {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  if (prev && prev.clauseStart === m.clauseStart && prev.sentStart === m.sentStart) return NO_GROUP;
  if (!text.slice(m.clauseStart, m.q.start).includes('分别')) return NO_GROUP;
  const group = [m];
  for (let k = i + 1; k < mentions.length; k++) {
    const n = mentions[k]!;
    if (n.clauseStart !== m.clauseStart || n.sentStart !== m.sentStart) break;
    group.push(n);
  }
  return group;
}

/** A count of things (起数, 件数, 人数): a classifier and 数 end the measure. */
const COUNT_OF = /[起件次人户个家项宗名]数$/;
/**
 * A comparison base written once after a list of measures (A、B比2020年分别下降…, A、B同比分别…): it
 * belongs to every item, not to the last part.
 */
const COMPARISON_BASE =
  /(同比|环比|(比|较)(上年|去年|上年同期|(19|20)\d\d年|“[^”]{1,10}”(时期|同期|末)?)(同期)?)$/;
/** A subject that is only a comparison base (较“十三五”时期). */
const ONLY_BASE =
  /^(同比|环比|(比|较)(上年|去年|上年同期|(19|20)\d\d年|“[^”]{1,10}”(时期|同期|末)?)(同期)?)$/;

/** Measures of a sector or trade that a list of modifiers shares (行业增加值, 全产业链产值, 出口). */
const SHARED_MEASURE =
  /全产业链|产业链|产业规模|行业|领域|增加值|产值|产量|投资|进出口|出口|进口|零售额|销售额|营业收入|业务量|吞吐量|播种面积|土地面积|面积/;

/** Where the first shared measure starts in a part, or -1. */
function sharedMeasureAt(part: string): number {
  const m = SHARED_MEASURE.exec(part);
  return m ? m.index : -1;
}

/** A rate of change closing the last part of a list (…增加值增速). */
const RATE_TAIL = /(增速|增幅)$/;
/** A part that ends in a measure of its own (地区生产总值, 固定资产投资, 社会消费品零售总额). */
const OWN_MEASURE = /(总值|增加值|投资|收入|营收|总额|零售额|产值|产量|利润|税收)$/;

/** How a measure ends (建成率, 人均可支配收入, 警情, 增加值). */
const LIST_MEASURE_END = /([率量额值数]|收入|警情|比重|占比|面积|规模)$/;

/** A level and the head after it (部级创新平台). */
const LEVEL_PART = /^([\u4e00-\u9fff]{1,3}级)([\u4e00-\u9fff]{2,})$/;
/** Measures a subject is counted or valued by (营业收入, 利润, 数量, 花费). */
const PART_MEASURE =
  /(营业收入|主营业务收入|收入|营收|利润|利税|税收|数量|人次|花费|产量|产值|销量|销售额|出口额|进口额)$/;

/**
 * Single characters that stand for two words sharing what follows (存、贷款 = 存款, 贷款; 进、出口; 大、中型;
 * 中、小学; 省、市、县级), as ordered pairs of neighbours in such a list. Pairs whose first character often
 * closes a word (初中, 其中, 以上, 国内, 城市) are read only when the list opens with that character.
 */
const CHAR_PAIRS = new Set(['存贷', '进出', '大中', '初高']);
const CHAR_PAIRS_OPENING = new Set(
  '中小 大小 上下 内外 中外 省市 市县 县乡 城乡 国省 水电 产销 公铁 铁水 中高'.split(' '),
);

/**
 * "金融机构本外币存、贷款余额", "大、中、小型企业": one character before each 、 and the first character of
 * the last part are words of their own that share the last part's rest and the first part's words before
 * its character (金融机构本外币存款余额, 金融机构本外币贷款余额), or undefined when the list is not one.
 */
function charPairParts(parts: string[]): string[] | undefined {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (last.length < 2 || parts.slice(1, -1).some((p) => p.length !== 1)) return undefined;
  const chars = [first.slice(-1), ...parts.slice(1, -1), last[0]!];
  const prefix = first.slice(0, -1);
  for (let k = 0; k + 1 < chars.length; k++) {
    const pair = chars[k]! + chars[k + 1]!;
    if (!CHAR_PAIRS.has(pair) && !(CHAR_PAIRS_OPENING.has(pair) && prefix === '')) return undefined;
  }
  const rest = last.slice(1);
  return chars.map((c) => prefix + c + rest);
}

/**
 * "本外币存贷款余额" with two figures: `n` characters written as one compound, each pair of neighbours one
 * of CHAR_PAIRS (CHAR_PAIRS_OPENING only opening the subject; not 城乡, which names 城镇 and 农村), each a
 * word sharing the rest and the words before (本外币存款余额, 本外币贷款余额); undefined when there is none.
 */
function compoundParts(subject: string, n: number): string[] | undefined {
  for (let i = 0; i + n < subject.length; i++) {
    let chained = true;
    for (let k = 0; k + 1 < n && chained; k++) {
      const pair = subject.slice(i + k, i + k + 2);
      chained = pair !== '城乡' && (CHAR_PAIRS.has(pair) || (CHAR_PAIRS_OPENING.has(pair) && i === 0));
    }
    if (!chained) continue;
    const prefix = subject.slice(0, i);
    const rest = subject.slice(i + n);
    return [...subject.slice(i, i + n)].map((c) => prefix + c + rest);
  }
  return undefined;
}

/** The longest a bare modifier (城镇, 食品) and a bare measure (普惠率, 满意率) in a list can be. */
const MODIFIER = 2;
const MEASURE = 3;

/**
 * Pairs the parts of a subject list "A、B和C" with the values by order and lets them share what is
 * written once (gold/README.md: 分别 lists give one item per value):
 * - a shared head: bare modifiers of one length take the head of the last part, whose modifier is read
 *   at the same length (parallel modifiers are written alike: 城镇、农村居民收入 → 城镇居民收入), or up to
 *   等 (食品、医药等产业增加值 → 食品产业增加值);
 * - a shared qualifier: a short measure ending like the first part (入园率和普惠率) takes the first
 *   part's qualifier (适龄儿童入园率 → 适龄儿童普惠率). A longer part names itself (死亡人数).
 */
export function completeParts(parts: string[]): string[] {
  // One part shares nothing (和谐社区分别达到5个: the 和 that made a lone figure a list is inside a word).
  if (parts.length < 2) return parts;
  const abbreviated = charPairParts(parts);
  if (abbreviated) return abbreviated;
  const first = parts[0]!;
  const heads = parts.slice(0, -1);
  const written = parts[parts.length - 1]!;
  const short = heads.every((h) => h.length <= MODIFIER + 1);
  // 等 closes the list only after short modifiers (not in 高等教育).
  const etc = short ? written.indexOf('等') : -1;
  const last = etc > 0 ? written.slice(0, etc) + written.slice(etc + 1) : written;
  const head = last.slice(etc > 0 ? etc : first.length);
  const bareModifiers =
    /^[\u4e00-\u9fff]{2}/.test(head) &&
    heads.every(
      (h) =>
        (etc > 0 ? h.length <= MODIFIER + 1 : h.length === first.length && h.length <= MODIFIER) &&
        !h.endsWith(last.slice(-1)),
    );
  // 人参、食用菌全产业链产值; 高速公路、水利、电网投资: modifiers of any length share the measure that opens
  // the last part after its own modifier (at least two characters), when no earlier part names one itself.
  // 地区生产总值、规上工业增加值增速: parts that each end in a measure share a rate of change written once
  // after the last (地区生产总值增速), not the last part's measure.
  const rate = RATE_TAIL.exec(last);
  if (rate && etc < 0 && heads.every((h) => h.length >= 4 && OWN_MEASURE.test(h)))
    return parts.map((p, k) => (k === parts.length - 1 ? last : p + rate[0]));
  const measureAt = etc > 0 ? -1 : sharedMeasureAt(last);
  // A last modifier with a verb is a phrase of its own (…用地支持民间投资项目比重).
  // A sector ending in 业 is a noun even with a verb inside (软件和信息服务业增加值).
  const lastModifier = last.slice(0, Math.max(0, measureAt));
  const modifier = measureAt >= 2 && (lastModifier.endsWith('业') || !hasVerb(lastModifier));
  if (modifier && heads.every((h) => sharedMeasureAt(h) < 0)) {
    const measure = last.slice(measureAt);
    // …、风力发电机组等绿色产品产量: the class after 等 only sums up the list; the last part is its example.
    const etcAt = lastModifier.indexOf('等');
    const own = etcAt >= 2 ? last.slice(0, etcAt) + measure : last;
    return parts.map((p, k) => (k === parts.length - 1 ? own : p + measure));
  }
  // 美丽河湖、美丽海湾建成率; 刑事治安、涉诈、涉毒警情: modifiers that name no measure share the measure
  // after the last part's modifier, read at the length of the part before it (parallel parts are
  // written alike).
  const at = heads[heads.length - 1]!.length;
  const measure = last.slice(at);
  if (
    !bareModifiers &&
    etc < 0 &&
    measure.length >= 2 &&
    LIST_MEASURE_END.test(measure) &&
    !hasVerb(last.slice(0, at)) &&
    heads.every((h) => !LIST_MEASURE_END.test(h) && !hasVerb(h))
  )
    return parts.map((p, k) => (k === parts.length - 1 ? last : p + measure));
  // 国家级、部级创新平台: levels (…级) share the head the last part writes after its own level.
  const levelHead = LEVEL_PART.exec(last);
  if (levelHead && heads.every((h) => /^[\u4e00-\u9fff]{1,3}级$/.test(h)))
    return parts.map((p, k) => (k === parts.length - 1 ? last : p + levelHead[2]!));
  return parts.map((p, k) => {
    if (bareModifiers) return k === parts.length - 1 ? last : p + head;
    if (k === 0) return p;
    // 营业收入、利润; 游客数量和花费: a bare measure takes the subject the first part writes before its measure.
    const fm = PART_MEASURE.exec(first);
    if (fm && fm.index >= 2 && p.length <= MEASURE && PART_MEASURE.exec(p)?.index === 0)
      return first.slice(0, fm.index) + p;
    // 事故起数、死亡人数: a count of the same subject (…数 after a counted noun) takes the first part's
    // subject, written once before its count word (gold: 生产安全事故死亡人数).
    if (p.length <= MEASURE + 1 && p.endsWith('数') && COUNT_OF.test(first) && first.length >= 4)
      return first.slice(0, -2) + p;
    if (p.length > MEASURE || first.length < p.length + MEASURE) return p;
    return first.endsWith(p.slice(-1)) ? first.slice(0, -p.length) + p : p;
  });
}

/** "城乡居民收入分别增长5%、7%" gives one item per value, all on the clause's span (gold/README.md). */
export function respectivelyDrafts(
  text: string,
  group: readonly Mention[],
  role: Role,
  earlier: Draft[],
): Draft[] {
  const first = group[0]!;
  const before = text.slice(first.clauseStart, first.q.start);
  const at = before.indexOf('分别');
  // 推动制造业、数字经济增加值分别增长…: the verb driving the measures is not part of their names.
  // 以旧换新带动限上新能源汽车、节能家电零售额分别增长…: what drives the measures is not their subject.
  let subject = cleanPre(before.slice(0, at)).replace(DRIVING_VERB, '').replace(DRIVEN_BY, '');
  // 分别提高到每月780元、620元: the period a level is paid for (每月) goes with the verb.
  let verb = cleanPre(before.slice(at + 2).replace(/(从|由).*$/, '')).replace(
    /(达到|达|超过|超|为|是|在|控制在|稳定在|保持在|提高到|提高至|提升到|提升至|增加到|增加至|增至|降至|降到)(每人)?(每[月年季])?$/,
    '',
  );
  // 开发区规上工业增加值、工业投资年均分别增长…: 年均 written once before 分别 is every part's change.
  if (subject.endsWith('年均') && /[、和及与]/.test(subject)) {
    subject = subject.slice(0, -2);
    verb = `年均${verb}`;
  }
  // 较“十三五”时期分别增长4.8%、50%: a subject that is only a comparison base names nothing.
  const base = /[、和及与]/.test(subject) || ONLY_BASE.test(subject) ? COMPARISON_BASE.exec(subject) : null;
  if (base) {
    subject = subject.slice(0, base.index);
    verb = base[0] + verb;
  }
  // "…吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%": the subjects are the list before.
  const previous = subject === '' ? previousList(earlier, group.length) : undefined;
  const levels = previous?.every((d) => d.unitKind !== 'percent' && d.unitKind !== 'points');
  if (previous && levels && GROWTH_ONLY.test(verb) && group.every((m) => m.q.unit === '%')) {
    const shared = group[group.length - 1]!.cmp;
    previous.forEach((d, k) => {
      const own = group[k]!.cmp.comparator;
      setYoy(
        d,
        verb,
        group[k]!.q.value,
        own !== '=' ? own : shared.afterLength > 0 ? shared.comparator : '=',
      );
    });
    return [];
  }
  // 增长6.6%，分别高于全国、全省、全市1.6、1.2、0.8个百分点: the gap of the figure before against each
  // benchmark in turn (gold/README.md: a gap against a benchmark is an item of its own).
  // 增速分别高于全国、全省1.1、0.7个百分点: a subject of its own with no list in it names the gaps too.
  const gap = !previous && !/[、和及与]/.test(subject) ? GAP_LIST.exec(verb) : null;
  const benchmarks = gap ? gap[2]!.split(/[、和及与]/) : [];
  const gapOf = subject !== '' ? subject : earlier.at(-1)?.indicator;
  const gapParts =
    gap && gapOf && benchmarks.length === group.length && benchmarks.every((b) => b.length >= 2)
      ? benchmarks.map((b) => `${gapOf}${gap[1]}${b}`)
      : undefined;
  if (subject === '' && !previous) subject = previousClause(text, first);
  // 分别从209元、280元提高到217元、290元: the first half are the starting points.
  const turn = group.findIndex((m, k) => k > 0 && CHANGE_TO.test(text.slice(group[k - 1]!.tail, m.q.start)));
  // 将A、B分别从50%、75%提高至100%: the starting points of each part and one end they all reach.
  const oneEnd = turn >= 2 && turn === group.length - 1;
  const baselines = turn > 0 && (turn * 2 === group.length || oneEnd) ? group.slice(0, turn) : [];
  // 提高企业研发费用加计扣除比例，将A、B分别从…: parts put first with 将/把 that name no measure are
  // the measure's parts, the measure named by the change in the clause before.
  const measure = /^[将把]/.test(before) && !MEASURE_END.test(subject) ? changedMeasure(text, first) : '';
  if (measure !== '') subject = subject.replace(/^[将把]/, '');
  let split = splitList(subject);
  // 全国和自由贸易试验区负面清单条数: a scope opening a list is its first part, not the report's scope.
  const scoped = scopePart(before.slice(0, at), split);
  if (scoped) split = scoped;
  // 金融业、软件和信息服务业增加值分别增长…: when 和 inside a part makes one part too many, 、 alone splits.
  if (group.length > 1 && split.length > group.length) {
    const byComma = subject.split('、');
    if (byComma.length === group.length && byComma.every((p) => p.length > 0)) split = byComma;
  }
  // 培育规上企业、精深加工项目分别达到200个以上: one figure said of each of several subjects gives one
  // item per subject (gold/README.md: one clause with two indicators and one number gives two items).
  const values =
    baselines.length > 0
      ? group.slice(turn)
      : group.length === 1 && split.length > 1 && !previous
        ? split.map(() => first)
        : group;
  let parts = split.length === values.length ? completeParts(split) : values.map(() => subject);
  // 新建学校、医院分别达到12所、5家: the verb opening a list of things counted or valued is each part's
  // when a part has no verb of its own (as in 改造道路80条、桥梁15座).
  if (split.length === values.length && values.every((v) => OBJECT_KINDS.has(v.q.kind)))
    parts = shareOpeningVerb(parts);
  // 城乡居民收入分别达6.9万元、3.4万元: 城乡 names the urban figure and the rural one, in that order.
  if (split.length === 1 && values.length === 2 && subject.startsWith('城乡') && subject.length > 2)
    parts = [`城镇${subject.slice(2)}`, `农村${subject.slice(2)}`];
  // 本外币存贷款余额分别达…: characters written as one compound (存贷款 = 存款、贷款) name a figure each.
  else if (split.length === 1 && values.length >= 2 && !previous)
    parts = compoundParts(subject, values.length) ?? parts;
  if (previous && previous.length === values.length)
    // 分别新增12项和44项，累计分别达到64项和288项: running totals of the things just added.
    parts = previous.map((d) =>
      /累计/.test(before.slice(0, at)) ? cumulativeName(d.indicator) : d.indicator,
    );
  if (gapParts) {
    parts = gapParts;
    verb = '';
  }
  // 将A、B分别从X、Y提高至Z: each starting point is its part's, the one end the list's.
  const baselineParts =
    baselines.length === values.length || !oneEnd
      ? [...parts]
      : split.length === baselines.length
        ? completeParts(split)
        : baselines.map(() => subject);
  if (measure !== '') {
    // 制造业企业 + 企业研发费用…: the owner the measure opens with is the part's own last word.
    const own = (p: string) => (p.endsWith(measure.slice(0, 2)) ? p + measure.slice(2) : p + measure);
    parts = parts.map(own);
    for (let k = 0; k < baselineParts.length; k++) baselineParts[k] = own(baselineParts[k]!);
  }
  const last = values[values.length - 1]!;
  // "分别增长4.5%、5.5%左右": a comparator word after the last figure applies to the whole list.
  const trailing = last.cmp.afterLength > 0 ? last.cmp.comparator : undefined;
  const modality = readModality(wordsBefore(text, first));
  const out: Draft[] = [];
  for (let j = 0; j < baselines.length + values.length; j++) {
    const isBaseline = j < baselines.length;
    const m = isBaseline ? baselines[j]! : values[j - baselines.length]!;
    const k = isBaseline ? j : j - baselines.length;
    // 左右 wins over 达到 (gold/README.md), also when written once after the list.
    const own =
      trailing === '~'
        ? '~'
        : m.cmp.comparator !== '='
          ? m.cmp.comparator
          : (trailing ?? first.cmp.comparator);
    const kindInfo = readKind(text, m, role);
    const d: Draft = {
      kind: isBaseline ? 'actual' : kindInfo.kind,
      start: first.clauseStart,
      end: last.tail,
      indicator: (isBaseline ? baselineParts[k]! : parts[k]!) + verb,
      comparator: isBaseline ? '=' : own,
      value: m.q.value,
      // 10.6万、3.8万、3.3万平方公里: a bare magnitude takes the unit of the last figure.
      unit: /^[万亿]+$/.test(m.q.unit) ? m.q.unit + last.q.unit.replace(/^[万亿]+/, '') : m.q.unit,
      unitKind: m.q.kind,
      modality,
      sentenceIndex: m.sentenceIndex,
    };
    if (isBaseline) d.optional = true;
    if (kindInfo.estimate) d.estimate = true;
    if (m.para.period !== undefined) d.period = m.para.period;
    out.push(d);
  }
  return out;
}

/** A gap verb before a list of benchmarks (高于全国、全省、全市). */
const GAP_LIST =
  /^(高于|低于|快于|慢于|高出|超过|超出|优于)([\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8})+)$/;

/**
 * "分别达6.9万元、3.4万元，增长4.2%、5.3%": a clause that is only a list of growth rates, after as many
 * levels in the same sentence, gives each level the rate at its position (gold/README.md `yoy_pct`).
 * Returns how many mentions were used (0 when the clause is not such a list).
 */
export function pairGrowthList(text: string, mentions: Mention[], i: number, earlier: Draft[]): number {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  if (m.q.unit !== '%' || (prev && prev.clauseStart === m.clauseStart && prev.sentStart === m.sentStart))
    return 0;
  const group = [m];
  for (let k = i + 1; k < mentions.length; k++) {
    const n = mentions[k]!;
    if (n.clauseStart !== m.clauseStart || n.sentStart !== m.sentStart) break;
    if (text.slice(group[group.length - 1]!.tail, n.q.start) !== '、') return 0;
    group.push(n);
  }
  if (group.length < 2 || group.some((g) => g.q.unit !== '%')) return 0;
  const clausePre = text.slice(m.clauseStart, m.q.start);
  // Cleaning only trims the ends, so a clause without a growth verb cannot be one.
  if (!GROWTH_VERB.test(clausePre)) return 0;
  const verb = cleanPre(clausePre);
  if (!GROWTH_ONLY.test(verb)) return 0;
  const levels = previousList(earlier, group.length);
  const fits = levels?.every(
    (d) => d.unitKind !== 'percent' && d.unitKind !== 'points' && d.yoy_pct === undefined,
  );
  if (!levels || !fits) return 0;
  levels.forEach((d, k) => {
    setYoy(d, verb, group[k]!.q.value, group[k]!.cmp.comparator);
  });
  return group.length;
}

/** The last `n` figures of the sentence, which a 分别 list without a subject of its own refers to. */
function previousList(earlier: Draft[], n: number): Draft[] | undefined {
  // Read back from the end, n at most (filtering every earlier figure was quadratic in a long sentence).
  const list: Draft[] = [];
  for (let k = earlier.length - 1; k >= 0 && list.length < n; k--)
    if (!earlier[k]!.optional) list.push(earlier[k]!);
  return list.length === n ? list.reverse() : undefined;
}

/** The clause before a figure's clause in the same sentence, cleaned (万亿产业、先进制造业集群从无到有). */
/** A scope written as the first part of a list of places (全国和自贸试验区…, 全省、高新区…). */
const SCOPE_PART = /^(全国|全省|全市|全区|全县)(?:和|与|及|、)/;
/** A place (自由贸易试验区, 高新区, 开发区, 产业园) opening the part after the scope. */
const PLACE = /^[^、和与及]{1,10}?[区市县省园港镇]/;

/**
 * 全国和自由贸易试验区负面清单条数分别…: cleaning drops a scope as the report's own, but opening a list
 * it is a part, measured by what follows the place it is paired with (全国负面清单条数). The parts, or
 * undefined when the list does not open so.
 */
function scopePart(raw: string, split: string[]): string[] | undefined {
  const scope = SCOPE_PART.exec(raw);
  if (!scope || split.length !== 1 || split[0]!.startsWith(scope[1]!)) return undefined;
  const place = PLACE.exec(split[0]!);
  if (!place || split[0]!.length - place[0].length < 2) return undefined;
  return [scope[1]! + split[0]!.slice(place[0].length), split[0]!];
}

/** A change of a measure closing a clause (提高企业研发费用加计扣除比例): group 1 is the measure's name. */
const CHANGE_OF_MEASURE =
  /(?:提高|提升|降低|下调|上调|调高|调低|扩大|缩小)([^，、；：]{2,16}[值额量比率例准费价度点线])$/;

/** The measure the clause before `m`'s changes (…提高…比例，将…), its owner word (企业) dropped, or ''. */
function changedMeasure(text: string, m: Mention): string {
  const head = text.slice(m.sentStart, Math.max(m.sentStart, m.clauseStart - 1));
  const at = Math.max(head.lastIndexOf('，'), head.lastIndexOf('：'), head.lastIndexOf('；'));
  const hit = CHANGE_OF_MEASURE.exec(cleanPre(head.slice(at + 1)));
  return hit ? hit[1]! : '';
}

function previousClause(text: string, m: Mention): string {
  const head = text.slice(m.sentStart, Math.max(m.sentStart, m.clauseStart - 1));
  const at = Math.max(head.lastIndexOf('，'), head.lastIndexOf('：'));
  return cleanPre(head.slice(at + 1)).replace(/(从无到有|实现|达到|达)$/, '');
}

/** A satisfaction or handling rate alone after the counts of the clause before, with or without 均/都/全部. */
const SHARED_RATE_ALONE =
  /^(满意率|满意度|办结率|解决率|办复率|答复率|见面率|按时办结率)(均|都|全部)?(达到|达|为|是)?$/;

/** The words that share one figure among a list of subjects (均, 都, 全部, 双双), in one test. */
const SHARING_WORD = /均|都|全部|双双/;

/**
 * "A、B全部达到100%" gives one item per indicator with the same span (gold/README.md); other drafts
 * pass through unchanged.
 */
export function splitShared(text: string, m: Mention, draft: Draft, earlier: Draft[] = []): Draft[] {
  const pre = text.slice(m.preStart, m.q.start);
  // 智能工厂2家、5G工厂301家，均居全国第一: a rank with no subject is shared by the figures of the clause before;
  // so is a satisfaction rate with 均 (办结建议608件、提案684件，满意率均100%: one rate per count).
  const rateAlone =
    draft.unitKind === 'percent' ? SHARED_RATE_ALONE.exec(text.slice(m.clauseStart, m.q.start)) : null;
  const clausePre = draft.unitKind === 'rank' ? cleanPre(text.slice(m.clauseStart, m.q.start)) : '';
  if ((draft.unitKind === 'rank' && /^(均|都|全部)/.test(clausePre)) || rateAlone) {
    const head = text.slice(m.sentStart, Math.max(m.sentStart, m.clauseStart - 1));
    const from = m.sentStart + Math.max(head.lastIndexOf('，'), head.lastIndexOf('：')) + 1;
    const parts = earlier.filter(
      (d) =>
        d.start >= from && !d.optional && d.unitKind !== 'rank' && (!rateAlone || d.unitKind === 'count'),
    );
    // 办理建议396件、提案876件，满意率100%: without 均 the rate is one, of all the counts together.
    if (parts.length >= 2 && rateAlone && rateAlone[2] === undefined)
      return [
        {
          ...draft,
          indicator: parts.map((p) => p.indicator).join('、') + rateAlone[1],
          start: parts[0]!.start,
        },
      ];
    if (parts.length >= 2)
      return parts.map((p) => ({
        ...draft,
        indicator: rateAlone ? p.indicator + rateAlone[1] : `${p.indicator}${draft.indicator}`,
        start: p.start,
      }));
  }
  // A、B增长5%, A、B中各有20家: without 均 a rate, a change or a rank is each subject's (each.ts).
  if (!SHARING_WORD.test(pre)) return splitEach(pre, m, draft);
  // 存、贷款余额双双突破6万亿元: 双双 (both) shares the figure like 均.
  const shared =
    /(全部|(?<![年平人])均|都|双双)(达到|达|为|实现|保持|超过|突破|超|在|(稳|位|跃)?居[^，、]{0,6}|(位|名)?列[^，、]{0,6}|排名[^，、]{0,6}|(全国|全省|全市|全球|世界)|(同比|年均)?(增长|下降|提高|提升|降低|减少|增加))?$/.exec(
      pre,
    );
  if (!shared) return splitEach(pre, m, draft);
  const subject = cleanPre(pre.slice(0, shared.index));
  const parts = splitList(subject);
  if (parts.length < 2) return [draft];
  // A、B均增长3倍: the change is each part's measure (gold/README.md: 地区生产总值增长).
  // A、B均保持10%以上增长: a change written after the figure is each part's too.
  const after =
    shared[7] === undefined ? /^(增长|下降)(?=[，。；]|$)/.exec(text.slice(m.tail, m.clauseEnd)) : null;
  const change = shared[7] !== undefined ? shared[2]! : (after?.[0] ?? '');
  return completeParts(parts).map((p) => ({ ...draft, indicator: p + change, start: m.clauseStart }));
}

/** A conjunction closing the words between two figures: the figures are coordinated (N个A和M个B). */
const COORDINATED = /(以及|(?<![普涉波危惠顾触遍企])及|和|与|、)$/;
/** The same, then examples of the next figure's noun (22轮强降水和“某某”等15个台风). */
const COORDINATED_EXAMPLES = /(以及|(?<![普涉波危惠顾触遍企])及|和|与)[^，。；、和与及等]{1,10}等$/;

/**
 * "培育100家以上特色企业和100个大模型": a noun that runs into the next figure is shared with it only when
 * nothing joins them; after a conjunction the noun ends the first figure's words and the next figure
 * names its own (not a threshold of the next count, not its subject).
 */
export function splitCoordinated(text: string, mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const n = mentions[i + 1]!;
    if (n.clauseStart !== m.clauseStart || n.sentStart !== m.sentStart || m.postEnd < n.q.start) continue;
    if (n.preStart !== m.tail || n.headStart <= m.tail) continue;
    const between = text.slice(m.tail, n.headStart);
    const j = COORDINATED.exec(between) ?? (n.postEnd > n.tail ? COORDINATED_EXAMPLES.exec(between) : null);
    if (!j || j.index === 0) continue;
    m.postEnd = m.tail + j.index;
    n.preStart = n.headStart;
  }
}

/** A predicate said of counted things (入选…, 获评…, 被命名为…). */
const COUNT_PREDICATE = /(入选|获评|获批|被命名|被评为|被认定|通过|纳入|列入|荣获|获得|成为)/;

/**
 * "10所学校、12个专业群入选…": a predicate written once after the last of a list of counts belongs to
 * every count of the list (gold/README.md: two indicators, one statement each).
 */
export function sharePredicate(text: string, m: Mention, draft: Draft, earlier: Draft[]): void {
  const at = draft.indicator.search(COUNT_PREDICATE);
  if (at <= 0) return;
  const predicate = draft.indicator.slice(at);
  let from = m.headStart;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const d = earlier[k]!;
    if (!d.leadCount || d.unitKind !== 'count' || d.start < m.clauseStart) break;
    if (!/^[、和及与]$/.test(text.slice(d.end, from)) || COUNT_PREDICATE.test(d.indicator)) break;
    d.indicator += predicate;
    from = d.start;
  }
}

/** A level written before the counted noun: 国家级, 省级, 世界级, 区域级 (and the noun after it). */
const LEVEL_HEAD = /([\u4e00-\u9fff]{1,3}级)([\u4e00-\u9fff“”]{2,})$/;

/**
 * "培育6个世界级、7个国家级、9个区域级产业集群": counts whose noun is only a level share the head noun
 * that the last count of the list writes once after its own level.
 */
export function shareLevelHead(text: string, m: Mention, draft: Draft, earlier: Draft[]): void {
  if (!draft.indicator.includes('级')) return;
  const level = LEVEL_HEAD.exec(draft.indicator);
  if (!level) return;
  const head = level[2]!;
  let from = m.headStart;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const d = earlier[k]!;
    if (!d.leadCount || d.unitKind !== 'count' || d.start < m.clauseStart) break;
    if (!/^[、和及与]$/.test(text.slice(d.end, from)) || !/[\u4e00-\u9fff]级$/.test(d.indicator)) break;
    d.indicator += head;
    from = d.start;
  }
}

/**
 * "道路80条、桥梁15座", "议案5项、建议877件": a two-character noun after 、 that is neither a measure
 * nor a change names a thing parallel to the last noun of the figure before, which is as long.
 */
export function isParallelNoun(text: string, m: Mention, word: string, previous: string): boolean {
  if (word.length !== 2 || text[m.preStart - 1] !== '、') return false;
  if (MEASURE_END.test(word) || CHANGE_START.test(word) || hasVerb(word)) return false;
  const noun = previous.slice(-2);
  return previous.length >= 4 && /^[\u4e00-\u9fff]{2}$/.test(noun) && !MEASURE_END.test(noun);
}

/** Kinds of figure that name a thing done or counted, not a rate. */
const OBJECT_KINDS = new Set(['count', 'measure', 'money', 'times']);

/**
 * The verb opening the list a figure's words continue after 、 (改造老旧小区682个、老旧管网7912公里 → 改造),
 * or '' when the words have a verb, a change or a measure of their own.
 */
/** Stages of a work that open a part as its verb (竣工项目, 完工道路, 投产企业). */
const STAGE_START = /^(竣工|完工|投产|投用|开工|续建|建成)/;

export function listVerb(text: string, m: Mention, words: string, previous: Draft): string {
  // 新增经营主体5600户，其中企业1380户: a subset after 其中 is done by the verb of the count before it.
  const subset =
    text.startsWith('其中', m.clauseStart) &&
    m.preStart <= m.clauseStart + 2 &&
    previous.sentenceIndex === m.sentenceIndex;
  if (!subset && (text[m.preStart - 1] !== '、' || previous.start < m.clauseStart)) return '';
  if (words.length < 2) return '';
  if (!OBJECT_KINDS.has(m.q.kind) || !OBJECT_KINDS.has(previous.unitKind)) return '';
  if (verbPrefix(words) !== '' || SUBJECTLESS.test(words) || CHANGE_START.test(words)) return '';
  // 新开工项目143个、竣工项目96个: a part opening with a stage of its own has its own verb.
  if (STAGE_START.test(words)) return '';
  // 改造小区214个、惠及居民3.8万户: a benefit or an effect of the list is no thing the verb acts on.
  if (/^(惠及|带动|拉动)/.test(words)) return '';
  // 线路7条、通车里程400公里: a measure of what was just counted, not a thing of its own.
  if (/(里程|规模|总量|产值|营收|收入|比重|占比)$/.test(words)) return '';
  const verb = verbPrefix(previous.indicator);
  return verb.length < previous.indicator.length ? verb : '';
}

/** The parts of a list after the first take the verb the first opens with, unless they have a verb of their own. */
function shareOpeningVerb(parts: string[]): string[] {
  const verb = verbPrefix(parts[0]!);
  if (verb === '' || verb.length === parts[0]!.length) return parts;
  return parts.map((p, k) =>
    k === 0 || verbPrefix(p) !== '' || hasVerb(p) || SUBJECTLESS.test(p) || CHANGE_START.test(p)
      ? p
      : verb + p,
  );
}

/** Two-character measures that name the same subject's figures side by side (产量…、投资…). */
const PAIRED_MEASURE = /^(产量|产值|投资|营收|收入|利润|税收|销量|出口|进口|规模|总量)$/;

/** "X产量…、投资…": a measure after a figure named by another measure of the same subject. */
export function isParallelMeasure(word: string, previous: string): boolean {
  return PAIRED_MEASURE.test(word) && previous.length > 2 && PAIRED_MEASURE.test(previous.slice(-2));
}
