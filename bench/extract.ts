// Statement extraction figures: accuracy against the hand annotations in ../shared/gold (scored by the
// shared scorer) and throughput over every report in ../shared/corpus, next to one plain regular-
// expression pass over the same text. Prints figures only; goals are F1 = 1.000 on heshan, >= 0.95 on
// beijing, >= 5 MB/s and within 10x of the plain pass. Run: npm run bench:extract
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPlan } from '../src/extract';
import { normalizeText } from '../src/extract/normalize';
import { extractStatements } from '../src/extract/statements';
import { analyzeStructure } from '../src/extract/structure';
import { benchPathological } from './pathological';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const hasShared = existsSync(join(shared, 'corpus'));

interface Score {
  kind: string;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  indicatorOk: number;
  ratioOk: number;
  ratioGold: number;
}

function listCorpus(): string[] {
  if (!hasShared) return [join(root, 'examples', 'heshan-2024.txt')];
  const dir = join(shared, 'corpus');
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      for (const f of readdirSync(join(dir, entry.name)))
        if (f.endsWith('.txt')) out.push(join(dir, entry.name, f));
    } else if (entry.name.endsWith('.txt')) out.push(join(dir, entry.name));
  }
  return out.sort();
}

function accuracy(): void {
  if (!hasShared) {
    console.log(`accuracy: skipped, ${shared} (gold annotations and scorer) is not in this checkout`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'duban-bench-'));
  const golds: [string, string][] = [
    ['heshan-2024.json', 'heshan-2024.txt'],
    ['beijing-2026.json', 'provincial-2026/beijing-2026.txt'],
  ];
  console.log('accuracy (../shared/tools/score-extraction.mjs):');
  for (const [gold, source] of golds) {
    const raw = readFileSync(join(shared, 'corpus', source), 'utf8');
    const pred = join(work, `${gold}.pred.json`);
    writeFileSync(pred, JSON.stringify(extractStatements(raw)));
    const scorer = join(shared, 'tools', 'score-extraction.mjs');
    const r = spawnSync(process.execPath, [scorer, join(shared, 'gold', gold), pred, '--json'], {
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      console.log(`  ${gold}: scorer failed: ${r.stderr.trim()}`);
      continue;
    }
    for (const s of JSON.parse(r.stdout) as Score[]) {
      const ratio = s.ratioGold ? `, ratio_to_plan ${s.ratioOk}/${s.ratioGold}` : '';
      console.log(
        `  ${gold.padEnd(18)} ${`${s.kind}s`.padEnd(8)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  ` +
          `F1 ${s.f1.toFixed(3)}  (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}; ` +
          `indicator ok ${s.indicatorOk}/${s.matched}${ratio})`,
      );
    }
  }
  rmSync(work, { recursive: true, force: true });
}

/** Median of `runs` timings of fn, in milliseconds. */
function time(runs: number, fn: () => unknown): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)]!;
}

const SENTENCE_STOP = /[。！？；]/;

/** One pass over every character, counting ASCII digits and sentence stops. */
function countDigitsAndStops(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x3002 || c === 0xff1b) n++;
  }
  return n;
}

function throughput(): void {
  const files = listCorpus();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;
  const runs = 21;
  let found = 0;
  // Warm up every phase first: the figures are for a long-running process (the server), and the
  // first runs measure the JIT, not the engine. Cold start is what bench:cli measures.
  for (let i = 0; i < 5; i++) {
    found = 0;
    for (const t of texts) {
      const r = extractPlan(t);
      found += r.targets.length + r.actuals.length;
    }
  }
  const normalized = texts.map((t) => normalizeText(t));
  // The engine is what `duban extract` and the import run: normalize, statements and structure.
  const engineMs = time(runs, () => {
    for (const t of texts) extractPlan(t);
  });
  const normalizeMs = time(runs, () => {
    for (const t of texts) normalizeText(t);
  });
  const statementsMs = time(runs, () => {
    for (let i = 0; i < texts.length; i++) extractStatements(texts[i]!, normalized[i]);
  });
  const structureMs = time(runs, () => {
    for (let i = 0; i < texts.length; i++) analyzeStructure(texts[i]!, normalized[i]!);
  });
  const plain = /\d+(\.\d+)?%/g;
  let plainHits = 0;
  const plainMs = time(runs * 5, () => {
    plainHits = 0;
    for (const t of texts) plainHits += t.match(plain)?.length ?? 0;
  });
  const rate = (ms: number) => mb / (ms / 1000);
  const row = (name: string, ms: number, extra = '') =>
    console.log(
      `  ${name.padEnd(34)} ${rate(ms).toFixed(1).padStart(7)} MB/s  (${ms.toFixed(2)} ms${extra})`,
    );
  console.log(`throughput over ${files.length} reports, ${mb.toFixed(2)} MB (median of ${runs} warm runs):`);
  row('engine (extractPlan: all phases)', engineMs, `, ${found} statements`);
  row('  normalize', normalizeMs);
  row('  statements (on normalized text)', statementsMs);
  row('  structure (on normalized text)', structureMs);
  row('plain /\\d+(\\.\\d+)?%/g pass', plainMs, `, ${plainHits} hits`);
  console.log(`  engine is ${(engineMs / plainMs).toFixed(1)}x the plain pass (goal: within 10x)`);
  // Reference floors: what merely visiting every character, or every sentence, costs in the same run,
  // so the ratio above can be read against the least any structure-aware engine has to do.
  let visited = 0;
  const loopMs = time(runs * 5, () => {
    visited = 0;
    for (const t of texts) visited += countDigitsAndStops(t);
  });
  const sentenceMs = time(runs * 5, () => {
    for (const t of texts) t.split(SENTENCE_STOP);
  });
  row('reference: one charCodeAt loop', loopMs, `, ${visited} digits and stops`);
  row('reference: split into sentences', sentenceMs);

  // Large and damaged inputs must finish in linear time.
  const joined = texts.join('\n');
  const copies = Math.max(1, Math.ceil(20e6 / bytes));
  const large: [string, string][] = [
    ['the corpus repeated', joined.repeat(copies)],
    ['the corpus without line breaks', joined.replace(/\n/g, '').repeat(copies)],
    ['the corpus without punctuation', joined.replace(/[，。；：、！？\n]/g, '').repeat(copies)],
  ];
  console.log('large inputs (one run each):');
  for (const [name, text] of large) {
    const bigMb = Buffer.byteLength(text) / 1e6;
    const ms = time(1, () => extractPlan(text));
    console.log(
      `  ${name.padEnd(31)} ${bigMb.toFixed(1)} MB in ${ms.toFixed(0)} ms: ${(bigMb / (ms / 1000)).toFixed(1)} MB/s`,
    );
  }
  benchPathological();
}

if (!hasShared) console.log(`note: ${shared} is absent; measuring examples/heshan-2024.txt only`);
accuracy();
throughput();
