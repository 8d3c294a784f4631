// Turns the mentions of one paragraph into statement drafts: skips what is not a statement, names the
// indicator, attaches ratio_to_plan and yoy_pct, and splits 分别 lists, ranges and shared values.
// Every rule cites gold/README.md, whose rules these are.

import { readModality } from './comparators';
import type { Paragraph, Role } from './context';
import { type Draft, readKind, wordsBefore } from './draft';
import {
  clauseSubject,
  clauseTopic,
  cleanPost,
  cleanPre,
  cumulativeName,
  dropExamples,
  dropLeadingVerb,
  hasVerb,
  isBareHead,
  isBareMeasure,
  isOwnClauseThing,
  leadingSubject,
  leadingVerb,
  levelAfterChange,
  MEASURE_END,
  measureOfUnit,
  rankIndicator,
  resolveBareHead,
  SUBJECTLESS,
  topicBefore,
  verbPrefix,
} from './indicator';
import {
  isParallelMeasure,
  isParallelNoun,
  listVerb,
  pairGrowthList,
  respectivelyDrafts,
  respectivelyGroup,
  shareLevelHead,
  sharePredicate,
  splitCoordinated,
  splitShared,
} from './lists';
import type { Mention } from './mentions';
import { sentenceStarts } from './mentions';
import {
  baselineDraft,
  CIRCUMSTANCE,
  COMPLETION_RATE,
  definesCoveredClass,
  definesPickedClass,
  definesRecipients,
  GROWTH_ONLY,
  headsThreshold,
  isAppositionCount,
  isBaseline,
  isCircumstance,
  isEnumerationHeader,
  isLeaderVisit,
  isThreshold,
  RATIO_TO_PLAN,
  setYoy,
  streakBefore,
} from './rules';

const LIGHT_VERB = /^(实现|完成)/;
/** A list of instances closed by 共 before a total count (甲电厂、乙电厂共). */
const TOTAL_OF_LIST = /、[^、，]{2,}共$/;

/** Words ending in a preposition of the beneficiary (以长协价为, 为, 向, 给; not 成为, 评为). */
const BENEFICIARY = /(^|[\u4e00-\u9fff])(?<![成作认列评更])[为向给]$/;

/**
 * A name that is only a benefit (惠及家庭, 受益, 纳税人受益), a sum (合计), a conversion (折合人民币) or the
 * satisfaction with a service (满意率): it says who or how much, not of what.
 */
