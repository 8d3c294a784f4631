// The rule set a region (county) judges its targets with: stored as JSON per region, validated here, and passed
// to the domain's judgement functions. Defaults are DOMAIN.md §3.3 "Suggested default"; every threshold is
// configurable because 亮灯 rules are local practice with no national standard (§3.3).
import { z } from 'zod';
import { COLOUR_IDS } from './status';

const colour = z.enum(COLOUR_IDS);

/**
 * The daily 督办单 review's default bounds (duban): a county 督查室 signs and follows every sheet it sends, so a
 * day's review sends at most 20, and no department gets more than 3 at once (the rest follow on later days).
 */
export const SHEET_LIMIT_DEFAULTS = { perDay: 20, perDepartmentPerDay: 3 } as const;
const points = z.number().finite().min(0).max(100);

/** 序时 schedule: linear months ÷ 12 (DOMAIN.md §3.2), or a cumulative percentage due by the end of each month. */
export const scheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('linear') }),
  z.object({
    kind: z.literal('monthly'),
    cumulative: z
      .array(z.number().finite().min(0).max(100))
      .length(12, '序时进度表需要12个月的累计百分比 (12 monthly cumulative percentages)')
      .refine((xs) => xs.every((x, i) => i === 0 || x >= (xs[i - 1] ?? 0)), {
        message: '序时进度表必须逐月不减 (the schedule must not decrease)',
      })
      .refine((xs) => xs[11] === 100, { message: '12月的序时进度必须为100 (December must be 100)' }),
  }),
]);

export const ruleSetSchema = z.object({
  name: z.string().trim().min(1).max(60).default('默认规则'),
  schedule: scheduleSchema.default({ kind: 'linear' }),
  thresholds: z
    .object({
      /** Yellow if completion is at most this many points below 序时 (§3.3: "up to 10 points"). */
      cumulativeYellowPoints: points.default(10),
      /** Yellow if growth is at most this many 百分点 below target (§3.3: "up to 1 百分点 for growth"). */
      growthYellowPoints: points.default(1),
      /** Yellow if a point-in-time level is at most this % short of target (same 10 as §3.3). */
      levelYellowPercent: points.default(10),
      /** Yellow if the rank misses by at most this many places. */
      rankYellowPlaces: z.number().int().min(0).max(100).default(2),
      /** 超进度 when completion is at least this many points above 序时. */
      cumulativeAheadPoints: points.default(10),
      /** 超进度 when growth is at least this many 百分点 above target. */
      growthAheadPoints: points.default(1),
    })
    .prefault({}),
  tolerances: z
    .object({
      /** 左右 on a rate: ± 个百分点 (§4: "default ±0.2–0.5 百分点"). */
      ratePoints: points.default(0.5),
      /** 左右 on a level: ± percent of the target value. */
      levelPercent: points.default(5),
    })
    .prefault({}),
  colours: z
    .object({
      completed: colour.default('blue'),
      ahead: colour.default('green'),
      onTrack: colour.default('green'),
      /** 未启动 before any node date has passed; after a node date it is red (§3.3). */
      notStartedBeforeNode: colour.default('grey'),
      noData: colour.default('grey'),
    })
    .prefault({}),
  /** A count target up to this value is "small": no 序时, judged at milestones or year end (§3.2). */
  smallCountMax: z.number().int().min(0).max(1000).default(5),
  /** "时间过半、任务过半" (双过半): at this month, completion should reach this percent (§3.3). */
  midYear: z
    .object({
      month: z.number().int().min(1).max(12).default(6),
      percent: points.default(50),
    })
    .prefault({}),
  /** 力争 alone is "not failing if missed" (§4): its light is never worse than this. */
  aspirationalWorstColour: z.enum(['yellow', 'red']).default('yellow'),
  /** Decimals in 通报 sentences: officials write 53.3%, 21.7个百分点 (§1.4). */
  decimals: z.number().int().min(0).max(2).default(1),
  /**
   * Bounds of the daily 督办单 review (duban; docs/supervision.md): new sheets issued per plan in one day, and
   * per department in one day, worst first; the rest wait for the next day. 0 = the review issues none.
   */
  sheets: z
    .object({
      maxNewPerDay: z.number().int().min(0).max(1000).default(SHEET_LIMIT_DEFAULTS.perDay),
      maxNewPerDepartmentPerDay: z
        .number()
        .int()
        .min(0)
        .max(1000)
        .default(SHEET_LIMIT_DEFAULTS.perDepartmentPerDay),
    })
    .prefault({}),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;

/** The default rule set (DOMAIN.md §3.3 "Suggested default"). */
export const DEFAULT_RULE_SET: RuleSet = ruleSetSchema.parse({});

export type ParseRuleSetResult = { ok: true; value: RuleSet } | { ok: false; message: string };

/** Validates a stored or submitted rule set; missing fields take the defaults. */
export function parseRuleSet(input: unknown): ParseRuleSetResult {
  const r = ruleSetSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, value: r.data };
  const message = r.error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return { ok: false, message: `规则设置无效 (invalid rule set): ${message}` };
}
