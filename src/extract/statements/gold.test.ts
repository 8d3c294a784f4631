// The quality bar against the hand annotations in ../shared/gold, scored by the shared scorer itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractStatements } from './index';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const scorer = join(shared, 'tools/score-extraction.mjs');
const hasShared = existsSync(scorer);
if (!hasShared)
  console.warn(`gold tests skipped: ${shared} (the design material) is not present in this checkout`);

interface Score {
  kind: 'target' | 'actual';
  gold: number;
  predicted: number;
  matched: number;
  f1: number;
  indicatorOk: number;
  ratioOk: number;
  ratioGold: number;
}

const work = hasShared ? mkdtempSync(join(tmpdir(), 'duban-gold-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function score(goldName: string, source: string): Score[] {
  const raw = readFileSync(join(shared, 'corpus', source), 'utf8');
  const pred = join(work, `${goldName}.pred.json`);
  writeFileSync(pred, JSON.stringify(extractStatements(raw)));
  const r = spawnSync(process.execPath, [scorer, join(shared, 'gold', goldName), pred, '--json'], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Score[];
}

describe.skipIf(!hasShared)('gold: heshan-2024 (county report from a newspaper page)', () => {
  const scores = hasShared ? score('heshan-2024.json', 'heshan-2024.txt') : [];
  it.each(['target', 'actual'])('finds every %s and nothing else (F1 = 1)', (kind) => {
    const s = scores.find((x) => x.kind === kind)!;
    expect(s.f1).toBe(1);
  });
  it.each(['target', 'actual'])('names every matched %s indicator acceptably', (kind) => {
    const s = scores.find((x) => x.kind === kind)!;
    expect(s.indicatorOk).toBe(s.matched);
  });
  it('attaches every ratio_to_plan', () => {
    const s = scores.find((x) => x.kind === 'actual')!;
    expect(s.ratioGold).toBe(3);
    expect(s.ratioOk).toBe(3);
  });
});

describe.skipIf(!hasShared)('gold: beijing-2026 (full provincial report)', () => {
  const scores = hasShared ? score('beijing-2026.json', 'provincial-2026/beijing-2026.txt') : [];
  it.each(['target', 'actual'])('reaches F1 >= 0.95 on %ss', (kind) => {
    const s = scores.find((x) => x.kind === kind)!;
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });
});
