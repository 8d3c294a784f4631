// The plan as StratML Part 2 (ANSI/AIIM 22:2011 "Performance Plans and Reports", schema 2.1 of 2010-12-15,
// namespace http://www.stratml.net/PerformancePlanOrReport): areas → Goal, tasks → Objective, targets →
// PerformanceIndicator with a MeasurementInstance holding the TargetResult and ActualResult(s). Element names and
// child order are those of the schema (PerformancePlanOrReport.xsd); STRATML_CHILDREN records them so tests can
// check every emitted element.
import { el, toXml, type XmlElement } from './xml';

export const STRATML_NAMESPACE = 'http://www.stratml.net/PerformancePlanOrReport';

/** Allowed children of each element, in schema sequence order (complex types of the 2.1 schema). */
export const STRATML_CHILDREN: Readonly<Record<string, readonly string[]>> = {
  PerformancePlanOrReport: [
    'Name',
    'Description',
    'OtherInformation',
    'StrategicPlanCore',
    'AdministrativeInformation',
    'Submitter',
  ],
  StrategicPlanCore: ['Organization', 'Vision', 'Mission', 'Value', 'Goal'],
  Organization: ['Name', 'Acronym', 'Identifier', 'Description', 'Stakeholder'],
  Vision: ['Description', 'Identifier'],
  Mission: ['Description', 'Identifier'],
  Value: ['Name', 'Description'],
  Goal: [
    'Name',
    'Description',
    'Identifier',
    'SequenceIndicator',
    'Stakeholder',
    'OtherInformation',
    'Objective',
  ],
  Objective: [
    'Name',
    'Description',
    'Identifier',
    'SequenceIndicator',
    'Stakeholder',
    'OtherInformation',
    'PerformanceIndicator',
  ],
  Stakeholder: ['Name', 'Description', 'Role'],
  Role: ['Name', 'Description', 'RoleType'],
  PerformanceIndicator: [
    'SequenceIndicator',
    'MeasurementDimension',
    'UnitOfMeasurement',
    'Identifier',
    'Relationship',
    'MeasurementInstance',
    'OtherInformation',
  ],
  Relationship: ['Identifier', 'Name', 'Description'],
  MeasurementInstance: ['TargetResult', 'ActualResult'],
  TargetResult: ['Description', 'NumberOfUnits', 'StartDate', 'EndDate'],
  ActualResult: ['Description', 'NumberOfUnits', 'StartDate', 'EndDate'],
  AdministrativeInformation: ['Identifier', 'StartDate', 'EndDate', 'PublicationDate', 'Source'],
  Submitter: ['Identifier', 'FirstName', 'LastName', 'PhoneNumber', 'EmailAddress'],
};

/** Every element name of the schema (its "Elements A - Z" plus the root). */
export const STRATML_ELEMENTS: readonly string[] = [
  'PerformancePlanOrReport',
  'Acronym',
  'ActualResult',
  'AdministrativeInformation',
  'Description',
  'EmailAddress',
  'EndDate',
  'FirstName',
  'Goal',
  'Identifier',
  'LastName',
  'MeasurementDimension',
  'MeasurementInstance',
  'Mission',
  'Name',
  'NumberOfUnits',
  'Objective',
  'Organization',
  'OtherInformation',
  'PerformanceIndicator',
  'PhoneNumber',
  'PublicationDate',
  'Relationship',
  'Role',
  'RoleType',
  'SequenceIndicator',
  'Source',
  'Stakeholder',
  'StartDate',
  'StrategicPlanCore',
  'Submitter',
  'TargetResult',
  'UnitOfMeasurement',
  'Value',
  'Vision',
];

export interface StratmlResult {
  value: number | null;
  description: string;
  startDate: string;
  endDate: string;
}

export interface StratmlIndicator {
  targetId: number;
  indicator: string;
  unit: string;
  quantitative: boolean;
  target: StratmlResult;
  actuals: StratmlResult[];
}

export interface StratmlObjective {
  title: string;
  description?: string;
  leadUnit?: string;
  cooperatingUnits?: string[];
  indicators: StratmlIndicator[];
}

