// Scores an extraction against a hand annotation written per ../shared/gold/README.md, with the matching
// rules of the shared scorer (../shared/tools/score-extraction.mjs): same kind, value, unit and
// comparator (> and < as >= and <=), overlapping offsets, one-to-one; optional gold items are neither
// required nor penalised. Used by the fixture tests that must run without ../shared.
import { readFileSync } from 'node:fs';
import { extractStatements } from '../../src/extract/statements';
import type { Statement } from '../../src/extract/types';

export interface GoldItem {
  kind: 'target' | 'actual';
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: string;
  optional?: boolean;
  ratio_to_plan?: number;
}
export interface Gold {
  targets: GoldItem[];
  actuals: GoldItem[];
}

/** The annotation `<dir><name>.gold.json` beside its report `<dir><name>.txt`. */
export function readGold(dir: string, name: string): Gold {
  return JSON.parse(readFileSync(`${dir}${name}.gold.json`, 'utf8')) as Gold;
}

const cmp = (c: string | undefined) => (c === '>' ? '>=' : c === '<' ? '<=' : (c ?? '='));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const matches = (p: Statement, g: GoldItem) =>
  same(p.value, g.value) &&
  p.unit === g.unit &&
  cmp(p.comparator) === cmp(g.comparator) &&
  p.start < g.end &&
  g.start < p.end;

/** F1 of `pred` against the gold items of one kind, and how many gold ratio_to_plan values it got right. */
export function goldF1(
  pred: Statement[],
  all: GoldItem[],
): { f1: number; ratioOk: number; ratioGold: number } {
  let p = pred;
  for (const o of all.filter((x) => x.optional)) {
    const j = p.findIndex((x) => matches(x, o));
    if (j >= 0) p = p.filter((_, k) => k !== j);
  }
  const gold = all.filter((x) => !x.optional);
  const used = new Set<number>();
  let tp = 0;
  let ratioOk = 0;
  let ratioGold = 0;
  for (const g of gold) {
    const j = p.findIndex((x, k) => !used.has(k) && matches(x, g));
    if (g.ratio_to_plan !== undefined) ratioGold++;
    if (j < 0) continue;
    used.add(j);
    tp++;
    if (g.ratio_to_plan !== undefined && p[j]!.ratio_to_plan === g.ratio_to_plan) ratioOk++;
  }
  const precision = p.length ? tp / p.length : 0;
  const recall = gold.length ? tp / gold.length : 1;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    ratioOk,
    ratioGold,
  };
}

/** The report `<dir><name>.txt` extracted and scored against its annotation, for targets and for actuals. */
export function scoreFixture(
  dir: string,
  name: string,
): Record<'target' | 'actual', ReturnType<typeof goldF1>> {
  const r = extractStatements(readFileSync(`${dir}${name}.txt`, 'utf8'));
  const gold = readGold(dir, name);
  return { target: goldF1(r.targets, gold.targets), actual: goldF1(r.actuals, gold.actuals) };
}