const BENEFIT_ONLY =
  /^((每年|年均|累计)?惠及[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{0,4}受益|合计|共计|总计|折合[\u4e00-\u9fff]{0,4}|满意率|满意度|办结率|解决率|办复率|答复率)$/;
/** The longest name BENEFIT_ONLY matches (每年惠及 and four characters): a longer one is not benefit only. */
const BENEFIT_ONLY_LENGTH = 8;

/** An effect a figure names (带动消费, 拉动投资), not a thing done. */
const EFFECT = /带动|拉动/;

/** The clause right before a figure's clause in its sentence, cleaned ('' when it holds a figure). */
function clauseBefore(text: string, m: Mention, prev: Mention | undefined): string {
  const head = text.slice(m.sentStart, Math.max(m.sentStart, m.clauseStart - 1));
  const at = Math.max(head.lastIndexOf('，'), head.lastIndexOf('：'), head.lastIndexOf('；'));
  const clause = head.slice(at + 1);
  // A clause with a figure of its own (not a name with digits like 12345热线) names that figure.
  const figure = prev !== undefined && prev.q.start >= m.sentStart + at + 1;
  return figure || clause.length > 30 ? '' : cleanPre(clause);
}

/** A rank's words that are only its verb (列第86位, 居第3位). */
const RANK_VERB_ONLY = /^(列|居|位列|位居|名列|排名|排)?$/;
/** Verbs of entering a list that a rank after them is in (入选, 跻身). */
const ENTERED = /^(入选|进入|跻身|荣登|登上|入围|上榜)/;
/** Words of a running total alone before a figure (累计达到, 累计达). */
const TOTAL_SO_FAR = /^累计(达到|达|增至|增加到)?$/;
/** Words of a level reached alone before a figure (达到, 增至). */
const REACHED = /^(达到|达|增至|增加到|提高到|提升至)$/;

/** Two units of one kind of thing (万亩 and 亩, 个 and 个). */
function sameBaseUnit(a: string, b: string): boolean {
  return a.slice(magnitudeLength(a)) === b.slice(magnitudeLength(b));
}
/** How many 万/亿 open a unit. */
function magnitudeLength(unit: string): number {
  let k = 0;
  while (unit[k] === '万' || unit[k] === '亿') k++;
  return k;
}
/** A verb of taking part or benefiting that follows a head count (2万余人次参与). */
const PARTAKING = /^(参与|参加|受益|获益|观看|参观)$/;
/** A rank whose words name only a scope or a bare measure (全国排名, 数量全国排名). */
const SCOPE_ONLY_RANK =
  /^(数量|规模|总量|增量|总数|增幅|增速|降幅|涨幅)?(全国|全省|全市|全区|全球|世界|各省区|各省份|中部地区|西部地区|东部地区)?排名$/;
/** The scope and 排名 closing a rank's name (营商环境评价全省排名 → 营商环境评价). */
const RANKING_TAIL = /(全国|全省|全市|全区|全球|世界|各省区|各省份|中部地区|西部地区|东部地区)?排名$/;
/** Words of a share of a scope's total with no measure of their own (稳定在全国, 约占全省总量 without 占). */
const SHARE_OF_SCOPE = /^(稳定在|保持在|保持|稳居|达到|达)?(全国|全省|全市|全区|全球|世界)(总量|总额)?$/;
const SHARE_VERB = /^(稳定在|保持在|保持|稳居|达到|达)/;
/** 按 before the change of a figure that 安排 closes (地区生产总值按增长5%安排). */
const ARRANGED = /(拟按|按)(?=(年均)?(增长|下降)$)/;
/** A stage of building or opening things (在建, 建成, 开工): said after 、 of the things counted before. */
const STAGE =
  /^(在建|新建|续建|开工|新开工|建成|完工|竣工|投用|投运|开通|通车|投产|竣工投产|建成投产|建成投用|竣工投用)$/;
/** The measure of `previous` for a bare group written like the group it opens with (农村居民 after 城镇居民…). */
function parallelGroup(name: string, previous: Draft): string {
  const n = name.length;
  if (n < 2 || n > 4 || previous.indicator.length < n + 2 || hasVerb(name)) return name;
  const group = previous.indicator.slice(0, n);
  if (group === name || group.slice(-2) !== name.slice(-2) || hasVerb(group)) return name;
  return name + previous.indicator.slice(n);
}
/** A verb of completion alone before a figure (确保完成13.4亿元). */
const BARE_DONE = /^(完成|实现)$/;
/** A change closing a name (…产量增长), which a share of the level does not keep. */
const TRAILING_CHANGE = /(年均)?(同比)?(增长|下降|增加|减少|提高|降低)$/;
/** The change closing a growth's name, before a level of the same subject (止跌提升3.5%、达到20.6厘米). */
const LEVEL_CHANGE = /(止跌|稳步|持续)?(年均)?(同比)?(增长|下降|增加|减少|提高|降低|提升|上升)$/;
/** An opening clause that reports a project or a firm done (吉化乙烯项目投产): the name is the topic after it. */
const DONE_TOPIC =
  /^([\u4e00-\u9fff“”]{2,12}?(项目|工程|基地|园区|工厂|企业|公司))(建成)?(投产|投用|竣工|开工|落地|运营|建成)[，；：]$/;
/** A measure helped to its figure by a named subject (实验室助力页岩油年产量): the measure after 助力. */
const HELPED = /^[^，、]{2,}?助力([^，、]{3,}[值额量率数入资模积])$/;
/** Medal units (9金、5银、6铜), one character each. */
const MEDAL = /^[金银铜]$/;
/** A gap against a benchmark opening a clause (高于全国, 超过全国平均水平, 超计划). */
/** A multiple against a base (是十年前的, 相当于全国平均的), said of the level before it. */
const MULTIPLE_OF = /^(是|为|相当于|达到)[^，、]{1,10}的?$/;
const GAP = /^(高于|低于|快于|慢于|超出|高出|超过|超|多于|领先|优于)/;
const BENCHMARK = /全国|全省|全市|平均|计划|目标|预期/;
/** A verb of adding that opens the name of an increment (新增运营里程). */
const ADDED = /^(新增|新建|新开通|新开工|增加|新认定|新培育|新设立)(?=[\u4e00-\u9fff]{2})/;
/** A measure ending a subject's name (粮食播种面积, 新能源汽车产量): a second measure of the subject replaces it. */
const SUBJECT_MEASURE =
  /(播种面积|种植面积|总面积|面积|总里程|总产量|产量|总产值|产值|营业收入|营收|销售额|销量|规模|里程|总投资)$/;
interface SentenceState {
  subject?: string;
  /** The words before the last leading count (累计创建42个示范村、22个示范片区 → 累计创建), and its clause. */
  countLead?: string;
  countLeadClause?: number;
  /**
   * The words of the clauses that may name the sentence's subject, latest last; the last explicit subject
   * (规模以上工业企业达7.6万家 → 规模以上工业企业) is read from them only when a clause needs it.
   */
  subjectClauses: string[];
  /** How many of subjectClauses lastSubject has read, and the subject they give. */
  subjectsRead: number;
  lastSubject?: string;
  drafts: Draft[];
}

/** A new sentence's state, every field present so all states share one shape (see Draft). */
function newSentenceState(): SentenceState {
  return {
    subject: undefined,
    countLead: undefined,
    countLeadClause: undefined,
    subjectClauses: [],
    subjectsRead: 0,
    lastSubject: undefined,
    drafts: [],
  };
}

/** The sentence starts of a paragraph, found on first use. */
class LazyStarts {
  private starts: number[] | undefined;
  private readonly text: string;
  private readonly para: Paragraph;
  constructor(text: string, para: Paragraph) {
    this.text = text;
    this.para = para;
  }
  get(): number[] {
    this.starts ??= sentenceStarts(this.text, this.para);
    return this.starts;
  }
}

/** 实现 before the name of a measure. */
const ACHIEVE_MEASURE = /^实现(?=[^，、]{2,}([率额值量益入润]|增长)$)/;

/**
 * Longest indicator, in characters (the corpus's longest has 45). Only damaged text (figures strung
 * together without a full stop) builds longer ones, each figure's name from the one before; cut to its
 * last characters (where the measure is), the names a run of figures passes on stay bounded.
 */
export const MAX_NAME = 120;

/** Adds a finished draft to the sentence and the output, its name cut to MAX_NAME. */
function keep(d: Draft, state: SentenceState, out: Draft[]): void {
  if (d.indicator.length > MAX_NAME) d.indicator = d.indicator.slice(-MAX_NAME);
  state.drafts.push(d);
  out.push(d);
}

/** Builds drafts for the mentions of one paragraph. */
export function buildDrafts(text: string, mentions: Mention[], role: Role): Draft[] {
  const out: Draft[] = [];
  if (mentions.length === 0) return out;
  splitCoordinated(text, mentions);
  const para = mentions[0]!.para;
  // The sentence starts are needed only to look back for a subject, which few figures do.
  const starts = new LazyStarts(text, para);
  // Mentions come in text order, so the sentences do too: only the current one's state is kept.
  let state = newSentenceState();
  let stateIndex = -1;
  let lowerBound: Draft | undefined;
  let carriedStart: number | undefined;
  let baseline: Draft | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // The words of a skipped threshold belong to the figure after it (培育年经营收入超100万元的示范村2个以上).
    if (carriedStart !== undefined) {
      m.preStart = carriedStart;
      carriedStart = undefined;
    }
    if (m.sentenceIndex !== stateIndex) {
      state = newSentenceState();
      stateIndex = m.sentenceIndex;
    }
    const paired = pairGrowthList(text, mentions, i, state.drafts);
    if (paired > 0) {
      i += paired - 1;
      continue;
    }
    const group = respectivelyGroup(text, mentions, i);
    // A lone figure after 分别 is a list only when a list of subjects stands before it.
    if (
      group.length >= 2 ||
      (group.length === 1 && /[、和及与]/.test(text.slice(m.clauseStart, m.q.start)))
    ) {
      const drafts = respectivelyDrafts(text, group, role, state.drafts);
      for (const d of drafts) {
        keep(d, state, out);
      }
      i += group.length - 1;
      continue;
    }
    const next = mentions[i + 1];
    // (Read without a -1 index: arr[-1] is a generic property lookup in V8, several times slower.)
    const prevMention = i > 0 ? mentions[i - 1] : undefined;
    const prevDraft = state.drafts.at(-1);
    // 外贸进出口在对美贸易下降超3成的情况下增长12%: the circumstance has its own subject after 在, and
    // the figure after it takes the clause's subject.
    if (prevMention && isCircumstance(text, prevMention) && prevMention.clauseStart === m.clauseStart)
      m.preStart = m.clauseStart;
    let pre = text.slice(m.preStart, m.headStart);
    if (pre.includes('在')) pre = pre.replace(CIRCUMSTANCE, '');
    if (isCircumstance(text, m)) {
      pre = pre.slice(pre.lastIndexOf('在') + 1);
      m.postEnd = m.tail;
    }
    // 新建主题公园、健身园等1100余处: with no noun after the count, the list is what is counted.
    const listCounted =
      pre.endsWith('等') && m.q.kind === 'count' && cleanPost(text.slice(m.tail, m.postEnd)) === '';
    // 启动甲电厂、完成乙电厂共6台机组替代: 共 closes a list of instances like 等 (gold: 完成…等7条道路建设).
    // Without a noun after the count the list is what is counted (线路A、线路B共220条) and stays.
    // (TOTAL_OF_LIST ends in 共: words that do not cannot match it.)
    const listed =
      pre.endsWith('共') && TOTAL_OF_LIST.test(pre) && cleanPost(text.slice(m.tail, m.postEnd)) !== ''
        ? `${pre.slice(0, -1)}等`
        : pre;
    const cleanedPre = cleanPre(listCounted ? pre.slice(0, -1) : dropExamples(listed));

    const heads = headsThreshold(text, m, next);
    if (!heads && isThreshold(m, prevMention, next, text)) {
      carriedStart = m.preStart;
      continue;
    }
    if (
      isAppositionCount(text, m) ||
      isEnumerationHeader(text, m) ||
      definesPickedClass(text, m) ||
      definesRecipients(text, m) ||
      definesCoveredClass(text, m) ||
      isLeaderVisit(text, m)
    )
      continue;
    if (isBaseline(text, m, next)) {
      const d = baselineDraft(text, m);
      baseline = d;
      keep(d, state, out);
      // 贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%: the subject of a change is the sentence's subject.
      if (opensSegment(text, m))
        state.subjectClauses.push(cleanedPre.replace(/(从|由)((19|20)\d\d年(底|末)?)?的?$/, ''));
      continue;
    }

    if (prevDraft && attachToPrevious(text, m, cleanedPre, prevDraft)) continue;

    const draft = newDraft(text, m, role, pre);
    draft.indicator = nameIndicator(text, m, next, cleanedPre, state, prevDraft, draft, starts, prevMention);
    // 入选全国综合实力百强市，列第86位: a rank with no name of its own ranks in the list the clause before
    // entered.
    if (draft.unit === '名' && RANK_VERB_ONLY.test(draft.indicator) && m.clauseStart > m.sentStart) {
      const listed = clauseBefore(text, m, prevMention).replace(ENTERED, '');
      if (listed.length >= 2 && !hasVerb(listed)) draft.indicator = `${listed}排名`;
    }
    // 城镇居民人均可支配收入4.62万元，农村居民2.38万元: a group written like the one the figure before opens
    // with (same length, same head) takes that figure's measure.
    if (prevDraft && opensSegment(text, m) && prevDraft.sentenceIndex === m.sentenceIndex)
      draft.indicator = parallelGroup(draft.indicator, prevDraft);
    // 改造老旧小区16.7万个，惠及2900多万家庭; …发放价格补贴，约6700万人受益: who benefits from what the
    // clause before did (资助残疾人大学生…，合计6300名; 实际使用外资160.6亿美元、折合1148亿元人民币).
    const antecedent = prevDraft !== undefined && !prevDraft.optional;
    if (
      draft.indicator.length <= BENEFIT_ONLY_LENGTH &&
      BENEFIT_ONLY.test(draft.indicator) &&
      (antecedent || m.clauseStart > m.sentStart)
    ) {
      let before = antecedent ? prevDraft.indicator : clauseBefore(text, m, prevMention);
      // 以旧换新，带动消费791亿元，惠及消费者…: a figure before that names an effect (带动/拉动) did not benefit
      // anyone; its cause did: the words before 带动, else the clause before the figure's own.
      const effect =
        antecedent && prevMention && /惠及|受益/.test(draft.indicator) ? EFFECT.exec(before) : null;
      if (effect && prevMention) {
        const cause =
          effect.index >= 2
            ? before.slice(0, effect.index)
            : clauseBefore(text, prevMention, mentions[i - 2]);
        if (cause.length >= 2) before = cause;
      }
      if (before.length >= 2 && !BENEFIT_ONLY.test(before) && !/惠及|受益/.test(before))
        draft.indicator = before + draft.indicator;
    }
    // 以长协价为24个省份保供电煤20亿吨: the count of the beneficiaries only describes the figure after it,
    // whose name keeps the words before them with 为 (gold: 为服务包企业…提供服务).
    if (
      prevDraft?.optional &&
      prevMention &&
      prevMention.postEnd >= m.q.start &&
      m.preStart === prevMention.tail
    ) {
      const lead = text.slice(prevMention.preStart, prevMention.headStart);
      if (BENEFICIARY.test(lead))
        draft.indicator = cleanPre(lead.slice(0, -1)) + lead.slice(-1) + draft.indicator;
    }
    // 9金、5银、6铜: a medal count names its medal (金牌, 银牌, 铜牌).
    if (m.q.unit.length === 1 && MEDAL.test(m.q.unit))
      draft.indicator = `${draft.indicator.replace(/([金银铜]牌)+$/, '')}${m.q.unit}牌`;
    if (prevDraft && !prevDraft.optional && sameBaseUnit(prevDraft.unit, m.q.unit)) {
      // 新增公园127座，累计达到1100座: the running total is of the thing added, not of the addition.
      // 装机同比增加1829万千瓦、达到9048万千瓦: the level reached is the subject's, not the change's.
      const clause = text.slice(m.clauseStart, m.q.start);
      const words = clause.slice(clause.lastIndexOf('、') + 1);
      const level = REACHED.test(words) ? levelAfterChange(prevDraft.indicator) : undefined;
      if (TOTAL_SO_FAR.test(words)) draft.indicator = cumulativeName(prevDraft.indicator);
      else if (level) draft.indicator = level;
    }
    if (m.q.kind === 'rank') {
      draft.indicator = rankIndicator(draft.indicator);
      // 高铁运营总里程3411公里、跃居全国第一: a rank naming only its scope ranks the figure before it.
      // A rank of a measure (增长5.3%、增量保持全国第一) is of the level, not of its growth; 均居 is split
      // later, one rank per figure.
      const own = SCOPE_ONLY_RANK.exec(draft.indicator);
      if (prevDraft && own && opensSegment(text, m) && !/[均都]/.test(text.slice(m.preStart, m.headStart)))
        draft.indicator =
          // 排名全省第3位，连续两年位居全省前三 / 、全国第50位: a rank after a rank ranks the same measure,
          // in its own scope.
          !own[1] && prevDraft.unit === '名' && prevDraft.indicator.endsWith('排名')
            ? prevDraft.indicator.replace(RANKING_TAIL, '') + draft.indicator
            : (own[1] ? prevDraft.indicator.replace(TRAILING_CHANGE, '') : prevDraft.indicator) +
              draft.indicator;
    }
    // 实现国有资本收益107.2亿元: a level or rate is named by its measure (gold: 实现营收 → …营收); a count
    // keeps its verb (推进20个…整治).
    else if (m.q.kind !== 'count' && draft.indicator.startsWith('实现'))
      draft.indicator = draft.indicator.replace(ACHIEVE_MEASURE, '');
    if (GROWTH_ONLY.test(cleanedPre)) draft.growthOnly = true;

    if (heads && next) {
      // 191家工业企业营业收入超百亿元: the bound joins the indicator and is not an item of its own.
      draft.indicator =
        draft.indicator.replace(/(超过|突破|超|过|达到|达)$/, '') + text.slice(next.headStart, next.tail);
      draft.end = next.tail;
      i++;
    }
    // A count that runs straight into another figure only describes that figure's subject.
    const nextFigure = heads || (next && isThreshold(next, m, mentions[i + 2], text)) ? undefined : next;
    if (
      m.q.kind === 'count' &&
      nextFigure &&
      m.postEnd > m.tail &&
      m.postEnd >= nextFigure.q.start &&
      nextFigure.q.kind !== 'count'
    ) {
      draft.optional = true;
      draft.end = m.tail;
    }

    if (state.drafts.length === 0 && !draft.optional) noteSubject(text, m, starts, state, draft.indicator);
    // The last explicit subject of the sentence, for later clauses that have none.
    if (opensSegment(text, m) && !draft.optional) state.subjectClauses.push(cleanedPre);
    if (baseline) {
      draft.indicator = baseline.indicator;
      draft.start = baseline.start;
      baseline = undefined;
    }
    // A range 4.5%-5% gives `>=` the lower and `<=` the upper bound on one span (gold/README.md).
    // A range never runs across a sentence end (1—2个产业园。培育龙头企业3家以上).
    if (lowerBound && lowerBound.sentenceIndex !== draft.sentenceIndex) lowerBound = undefined;
    if (lowerBound) {
      draft.comparator = '<=';
      draft.indicator = lowerBound.indicator;
      draft.start = lowerBound.start;
      lowerBound.end = draft.end;
      lowerBound = undefined;
    }
    if (m.q.rangeLower) {
      draft.comparator = '>=';
      lowerBound = draft;
    }
    if (draft.leadCount) {
      sharePredicate(text, m, draft, state.drafts);
      shareLevelHead(text, m, draft, state.drafts);
    }
    for (const d of splitShared(text, m, draft, state.drafts)) {
      keep(d, state, out);
    }
  }
  return out;
}

