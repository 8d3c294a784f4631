// The supervision cycle's HTTP contract (issue 5): 督办单, 通报, year-end review, exports, the ledger import,
// notifications, the reporting calendar and the ambition check. Read by the server and the web.
import { z } from 'zod';
import { idSchema, statusIdSchema, versionSchema } from './common';
import { limits } from './limits';
import { periodSchema } from './progress';

const isoDate = z.iso.date();
const ref = z.object({ id: idSchema, name: z.string() });

// ——— 督办单 (DOMAIN.md §1.4: 蓝 提醒 → 黄 预警 → 红 督办) ———
export const sheetColourSchema = z.enum(['blue', 'yellow', 'red']);
export type SheetColour = z.infer<typeof sheetColourSchema>;
export const sheetStateSchema = z.enum(['open', 'responded', 'closed']);

export const sheetSchema = z.object({
  id: idSchema,
  /** 文号, e.g. 督办〔2024〕3号. */
  number: z.string(),
  planId: idSchema,
  target: z.object({ id: idSchema, indicator: z.string(), span: z.string() }),
  department: ref.nullable(),
  colour: sheetColourSchema,
  /** 蓝色提醒 / 黄色预警 / 红色督办. */
  colourLabel: z.string(),
  reasons: z.array(z.string()),
  issuedOn: isoDate,
  responseDeadline: isoDate,
  /** Open and past its response deadline. */
  overdue: z.boolean(),
  state: sheetStateSchema,
  response: z.object({ text: z.string(), on: isoDate, by: z.string() }).nullable(),
  closedOn: isoDate.nullable(),
  closedBy: z.string().nullable(),
  history: z.array(
    z.object({
      on: isoDate,
      event: z.enum(['issued', 'escalated', 'responded', 'returned', 'closed']),
      colour: sheetColourSchema,
      note: z.string(),
    }),
  ),
  version: versionSchema,
});
export type Sheet = z.infer<typeof sheetSchema>;

export const sheetQuerySchema = z.object({
  planId: z.coerce.number().int().positive().optional(),
  targetId: z.coerce.number().int().positive().optional(),
  departmentId: z.coerce.number().int().positive().optional(),
  /** active = open or responded. */
  state: z.enum(['open', 'responded', 'closed', 'active']).optional(),
});

const sheetText = z.string().trim().min(1).max(limits.narrativeMax);

/** Issue by hand (admin). Without a colour the escalation rules choose it; 409 when nothing warrants one. */
export const sheetCreateSchema = z
  .object({
    targetId: idSchema,
    colour: sheetColourSchema.optional(),
    reason: z.string().trim().min(1).max(limits.reasonMax).optional(),
    responseDeadline: isoDate.optional(),
  })
  .strict();
export const sheetRespondSchema = z.object({ text: sheetText, version: versionSchema.optional() }).strict();
export const sheetReturnSchema = z
  .object({ reason: z.string().trim().min(1).max(limits.reasonMax), version: versionSchema.optional() })
  .strict();
export const sheetCloseSchema = z
  .object({
    note: z.string().trim().max(limits.reasonMax).default(''),
    /** 办结 without a response (e.g. the target was completed meanwhile). */
    force: z.boolean().default(false),
    version: versionSchema.optional(),
  })
  .strict();
export const sheetReviewResultSchema = z.object({
  issued: z.array(sheetSchema),
  escalated: z.array(sheetSchema),
});

// ——— 通报 ———
export const bulletinQuerySchema = z.object({ period: periodSchema, date: isoDate.optional() });
export const bulletinCreateSchema = z.object({ period: periodSchema, issuedOn: isoDate.optional() }).strict();

export const bulletinSchema = z.object({
  /** null for a preview (not published). */
  id: idSchema.nullable(),
  planId: idSchema,
  period: z.string(),
  docNumber: z.string(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: isoDate,
  dateZh: z.string(),
  periodLabel: z.string(),
  counts: z.array(
    z.object({ status: statusIdSchema, label: z.string(), count: z.number(), share: z.number() }),
  ),
  countsSentence: z.string(),
  lagging: z.array(
    z.object({
      seq: z.number(),
      targetId: idSchema,
      indicator: z.string(),
      department: z.string(),
      status: statusIdSchema,
      sentence: z.string(),
    }),
  ),
  ranking: z.array(
    z.object({
      rank: z.number().nullable(),
      departmentId: idSchema,
      name: z.string(),
      targets: z.number(),
      judged: z.number(),
      onTrack: z.number(),
      onTimeRate: z.number().nullable(),
      onTrackRate: z.number().nullable(),
      score: z.number().nullable(),
    }),
  ),
  sections: z.array(
    z.object({
      heading: z.string(),
      paragraphs: z.array(z.string()),
      list: z.array(z.string()),
      table: z.enum(['counts', 'lagging', 'ranking']).nullable(),
    }),
  ),
});
export type BulletinView = z.infer<typeof bulletinSchema>;

export const bulletinSummarySchema = z.object({
  id: idSchema,
  planId: idSchema,
  period: z.string(),
  docNumber: z.string(),
  title: z.string(),
  issuedOn: isoDate,
});

// ——— Year-end review (DOMAIN.md §1.6) ———
export const reviewSchema = z.object({
  title: z.string(),
  opening: z.string(),
  areas: z.array(z.object({ title: z.string(), sentences: z.array(z.string()), paragraph: z.string() })),
  table: z.array(
    z.object({
      seq: z.number(),
      area: z.string(),
      indicator: z.string(),
      planText: z.string(),
      actualText: z.string(),
      resultText: z.string(),
      met: z.boolean().nullable(),
      estimate: z.boolean(),
    }),
  ),
  numeric: z.number(),
  met: z.number(),
  /** Quantified targets with no progress reported in the year (未报送进展). */
  unreported: z.number(),
});
export type Review = z.infer<typeof reviewSchema>;

// ——— Exports ———
export const exportFormatIds = [
  'xlsx',
  'docx',
  'csv',
  'progress-csv',
  'json',
  'stratml',
  'review-txt',
] as const;
export const exportParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  format: z.enum(exportFormatIds),
});

