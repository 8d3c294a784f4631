// One figure said of every subject of a list without 均 (gold/README.md: one clause with two indicators and
// one number gives two items with the same span): a rate, a change or a rank each subject has on its own
// (社会消费品零售总额、固定资产投资增长4%左右; A、B出货量稳居全球第一; 食品、药品抽检合格率达98%), and
// anything said of each with 各 (A、B中各有20家企业上榜). A count or a level after a list is a total of the
// list (新建学校、医院12所) and a share of a whole (…占比, …比重) or a sum (合计) is one figure: neither splits.

import type { Draft } from './draft';
import { cleanPre, hasVerb, MEASURE_END, verbPrefix } from './indicator';
import type { Mention } from './mentions';

/** Kinds of figure every subject has on its own: rates, changes in points, ranks, multiples, shares in 成. */
const EACH_KINDS = new Set(['percent', 'points', 'rank', 'times', 'share']);

/** The change or the rank closing a name, said of every subject before it (…年均增长, …全球排名). */
const SHARED_TAIL =
  /((年均|同比)?(增长|下降|提高|降低|增加|减少|提升|上升|改善)(幅度)?|(全国|全省|全市|全区|全球|世界|国内|省内|各省区|[东中西]部(地区)?)?排名)$/;

/** Words that make a list one subject: a sum, a share of a whole, a name for the set, a clause of its own. */
const ONE_SUBJECT = /[“”的和与及]|合计|总计|共计|整体|总体|占|比重/;

/** Measures a list of subjects writes once, after the last of them (…出货量, …上市公司数量). */
const MEASURE_WORD =
  /(数量|总量|个数|规模|产量|出货量|销量|增加值|产值|营业收入|营收|收入|利润|投资|进出口|出口|进口|零售额|销售额|交易额|业务量|吞吐量|出口量|发电量|浓度|改善幅度|降幅|增幅)$/;

/** 各有, 各增长: the figure is each subject's. */
const EACH = /各(有|达到|达|为|增长|下降|提高|降低|增加|减少|超过|超|突破|新增)?$/;

/**
 * The subjects of a list with what they share written once after the last (动力电池、储能电池出货量 →
 * 动力电池出货量, 储能电池出货量), or undefined when that cannot be read. Parts that end in a measure name
 * themselves (社会消费品零售总额、固定资产投资); bare modifiers take the words after the last one's modifier
 * read at their own length (parallel parts are written alike: 科创板、北交所上市公司数量), and else the
 * measure word that closes the last part (综合保税区、内陆开放口岸数量 → 综合保税区数量).
 */
function subjects(parts: string[]): string[] | undefined {
  const heads = parts.slice(0, -1);
  const last = parts[parts.length - 1]!;
  if (heads.every((h) => MEASURE_END.test(h))) return parts;
  const measure = MEASURE_WORD.exec(last)?.[0];
  // 综合指数、PM2.5、PM10、臭氧改善幅度: parts of mixed kinds share the measure word written last (a part
  // that already ends in it keeps its own).
  if (heads.some((h) => MEASURE_END.test(h))) {
    if (measure === undefined || last.length <= measure.length) return undefined;
    return [...heads.map((h) => (h.endsWith(measure) ? h : h + measure)), last];
  }
  const at = heads[0]!.length;
  if (heads.every((h) => h.length === at) && last.length > at + 1) {
    const shared = last.slice(at);
    // Read at the heads' length, the shared words hold the measure whole, or two characters and more before
    // it: a cut inside a word (综合保税区、内陆开放口岸数量 → 岸数量) is no reading, nor one that repeats the
    // heads' own noun (保税物流中心、国际邮件互换中心数量 → 中心数量).
    const whole =
      measure !== undefined &&
      (shared === measure || shared.length >= measure.length + 2) &&
      !heads.some((h) => h.endsWith(shared.slice(0, 2)) || h.endsWith(shared[0]!));
    if ((at <= 2 && MEASURE_END.test(shared)) || (whole && shared.endsWith(measure))) {
      return [...heads.map((h) => h + shared), last];
    }
  }
  if (measure !== undefined && last.length > measure.length) return [...heads.map((h) => h + measure), last];
  return undefined;
}

/** 国家级、省级创新平台各3个: bare levels share the head the last part writes after its own level. */
function sharedLevelHead(parts: string[]): string[] | undefined {
  const last = /^[\u4e00-\u9fff]{1,3}级([\u4e00-\u9fff“”]{2,})$/.exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p) => /^[\u4e00-\u9fff]{1,3}级$/.test(p))) return undefined;
  return [...parts.slice(0, -1).map((p) => p + last[1]!), parts.at(-1)!];
}

/** The parts of a list of subjects, or undefined when it is not one (a part too short or with a verb). */
function listParts(subject: string, joined = false): string[] | undefined {
  // After 各 the parts may also be joined by 和/及/与 (示范学校和示范医院各5个).
  const parts = subject.split(joined ? /[、和及与]/ : '、');
  if (parts.length < 2 || parts.some((p) => p.length < 2 || hasVerb(p))) return undefined;
  return parts;
}

/**
 * One draft per subject of the list that the figure's words open with, all on the clause's span, or the
 * draft alone when the figure is not said of each subject. `pre` holds the words before the figure (from
 * its preStart), as splitShared has already read them.
 */
export function splitEach(pre: string, m: Mention, draft: Draft): Draft[] {
  if (m.preStart !== m.clauseStart) return [draft];
  const each = pre.includes('各') ? EACH.exec(pre) : null;
  if (!pre.includes('、') && !(each && /[和及与]/.test(pre))) return [draft];
  if (each) {
    // 中国企业500强、民营企业500强中各有20家企业上榜: what follows 各 is said of each part.
    // 新建重点实验室、技术创新中心各20家: the verb opening the list is each part's.
    const at = draft.indicator.lastIndexOf('各');
    const list = cleanPre(pre.slice(0, each.index)).replace(/(当中|中|里|内)$/, '');
    const verb = verbPrefix(list);
    const parts = listParts(list.slice(verb.length), true);
    if (at < 0 || !parts) return [draft];
    const rest = draft.indicator.slice(at + 1).replace(/^有/, '');
    const named = subjects(parts) ?? sharedLevelHead(parts) ?? parts;
    return named.map((p) => ({ ...draft, indicator: verb + p + rest, start: m.clauseStart }));
  }
  if (!EACH_KINDS.has(draft.unitKind) || ONE_SUBJECT.test(draft.indicator)) return [draft];
  const tail = SHARED_TAIL.exec(draft.indicator);
  if (!tail && !draft.indicator.endsWith('率')) return [draft];
  const base = tail ? draft.indicator.slice(0, tail.index) : draft.indicator;
  const parts = listParts(base);
  const named = parts && subjects(parts);
  if (!named) return [draft];
  return named.map((p) => ({ ...draft, indicator: p + (tail?.[0] ?? ''), start: m.clauseStart }));
}