/** ratio_to_plan and yoy_pct belong to the figure before (gold/README.md); true when attached. */
function attachToPrevious(text: string, m: Mention, cleanedPre: string, prev: Draft): boolean {
  if (m.q.unit !== '%') return false;
  const clausePre = text.slice(m.clauseStart, m.headStart).replace(/^(并|且|已|共|累计)+/, '');
  const level = prev.unitKind !== 'percent' && prev.unitKind !== 'points';
  if (RATIO_TO_PLAN.test(clausePre) || (level && COMPLETION_RATE.test(clausePre))) {
    prev.ratio_to_plan = m.q.value;
    return true;
  }
  if (GROWTH_ONLY.test(cleanedPre) && level && prev.yoy_pct === undefined && !prev.growthOnly) {
    setYoy(prev, cleanedPre, m.q.value, m.cmp.comparator);
    return true;
  }
  return false;
}

/** A draft for one figure with its kind, comparator, modality, period and streak. */
function newDraft(text: string, m: Mention, role: Role, pre: string): Draft {
  const before = wordsBefore(text, m);
  const kindInfo = readKind(text, m, role, before);
  const draft: Draft = {
    kind: kindInfo.kind,
    start: m.preStart,
    end: Math.max(m.tail, m.postEnd),
    indicator: '',
    comparator: m.cmp.comparator,
    value: m.q.value,
    unit: m.q.unit,
    unitKind: m.q.kind,
    modality: readModality(before),
    sentenceIndex: m.sentenceIndex,
    // Every optional field is written, so all drafts share one shape (see Draft).
    leadCount: undefined,
    growthOnly: undefined,
    ratio_to_plan: undefined,
    yoy_pct: undefined,
    yoy_comparator: undefined,
    optional: undefined,
    estimate: undefined,
    streak_years: undefined,
    period: undefined,
  };
  if (kindInfo.estimate) draft.estimate = true;
  if (m.para.period !== undefined) draft.period = m.para.period;
  if (m.q.rankTop !== undefined) draft.comparator = m.q.rankTop ? '<=' : '=';
  if (pre.includes('超额完成') || m.q.floor) draft.comparator = '>=';
  // 迈上4个万亿元台阶: the count of the steps passed is exact; 迈上 is a floor on a level (迈上4万亿元).
  else if (m.q.kind === 'count' && m.cmp.afterLength === 0 && text.startsWith('迈上', m.headStart))
    draft.comparator = '=';
  const streak = streakBefore(text, m);
  if (streak !== undefined) draft.streak_years = streak;
  return draft;
}

