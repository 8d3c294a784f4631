// Units of measure as government work reports write them. The unit of an item is kept exactly as
// written, with its 万/亿 magnitude (gold/README.md: `亿元`, `万亩`, `%`, `个百分点`, `成`).
import { CharSet } from './charset';
import { isMagnitudeCode } from './numerals';

/** What a unit measures; drives target types and yoy/ratio attachment. */
export type UnitKind = 'percent' | 'points' | 'share' | 'times' | 'money' | 'count' | 'measure' | 'age';

interface UnitDef {
  unit: string;
  kind: UnitKind;
  /** Characters that, right after the unit, make it part of another word (项 + 目 = 项目). */
  notBefore?: string;
}

/** Characters that make 次 the start of a word (次要, 次级, 次生, 全会): then X次 is X and a word. */
const NOT_AFTER_CI = '全会序要级生';

// Longest first within each starting character is ensured by sorting below.
const DEFS: UnitDef[] = [
  { unit: '%', kind: 'percent' },
  { unit: '‰', kind: 'percent' },
  { unit: '个百分点', kind: 'points' },
  { unit: '百分点', kind: 'points' },
  { unit: '成', kind: 'share', notBefore: '为果效功绩本员就长都熟立交' },
  { unit: '倍', kind: 'times' },
  // money
  { unit: '元', kind: 'money', notBefore: '旦首宵素件' },
  { unit: '美元', kind: 'money' },
  { unit: '欧元', kind: 'money' },
  { unit: '港元', kind: 'money' },
  { unit: '元/人', kind: 'money' },
  { unit: '元/吨', kind: 'money' },
  { unit: '元/亩', kind: 'money' },
  // area, length, volume, mass, energy
  { unit: '平方公里', kind: 'measure' },
  { unit: '平方千米', kind: 'measure' },
  { unit: '平方米', kind: 'measure' },
  { unit: '亩', kind: 'measure', notBefore: '均产' },
  { unit: '亩次', kind: 'measure', notBefore: NOT_AFTER_CI },
  { unit: '公顷', kind: 'measure' },
  { unit: '公里', kind: 'measure' },
  { unit: '千米', kind: 'measure' },
  { unit: '厘米', kind: 'measure' },
  { unit: '毫米', kind: 'measure' },
  { unit: '米', kind: 'measure', notBefore: '粮面饭' },
  { unit: '立方米', kind: 'measure' },
  { unit: '吨', kind: 'measure', notBefore: '位' },
  { unit: '吨标准煤', kind: 'measure' },
  { unit: '吨标煤', kind: 'measure' },
  { unit: '斤', kind: 'measure' },
  { unit: '公斤', kind: 'measure' },
  { unit: '千克', kind: 'measure' },
  { unit: '千瓦', kind: 'measure' },
  { unit: '千瓦时', kind: 'measure' },
  { unit: '元/千瓦时', kind: 'money' },
  { unit: '分/千瓦时', kind: 'money' },
  { unit: '克/千瓦时', kind: 'measure' },
  { unit: '克/千克', kind: 'measure' },
  { unit: '兆瓦', kind: 'measure' },
  { unit: '兆瓦时', kind: 'measure' },
  { unit: '吉瓦', kind: 'measure' },
  { unit: '吉瓦时', kind: 'measure' },
  { unit: '度', kind: 'measure', notBefore: '假过' },
  { unit: '标箱', kind: 'measure' },
  { unit: '标准箱', kind: 'measure' },
  { unit: '微克/立方米', kind: 'measure' },
  { unit: '微克', kind: 'measure' },
  { unit: '毫克', kind: 'measure' },
  { unit: '毫克/升', kind: 'measure' },
  { unit: '岁', kind: 'age' },
  { unit: '天', kind: 'measure', notBefore: '然地下空津气' },
  { unit: '小时', kind: 'measure' },
  { unit: '分钟', kind: 'measure' },
  { unit: '个工作日', kind: 'measure' },
  { unit: '工作日', kind: 'measure' },
  // counts (classifiers)
  { unit: '个', kind: 'count', notBefore: '人体性别' },
  { unit: '家', kind: 'count', notBefore: '庭园族乡属居电具政长' },
  { unit: '项', kind: 'count', notBefore: '目' },
  { unit: '条', kind: 'count', notBefore: '件例款约' },
  { unit: '座', kind: 'count', notBefore: '谈' },
  { unit: '处', kind: 'count', notBefore: '理置于在' },
  { unit: '台', kind: 'count', notBefore: '阶湾' },
  { unit: '台套', kind: 'count' },
  { unit: '套', kind: 'count', notBefore: '餐' },
  { unit: '张', kind: 'count', notBefore: '力' },
  { unit: '支', kind: 'count', notBefore: '持出付撑柱援' },
  { unit: '款', kind: 'count', notBefore: '项' },
  { unit: '件', kind: 'count', notBefore: '事' },
  { unit: '辆', kind: 'count' },
  { unit: '艘', kind: 'count' },
  { unit: '架', kind: 'count', notBefore: '构' },
  { unit: '架次', kind: 'count' },
  { unit: '艘次', kind: 'count', notBefore: NOT_AFTER_CI },
  { unit: '台次', kind: 'count', notBefore: NOT_AFTER_CI },
  { unit: '趟次', kind: 'count', notBefore: NOT_AFTER_CI },
  { unit: '项次', kind: 'count', notBefore: NOT_AFTER_CI },
  { unit: '所', kind: 'count', notBefore: '以有在得属需' },
  { unit: '栋', kind: 'count' },
  { unit: '幢', kind: 'count' },
  { unit: '间', kind: 'count', notBefore: '接断隔' },
  { unit: '户', kind: 'count', notBefore: '籍外口型' },
  { unit: '人', kind: 'count', notBefore: '口员才民均工民们生类大' },
  { unit: '人次', kind: 'count' },
  { unit: '辆次', kind: 'count' },
  { unit: '件次', kind: 'count' },
  { unit: '对', kind: 'count', notBefore: '外内接口标话象于比策待应照称等标准' },
  { unit: '场次', kind: 'count' },
  { unit: '车次', kind: 'count' },
  { unit: '类', kind: 'count', notBefore: '型别似同' },
  { unit: '批次', kind: 'count' },
  { unit: '家次', kind: 'count' },
  { unit: '户次', kind: 'count' },
  { unit: '名', kind: 'count', notBefore: '单称牌校额录片义优' },
  { unit: '次', kind: 'count', notBefore: NOT_AFTER_CI },
  { unit: '场', kind: 'count', notBefore: '景所馆地域面化主' },
  { unit: '种', kind: 'count', notBefore: '植业子类源养' },
  { unit: '部', kind: 'count', notBefore: '门署分委队署位' },
  { unit: '篇', kind: 'count' },
  { unit: '本', kind: 'count', notBefore: '地土科质身级领' },
  { unit: '份', kind: 'count', notBefore: '额' },
  { unit: '块', kind: 'count' },
  { unit: '片', kind: 'count', notBefore: '区' },
  { unit: '只', kind: 'count', notBefore: '有要能是' },
  { unit: '头', kind: 'count', notBefore: '部雁' },
  { unit: '株', kind: 'count' },
  // doses (接种疫苗10万剂, 1.2万剂次); 剂量 and 剂型 are words.
  { unit: '剂', kind: 'count', notBefore: '量型' },
  { unit: '剂次', kind: 'count' },
  { unit: '棵', kind: 'count' },
  { unit: '例', kind: 'count', notBefore: '如会' },
  { unit: '起', kind: 'count', notBefore: '来点步草到' },
  { unit: '列', kind: 'count', notBefore: '入车为' },
  { unit: '趟', kind: 'count' },
  // 22轮强降水, 开展3轮督查; 轮次, 轮换, 轮车 (三轮车), 轮船 are words; 第三轮, 首轮 are series.
  { unit: '轮', kind: 'count', notBefore: '次换番回值班岗训转流胎船椅渡廓车机子盘' },
  { unit: '笔', kind: 'count' },
  { unit: '宗', kind: 'count', notBefore: '旨教' },
  { unit: '批', kind: 'count', notBefore: '准复示发次' },
  { unit: '期', kind: 'count', notBefore: '间限待望末货刊' },
  { unit: '届', kind: 'count' },
  // Medals (9金、5银、6铜), in Arabic digits only (五金 is hardware).
  { unit: '金', kind: 'count', notBefore: '额融属牌奖库币钱矿山价条砖' },
  { unit: '银', kind: 'count', notBefore: '行河川幕杏发' },
  { unit: '铜', kind: 'count', notBefore: '矿牌业材箔线管' },
  { unit: '颗', kind: 'count' },
  { unit: '枚', kind: 'count' },
  { unit: '盏', kind: 'count' },
  { unit: '口', kind: 'count', notBefore: '岸号径碑' },
  { unit: '孔', kind: 'count' },
  { unit: '床', kind: 'count' },
  { unit: '位', kind: 'count', notBefore: '置于次居列' },
  { unit: '门', kind: 'count', notBefore: '户槛类诊窗' },
  { unit: '首', kind: 'count', notBefore: '位都批次个家台' },
  { unit: '部分', kind: 'count' },
];