// ——— Ledger (分解表/台账) import ———
export const ledgerRowErrorSchema = z.object({ column: z.string().nullable(), message: z.string() });
export const ledgerPreviewSchema = z.object({
  sheet: z.string(),
  headerRow: z.number(),
  groupRows: z.number(),
  goodRows: z.array(
    z.object({
      row: z.number(),
      seq: z.string(),
      category: z.string(),
      task: z.string(),
      quantTarget: z.string(),
      leadLeader: z.string(),
      leadUnit: z.string(),
      cooperatingUnits: z.array(z.string()),
      deadlineText: z.string(),
      /** Targets of the plan this row applies to. */
      targetIds: z.array(idSchema),
      /** Unit names not yet in the department list (created on import). */
      newDepartments: z.array(z.string()),
    }),
  ),
  badRows: z.array(z.object({ row: z.number(), errors: z.array(ledgerRowErrorSchema) })),
  /** Rows that are valid but name no task of this plan; never imported. */
  unmatchedRows: z.array(z.object({ row: z.number(), task: z.string() })),
});
export type LedgerPreview = z.infer<typeof ledgerPreviewSchema>;
export const ledgerImportResultSchema = z.object({
  importedRows: z.number(),
  assignments: z.number(),
  createdDepartments: z.array(z.string()),
  skippedRows: z.array(z.number()),
});

// ——— Notifications ———
export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  departmentId: idSchema.nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;
/** E-mail addresses that receive a department's reminders (GET/PUT /api/departments/:id/emails, admin). */
export const departmentEmailsSchema = z
  .object({ emails: z.array(z.email().max(limits.emailMax)).max(limits.emailsMax) })
  .strict();
export type DepartmentEmails = z.infer<typeof departmentEmailsSchema>;
export const notificationQuerySchema = z.object({ unread: z.enum(['true', 'false']).optional() });

// ——— Reporting calendar (DOMAIN.md §1.3) ———
export const reportingRuleSchema = z
  .object({
    cadence: z.enum(['month', 'quarter', 'half', 'year']),
    dueDay: z.union([z.number().int().min(1).max(31), z.literal('last')]),
    monthOffset: z.number().int().min(0).max(3).default(0),
  })
  .strict();
export const reportingSchema = z.object({
  rule: reportingRuleSchema,
  version: versionSchema,
  overrides: z.array(reportingRuleSchema.extend({ targetId: idSchema })),
});
export type ReportingRule = z.infer<typeof reportingRuleSchema>;
export type Reporting = z.infer<typeof reportingSchema>;
export const reportingPutSchema = z.object({ rule: reportingRuleSchema, version: versionSchema }).strict();
export const reportingOverrideSchema = z.object({ rule: reportingRuleSchema.nullable() }).strict();
export const calendarQuerySchema = z.object({
  today: isoDate.optional(),
  departmentId: z.coerce.number().int().positive().optional(),
});
export const calendarSchema = z.object({
  today: isoDate,
  entries: z.array(
    z.object({
      targetId: idSchema,
      departmentId: idSchema.nullable(),
      period: z.string(),
      opensOn: isoDate,
      dueDate: isoDate,
      state: z.enum(['upcoming', 'due', 'submitted', 'late', 'missing']),
      submittedOn: isoDate.nullable(),
      daysOverdue: z.number(),
    }),
  ),
  departments: z.array(
    z.object({
      department: ref.nullable(),
      upcoming: z.number(),
      due: z.number(),
      submitted: z.number(),
      late: z.number(),
      missing: z.number(),
      onTimeRate: z.number().nullable(),
    }),
  ),
});
export type Calendar = z.infer<typeof calendarSchema>;

// ——— Ambition check (targets set below last year's actual) ———
export const ambitionSchema = z.object({
  matches: z.array(
    z.object({
      targetId: idSchema,
      indicator: z.string(),
      baseline: z.object({
        indicator: z.string(),
        value: z.number(),
        unit: z.string(),
        estimate: z.boolean(),
      }),
      score: z.number(),
      verdict: z.enum(['below', 'equal', 'above']),
      flagged: z.boolean(),
      severity: z.string(),
      messageZh: z.string(),
    }),
  ),
});
export type Ambition = z.infer<typeof ambitionSchema>;
export type AmbitionMatch = Ambition['matches'][number];