/**
 * Names the indicator: the words before the number, the noun after a leading count, or, for a bare
 * measure (总投资, 实现营收), the subject it belongs to (gold/README.md `indicator`).
 */
function nameIndicator(
  text: string,
  m: Mention,
  next: Mention | undefined,
  cleanedPre: string,
  state: SentenceState,
  prevDraft: Draft | undefined,
  draft: Draft,
  starts: LazyStarts,
  prevMention?: Mention,
): string {
  // 新建2—3家创新中心: a range's noun follows its upper bound.
  let post = m.q.rangeLower
    ? next
      ? cleanPost(text.slice(next.tail, next.postEnd))
      : ''
    : namedPost(text.slice(m.tail, next && runsIntoNext(text, m, next) ? next.headStart : m.postEnd));
  // 总产值迈上550亿元台阶: the step a level reaches is no noun of it (迈上3个千亿元台阶 counts steps).
  if (post === '台阶' && m.q.kind !== 'count') post = '';
  // 地区生产总值按增长5%安排, 赤字率拟按3%安排: 按…安排 sets the figure; neither word is in the name.
  let words = cleanedPre;
  if (post === '安排' && text.slice(m.preStart, m.headStart).includes('按')) {
    post = '';
    words = words.replace(ARRANGED, '');
  }
  // 重点实验室助力页岩油年产量突破100万吨: what is helped to the figure is measured, not the helper.
  // (HELPED needs the word 助力: words without it are not searched.)
  const helped = words.includes('助力') ? HELPED.exec(words) : null;
  let indicator = helped ? helped[1]! : words;
  const coordinated =
    prevDraft !== undefined &&
    prevDraft.leadCount !== true &&
    cleanedPre === '' &&
    text[m.preStart - 1] === '、' &&
    prevDraft.unit === m.q.unit;
  if (coordinated) {
    // 迈上4万亿、5万亿: a figure coordinated with the one before shares its indicator and comparator,
    // unless it has a comparator word of its own (突破3000亿元、达到3046.8亿元: 达到 on an actual is plain).
    indicator = prevDraft.indicator;
    if (draft.comparator === '=' && m.cmp.beforeLength === 0) draft.comparator = prevDraft.comparator;
  } else if (cleanedPre === '' && post !== '') {
    // 实施…的13个城市更新项目: the clause's verb still governs the count; after 、 the last one does.
    const verb = leadingVerb(cleanPre(text.slice(m.clauseStart, m.headStart)));
    const lead = state.countLeadClause === m.clauseStart ? state.countLead : undefined;
    indicator = verb !== '' ? verb : (lead ?? '');
    // 举办运动会12场、2万余人次参与: a count of the people who took part in what was just named.
    if (prevDraft && PARTAKING.test(post) && text[m.preStart - 1] === '、') indicator = prevDraft.indicator;
  } else if (opensWithoutSubject(text, m, cleanedPre) && lastSubject(state)) {
    // …达7.6万家、增加值增长3%; …达14.2万亿元、年均增长5.7%: a later clause that opens with a measure
    // or a verb is about the subject of the sentence's first clause; a total (新增经营主体8600户，总量达到
    // 6.2万户) is of them all, not of the ones added.
    const subject = lastSubject(state)!;
    indicator = (cleanedPre.startsWith('总') ? subject.replace(ADDED, '') || subject : subject) + cleanedPre;
  } else if (
    BARE_DONE.test(cleanedPre) &&
    post === '' &&
    m.preStart !== m.sentStart &&
    opensSegment(text, m) &&
    lastSubject(state)
  ) {
    // 一般公共预算收入增长6%以上，确保完成13.4亿元: 完成 alone reports on the sentence's subject.
    indicator = lastSubject(state) + cleanedPre;
  } else if (!prevDraft && opensWithoutSubject(text, m, cleanedPre) && openingSubject(text, m)) {
    // 粮食总产再创历史新高，…，增量39.7亿斤: with no figure before, the subject of the sentence's first
    // clause, when that clause says something of it (再创, 保持, 实现…).
    indicator = openingSubject(text, m) + cleanedPre;
  } else if (cleanedPre.startsWith('占') && prevDraft) {
    // 占全部企业超两成: a share of the subject just counted.
    // 无人机产量增长39%、占全国9成: the share is of the level, not of its growth.
    indicator = prevDraft.indicator.replace(TRAILING_CHANGE, '') + cleanedPre;
  } else if (
    prevDraft &&
    (m.q.kind === 'percent' || m.q.kind === 'share') &&
    prevDraft.unitKind !== 'percent' &&
    prevDraft.unitKind !== 'points' &&
    SHARE_OF_SCOPE.test(cleanedPre)
  ) {
    // 城镇新增就业超690万人、稳定在全国1/10以上: a share of the scope's total is the level's share of it.
    indicator = `${prevDraft.indicator.replace(TRAILING_CHANGE, '')}占${cleanedPre.replace(SHARE_VERB, '')}`;
  } else if (GAP.test(cleanedPre) && prevDraft && (m.q.kind === 'points' || BENCHMARK.test(cleanedPre))) {
    // 增长5.4%、高于全国0.4个百分点: the gap is the subject's, against a benchmark (退出平台346家、超计划19家).
    indicator = prevDraft.indicator + cleanedPre;
  } else if (m.q.kind === 'times' && MULTIPLE_OF.test(cleanedPre) && prevDraft && opensSegment(text, m)) {
    // 市场主体总量超过1.6亿户、是十年前的3倍: a multiple of the level before, against a base.
    indicator = prevDraft.indicator.replace(TRAILING_CHANGE, '') + cleanedPre;
  } else if (post === '' && !prevDraft && isBareMeasure(cleanedPre)) {
    // 石化产业…。产值突破1300亿元: a measure alone belongs to the topic of the sentences before.
    // 推动新能源汽车产业提质扩量，…，力争产量突破120万辆: or of the first clause of its own sentence.
    const first = m.clauseStart > m.sentStart ? text.slice(m.sentStart, m.clauseStart) : '';
    const opening = first.slice(0, first.search(/[，；：]/) + 1 || undefined);
    // 吉化乙烯项目投产，总产能达190万吨: the project just completed is the topic.
    const done = DONE_TOPIC.exec(opening);
    const t = clauseTopic(opening) ?? done?.[1] ?? topicBefore(sentencesBefore(text, m, starts));
    if (t) indicator = t + cleanedPre.replace(/^实现/, '');
  } else if (post === '' && prevDraft && isBareMeasure(cleanedPre)) {
    const subject = state.subject;
    if (LIGHT_VERB.test(cleanedPre) && subject) {
      indicator = subject + cleanedPre.replace(/^实现/, '');
    } else if (isParallelMeasure(cleanedPre, prevDraft.indicator)) {
      // 产量突破200亿立方米、投资超120亿元: a second measure of the same subject.
      indicator = prevDraft.indicator.slice(0, -2) + cleanedPre;
    } else if (
      text[m.preStart - 1] === '、' &&
      STAGE.test(cleanedPre) &&
      verbPrefix(prevDraft.indicator) !== ''
    ) {
      // 建成过江通道4座、在建8座: another stage of the same things takes the place of the verb before.
      indicator = cleanedPre + prevDraft.indicator.slice(verbPrefix(prevDraft.indicator).length);
    } else if (isParallelNoun(text, m, cleanedPre, prevDraft.indicator)) {
      // 改造道路80条、桥梁15座: a noun after 、 takes the place of the noun that ends the figure before.
      indicator = prevDraft.indicator.slice(0, -cleanedPre.length) + cleanedPre;
    } else if (isOwnClauseThing(text, m, cleanedPre)) {
      // 修复湿地90余万亩，造林88万亩: a clause of its own naming no measure is its own indicator; a subset
      // after 其中 takes the verb of the count before it (新增经营主体5600户，其中企业1380户 → 新增企业).
      indicator = listVerb(text, m, cleanedPre, prevDraft) + cleanedPre;
    } else {
      // 实施省市重点项目45个，完成投资68亿元: the measure of what was just counted. A level after a growth
      // (有机质增长6.1%、达到27克/千克) is of the subject, not of its growth; a measure after another measure
      // of the same subject (粮食播种面积1584.6万亩、总产量132.4亿斤) takes its place.
      const own = cleanedPre.replace(/^实现/, '');
      const level = m.q.kind !== 'percent' && m.q.kind !== 'points';
      let subject =
        level && (prevDraft.unitKind === 'percent' || prevDraft.unitKind === 'points')
          ? prevDraft.indicator.replace(LEVEL_CHANGE, '')
          : prevDraft.indicator;
      const measure = own !== '' && MEASURE_END.test(own) ? SUBJECT_MEASURE.exec(subject) : null;
      if (measure && measure.index >= 2) subject = subject.slice(0, measure.index);
      // 新增运营里程30公里，总里程达909公里: a total after an increment is of the whole, not of what was added.
      // 新增高新技术企业12家，总数达到86家: the total counts all of them, not the ones added.
      if ((measure || prevDraft.unitKind === 'count') && own.startsWith('总'))
        subject = subject.replace(ADDED, '') || subject;
      // A level with no words of its own (…增长5.5%、达到10.3万亿元; 跨越3个千亿元台阶，达到1.5万亿元) is the
      // level of the sentence's subject: after a growth the subject names it, after a count of the steps
      // the subject passed (a count whose name is that subject and a predicate) the subject alone does.
      const first = own === '' ? lastSubject(state) : undefined;
      if (
        first &&
        prevDraft.unitKind === 'count' &&
        m.q.kind !== 'count' &&
        level &&
        prevDraft.indicator.startsWith(first)
      )
        indicator = prevDraft.indicator.length > first.length ? first : subject + measureOfUnit(m.q.unit);
      else if (own === '' && subject !== prevDraft.indicator) indicator = subject;
      else {
        // A measure the subject already ends with is not repeated (figures strung together: 5亿元，5亿元).
        const measure = own || measureOfUnit(m.q.unit);
        indicator = measure !== '' && subject.endsWith(measure) ? subject : subject + measure;
      }
    }
  } else if (
    prevDraft &&
    post === '' &&
    text[m.preStart - 1] === '、' &&
    STAGE.test(cleanedPre) &&
    verbPrefix(prevDraft.indicator) !== ''
  ) {
    // 新开工项目27个、竣工投产19个: a later stage of two words takes the place of the verb as well.
    indicator = cleanedPre + prevDraft.indicator.slice(verbPrefix(prevDraft.indicator).length);
  } else if (prevDraft && post === '') {
    // 改造老旧小区682个、老旧管网7912公里: a thing listed after 、 is done by the verb that opened the list.
    indicator = listVerb(text, m, cleanedPre, prevDraft) + cleanedPre;
  }
  if (post !== '' && !coordinated) {
    // 累计惠及80个乡镇近300万群众: the second count keeps the verb that led the first (累计惠及乡镇群众).
    const lead = state.countLeadClause === m.clauseStart ? state.countLead : undefined;
    if (lead && prevMention && countOfCount(text, prevMention, m) && !indicator.startsWith(lead))
      indicator = lead + indicator;
    if (cleanedPre !== '') {
      state.countLead = cleanedPre;
      state.countLeadClause = m.clauseStart;
    }
    indicator += post;
    draft.leadCount = true;
  }
  // A figure qualifying the counted noun after 的 (总投资5亿元的13个城市更新项目) names that noun.
  if (next && text[m.tail] === '的' && next.q.start === m.tail + 1 && next.q.kind === 'count') {
    const noun = cleanPost(text.slice(next.tail, next.postEnd)).replace(CLOSING_PREDICATE, '');
    if (noun !== '') indicator = noun + dropLeadingVerb(cleanedPre);
  } else if (
    text[m.tail] === '的' &&
    m.q.kind !== 'count' &&
    MEASURE_END.test(cleanedPre) &&
    isBareMeasure(cleanedPre) &&
    (!next || next.clauseStart !== m.clauseStart)
  ) {
    // 总投资超500亿元的晋北…新能源基地加快建设: a bare measure qualifying the noun after 的 is that noun's.
    const noun = cleanPost(text.slice(m.tail + 1, m.clauseEnd)).replace(CLOSING_PREDICATE, '');
    if (noun.length >= 2 && noun.length <= 20) indicator = noun + cleanedPre;
  }
  // 推动人均预期寿命达到80岁: a verb driving a measure to its level is no part of the measure's name
  // (a count keeps its verb: 推进20个重点区域环境整治, gold).
  if (m.q.kind !== 'count' && post === '') {
    const driving = DRIVES_MEASURE.exec(indicator);
    if (driving) indicator = indicator.slice(driving[0].length);
  }
  return indicator;
}