/**
 * Masses that measure a concentration only with their base: 每立方米19微克 (quantities.ts reads the base
 * before the figure). Alone (0.1微克攻坚行动) they name a campaign's goal, not a quantity.
 */
export const PER_ONLY_UNITS = new Set(['微克', '毫克']);

/** Counts that are not quantities but positions in a series, even with a unit (第三批, 前九期). */
export const SERIES_UNITS = new Set(['批', '期', '届', '次', '位', '部分', '首', '轮']);

/** The units by the code of their first character, longest first. */
const BY_FIRST = new Map<number, UnitDef[]>();
for (const d of DEFS) {
  const list = BY_FIRST.get(d.unit.charCodeAt(0)) ?? [];
  list.push(d);
  BY_FIRST.set(d.unit.charCodeAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.unit.length - a.unit.length);
/** BY_FIRST as a table (a Map lookup per number costs more than the unit match): code → index in LISTS. */
const LISTS: (UnitDef[] | undefined)[] = [undefined, ...BY_FIRST.values()];
const LIST_AT = new Uint8Array(0x10000);
for (const [code, list] of BY_FIRST) LIST_AT[code] = LISTS.indexOf(list);

/** Characters a unit can start with (after a number, possibly after 余/多). */
export const UNIT_STARTS = new Set<string>([
  ...[...BY_FIRST.keys()].map((c) => String.fromCharCode(c)),
  '余',
  '多',
]);
const UNIT_START_AT = new CharSet(UNIT_STARTS);

/** UNIT_STARTS by UTF-16 code unit (NaN, past the end of a text, is not one). */
export function isUnitStartCode(c: number): boolean {
  return UNIT_START_AT.has(c);
}

export interface UnitMatch {
  /** The base unit (元, 亩, 个, %). */
  base: string;
  kind: UnitKind;
  /** Index just after the unit. */
  end: number;
}

/** Whether `chars` holds the code unit `c` (NaN, past the end of a text, is never held). */
function hasCode(chars: string, c: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/** The definition of the base unit starting at `pos`, longest first, or undefined. */
function unitAt(text: string, pos: number): UnitDef | undefined {
  const list = LISTS[LIST_AT[text.charCodeAt(pos)] ?? 0];
  if (!list) return undefined;
  for (const d of list) {
    if (!text.startsWith(d.unit, pos)) continue;
    if (d.notBefore && hasCode(d.notBefore, text.charCodeAt(pos + d.unit.length))) continue;
    return d;
  }
  return undefined;
}

/** The base unit starting at `pos`, longest first, or undefined. */
export function matchBaseUnit(text: string, pos: number): UnitMatch | undefined {
  const d = unitAt(text, pos);
  return d && { base: d.unit, kind: d.kind, end: pos + d.unit.length };
}

const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);
const isApprox = (c: number): boolean => c === YU || c === DUO;
const SLASH = 0x2f;

/** The 万/亿 run that ends `mag` (亿 of 十亿, 万亿 of 千万亿). */
function bigTail(mag: string): string {
  let k = mag.length;
  while (k > 0 && (mag[k - 1] === '万' || mag[k - 1] === '亿')) k--;
  return k === 0 ? mag : mag.slice(k);
}

export interface QuantityUnit {
  /** Unit as written with its 万/亿 magnitude: 亿元, 万亩, 万个. */
  unit: string;
  /** `unit` without its 万/亿 magnitude: 元, 亩, 个, 元/人 (the table's own string when nothing follows). */
  base: string;
  kind: UnitKind;
  /** Multiplier for the number from 十/百/千 written before the unit (3千家 → 1000). */
  factor: number;
  /** 余/多 between number and unit (200余场, 5万余个). */
  approx: boolean;
  end: number;
}

const FACTORS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads the magnitude and unit after a number at `pos`: 万亿元, 万千瓦 (万 + 千瓦), 千家 (×1000, 家),
 * 万余个 (万个, approx). `prefix` is a magnitude already read as part of a Chinese numeral (两千三百万).
 */
export function matchQuantityUnit(text: string, pos: number, prefix = ''): QuantityUnit | undefined {
  // 750多万人, 120余万户: the approximation may come before the magnitude.
  if (isApprox(text.charCodeAt(pos)) && isMagnitudeCode(text.charCodeAt(pos + 1))) {
    const u = matchQuantityUnit(text, pos + 1, prefix);
    return u ? { ...u, approx: true } : undefined;
  }
  let runEnd = pos;
  while (runEnd - pos < 4 && isMagnitudeCode(text.charCodeAt(runEnd))) runEnd++;
  // Try the longest magnitude run first, giving characters back when the unit needs them (千瓦).
  for (let split = runEnd; split >= pos; split--) {
    let p = split;
    let approx = false;
    if (isApprox(text.charCodeAt(p))) {
      approx = true;
      p++;
    }
    const base = unitAt(text, p);
    if (!base) continue;
    const mag = split === pos ? prefix : prefix + text.slice(pos, split);
    const big = mag === '' ? '' : bigTail(mag);
    let factor = 1;
    for (let k = 0; k < mag.length - big.length; k++) factor *= FACTORS[mag[k]!] ?? Number.NaN;
    if (Number.isNaN(factor)) continue;
    if (base.kind === 'percent' || base.kind === 'points' || base.kind === 'share') {
      if (mag !== '') continue; // 5万% is not a thing
    }
    let own = base.unit;
    let end = p + base.unit.length;
    // Compound units written with a slash, the divisor with its scale: 万元/人, 元/平方米, 人/十万人.
    if (text.charCodeAt(end) === SLASH && base.kind !== 'percent') {
      const per = /^[十百千万亿]{0,2}/.exec(text.slice(end + 1, end + 3))![0];
      const second = matchBaseUnit(text, end + 1 + per.length);
      if (second && second.kind !== 'percent') {
        own += `/${per}${second.base}`;
        end = second.end;
      }
    }
    // Rates per time: 16.9万吨/日, 1459万吨/年.
    const perTime =
      text.charCodeAt(end) === SLASH ? /^\/(日|天|年|月|小时)/.exec(text.slice(end, end + 3)) : null;
    if (perTime && base.kind === 'measure') {
      own += perTime[0];
      end += perTime[0].length;
    }
    // 万辆（艘、架、列）次: alternatives of the classifier in brackets before 次 make one unit, as written.
    if (base.kind === 'count' && (text.charCodeAt(end) === FULL_OPEN || text.charCodeAt(end) === 0x28)) {
      // 7.4万套（间）: one other classifier in brackets is an alternative of the unit, as written.
      const alt =
        BRACKETED_ALTERNATIVES.exec(text.slice(end, end + 16)) ??
        (BRACKETED_CLASSIFIER.test(text.slice(end, end + 3)) && unitAt(text, end + 1)?.kind === 'count'
          ? [text.slice(end, end + 3)]
          : null);
      if (alt) {
        own += alt[0];
        end += alt[0].length;
      }
    }
    const unit = big === '' ? own : big + own;
    return { unit, base: own, kind: base.kind, factor, approx, end };
  }
  return undefined;
}

const FULL_OPEN = '（'.charCodeAt(0);
/** One-character classifiers in brackets, separated by 、, then 次: （艘、架、列）次. */
const BRACKETED_ALTERNATIVES = /^[（(][\u4e00-\u9fff](、[\u4e00-\u9fff]){0,5}[）)]次/;
/** One character in brackets (（间）), read as an alternative classifier when it is one. */
const BRACKETED_CLASSIFIER = /^[（(][\u4e00-\u9fff][）)]/;