export interface StratmlGoal {
  title: string;
  description?: string;
  objectives: StratmlObjective[];
}

export interface StratmlPlan {
  id: number;
  title: string;
  description?: string;
  year: number;
  organization: { name: string; description?: string };
  publicationDate: string;
  /** URL of the published plan, if any (xsd:anyURI). */
  source?: string;
  goals: StratmlGoal[];
}

/** xsd:decimal text: no exponent, no grouping (1e21 → "1000000000000000000000"). */
export function decimal(n: number): string {
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function text(name: string, value: string | undefined | null): XmlElement | null {
  return value === undefined || value === null ? null : el(name, [value]);
}

function result(name: 'TargetResult' | 'ActualResult', r: StratmlResult): XmlElement {
  return el(name, [
    el('Description', [r.description]),
    r.value === null ? null : el('NumberOfUnits', [decimal(r.value)]),
    el('StartDate', [r.startDate]),
    el('EndDate', [r.endDate]),
  ]);
}

function stakeholder(name: string, role: string): XmlElement {
  return el('Stakeholder', [
    el('Name', [name]),
    el('Role', [el('Name', [role]), el('RoleType', ['Performer'])]),
  ]);
}

function indicator(i: StratmlIndicator, seq: number): XmlElement {
  return el(
    'PerformanceIndicator',
    [
      el('SequenceIndicator', [String(seq)]),
      el('MeasurementDimension', [i.indicator]),
      el('UnitOfMeasurement', [i.unit]),
      el('Identifier', [`pi-${i.targetId}`]),
      el('MeasurementInstance', [
        result('TargetResult', i.target),
        ...i.actuals.map((a) => result('ActualResult', a)),
      ]),
    ],
    { PerformanceIndicatorType: i.quantitative ? 'Quantitative' : 'Qualitative', ValueChainStage: 'Outcome' },
  );
}

function objective(o: StratmlObjective, goalSeq: number, seq: number): XmlElement {
  return el('Objective', [
    el('Name', [o.title]),
    el('Description', [o.description ?? o.title]),
    el('Identifier', [`g${goalSeq}-o${seq}`]),
    el('SequenceIndicator', [`${goalSeq}.${seq}`]),
    ...(o.leadUnit ? [stakeholder(o.leadUnit, '牵头单位')] : []),
    ...(o.cooperatingUnits ?? []).map((u) => stakeholder(u, '配合单位')),
    ...o.indicators.map((i, k) => indicator(i, k + 1)),
  ]);
}

/** The StratML Part 2 document of a plan: a Performance_Plan, or a Performance_Report once actuals exist. */
export function planToStratml(plan: StratmlPlan): string {
  // The schema needs at least one Goal: an empty plan becomes one goal named after it.
  const goals = plan.goals.length > 0 ? plan.goals : [{ title: plan.title, objectives: [] }];
  const report = plan.goals.some((g) =>
    g.objectives.some((o) => o.indicators.some((i) => i.actuals.length > 0)),
  );
  const root = el(
    'PerformancePlanOrReport',
    [
      el('Name', [plan.title]),
      text('Description', plan.description),
      el('StrategicPlanCore', [
        el('Organization', [
          el('Name', [plan.organization.name]),
          el('Identifier', ['org-1']),
          text('Description', plan.organization.description),
        ]),
        ...goals.map((g, gi) =>
          el('Goal', [
            el('Name', [g.title]),
            el('Description', [g.description ?? g.title]),
            el('Identifier', [`g${gi + 1}`]),
            el('SequenceIndicator', [String(gi + 1)]),
            ...g.objectives.map((o, oi) => objective(o, gi + 1, oi + 1)),
          ]),
        ),
      ]),
      el('AdministrativeInformation', [
        el('Identifier', [`plan-${plan.id}`]),
        el('StartDate', [`${plan.year}-01-01`]),
        el('EndDate', [`${plan.year}-12-31`]),
        el('PublicationDate', [plan.publicationDate]),
        text('Source', plan.source),
      ]),
    ],
    { xmlns: STRATML_NAMESPACE, Type: report ? 'Performance_Report' : 'Performance_Plan' },
  );
  return toXml(root);
}