/** A predicate closing the noun a figure qualifies (…一号旅游公路全线贯通, …新能源基地加快建设). */
const CLOSING_PREDICATE =
  /(全线贯通|全面贯通|建成通车|建成投用|建成投产|加快建设|开工建设|加快推进|顺利推进|扎实推进|落地见效|贯通|通车|投产|投用|开工|落地)$/;

/** A driving verb before the name of a measure (推动…寿命, 推动…覆盖率, 推进…完成投资). */
const DRIVES_MEASURE =
  /^(推动|推进|促进|力促)(?=[^，、；]{3,}([值额量收资润模积程速比重数率入税费本耗度价益口款金]|寿命|时间)$)/;

/** The noun after a count, without an example list its verb opens (开展专题教育、家长课堂等活动 → 开展活动). */
function namedPost(words: string): string {
  const post = cleanPost(words);
  return post.includes('等') && post.includes('、') ? dropExamples(post, true) : post;
}

/**
 * Two counts written one after the other, each with its noun (惠及80个乡镇近300万群众: the people of those
 * towns): the first's noun qualifies the second's and ends before the second's comparator word (近).
 */
function countOfCount(text: string, first: Mention, second: Mention): boolean {
  if (first.q.kind !== 'count' || second.q.kind !== 'count' || second.preStart !== first.tail) return false;
  if (first.postEnd < second.q.start || second.postEnd <= second.tail) return false;
  return cleanPost(text.slice(second.tail, second.postEnd)) !== '';
}

