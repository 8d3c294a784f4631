// What a part or area is about, told from its heading (DOMAIN.md §1.1: a report has a review of last year,
// the main targets, the key work, and the government's own conduct).
import type { Section } from '../types';

export type Role = NonNullable<Section['role']>;

/** 政府自身建设, 政府治理, 建设人民满意的服务型政府, 转作风. */
const SELF = /自身建设|政府治理|政府建设|人民满意的\S{0,8}政府|服务型政府|作风建设|转作风/;
/** 工作回顾, 发展成就, 过去一年, 一年来, 取得新进展新成效. */
const REVIEW = /回顾|成就|过去一年|过去五年|一年来|五年来|取得\S{0,8}(进展|成效|成绩)/;
/** 工作安排, 重点工作, 目标任务, 对今年工作的建议, 规划纲要, 开好局, 民生实事. */
const PLAN = /安排|任务|重点工作|工作建议|的建议|目标|部署|规划|纲要|开好局|起好步|今年|明年|实事/;
/** "2026年主要工作" plans, but "2025年主要工作和…发展成就" reviews: a weak sign, used last. */
const WEAK_PLAN = /主要工作|工作$/;
/** 主要预期目标, 总体要求和政策取向: the targets paragraph lives here. */
const TARGETS = /(主要|预期)目标|总体要求|政策取向/;
const WORK = /任务|安排|举措|重点工作/;
/** A title that is only the targets (…时期主要目标, 2026年主要预期目标). */
const TARGETS_ONLY = /(主要|预期)目标$/;

/** A title that only names the targets (■ 2026年主要预期目标): a bullet so titled is no task. */
export function namesOnlyTargets(title: string): boolean {
  return title.length <= 20 && TARGETS_ONLY.test(title) && !WORK.test(title);
}

export function roleOfTitle(title: string): Role {
  if (SELF.test(title)) return 'self';
  const review = REVIEW.test(title);
  const plan = PLAN.test(title);
  if (TARGETS.test(title) && !WORK.test(title) && !review) return 'targets';
  if (plan) return 'plan';
  if (review) return 'review';
  return WEAK_PLAN.test(title) ? 'plan' : 'other';
}

/** A first part titled with a slogan still reviews the past when its opening says so. */
export function roleOfFirstPart(title: string, opening: string): Role {
  const role = roleOfTitle(title);
  if (role === 'other' && /过去一年|一年来|过去五年|五年来/.test(opening)) return 'review';
  return role;
}

/** Areas share their part's role; a self-building area or a targets heading inside a plan part says so. */
export function roleOfArea(title: string, partRole: Role | undefined, numbered: boolean): Role {
  if (partRole === 'review') return 'review';
  const own = roleOfTitle(title);
  if (own === 'self' || (!numbered && own === 'targets')) return own;
  // （二）2026年主要预期目标: a numbered area that only names the targets holds their paragraph.
  if (own === 'targets' && TARGETS_ONLY.test(title)) return own;
  return partRole ?? own;
}