/**
 * The noun after a count runs into the next figure (推动11个能源重点领域项目投资突破2000亿元): it ends
 * before that figure's comparator word, which bounds the figure, not the count (as in countOfCount).
 */
function runsIntoNext(text: string, m: Mention, next: Mention): boolean {
  if (countOfCount(text, m, next)) return true;
  return m.q.kind === 'count' && next.clauseStart === m.clauseStart && m.postEnd >= next.q.start;
}

/** A clause after the first whose words before the figure are only a measure or a growth verb. */
function opensWithoutSubject(text: string, m: Mention, cleanedPre: string): boolean {
  if (m.preStart === m.sentStart || !opensSegment(text, m)) return false;
  return SUBJECTLESS.test(cleanedPre);
}

/** The figure's words open a clause or a 、 segment. */
function opensSegment(text: string, m: Mention): boolean {
  return m.preStart === m.clauseStart || text[m.preStart - 1] === '、';
}

/** Predicates that open a report on a subject named before them (粮食总产再创历史新高). */
const REPORTS_ON = /(再创|创历史|保持|实现|位居|稳居|连续|达到|突破)/;

/** The subject of the sentence's first clause when it names one before a predicate (≤ 8 characters). */
function openingSubject(text: string, m: Mention): string | undefined {
  if (m.clauseStart <= m.sentStart) return undefined;
  const head = text.slice(m.sentStart, m.clauseStart);
  const first = cleanPre(head.slice(0, head.search(/[，；：]/) + 1 || undefined).replace(/[，；：]$/, ''));
  const at = first.search(REPORTS_ON);
  if (at < 2 || at > 8 || hasVerb(first.slice(0, at))) return undefined;
  return first.slice(0, at);
}

/** The last explicit subject of the sentence so far, if any (each clause is read once). */
function lastSubject(state: SentenceState): string | undefined {
  const clauses = state.subjectClauses;
  for (let k = clauses.length - 1; k >= state.subjectsRead; k--) {
    const subject = clauseSubject(clauses[k]!);
    if (subject) {
      state.lastSubject = subject;
      break;
    }
  }
  state.subjectsRead = clauses.length;
  return state.lastSubject;
}

/** The few sentences of the paragraph before the figure's own (an antecedent is never far back). */
function sentencesBefore(text: string, m: Mention, lazy: LazyStarts): string[] {
  const starts = lazy.get();
  const first = Math.max(0, m.sentenceIndex - 8);
  return starts
    .slice(first, m.sentenceIndex)
    .map((st, k) => text.slice(st, starts[first + k + 1] ?? m.para.end));
}

/** Remembers the subject a sentence opens with (园区 resolved to the park named before it). */
function noteSubject(
  text: string,
  m: Mention,
  starts: LazyStarts,
  state: SentenceState,
  indicator: string,
): void {
  const subject = leadingSubject(indicator);
  if (subject && isBareHead(subject)) {
    state.subject = resolveBareHead(subject, sentencesBefore(text, m, starts)) ?? subject;
  } else if (subject) {
    state.subject = subject;
  }
}
