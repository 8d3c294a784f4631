import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyFiles } from '../../../test/helpers/legacy-files';

const ROOT = new URL('../../../', import.meta.url);
const SCORER = new URL('../shared/tools/score-extraction.mjs', ROOT);
const GOLD = new URL('../shared/gold/heshan-2024.json', ROOT);
const duban = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/duban.mjs', 'extract', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });

const dir = mkdtempSync(join(tmpdir(), 'duban-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('duban extract output', () => {
  it('prints title, years, parts, tasks, figures, and warnings last, in readable form', () => {
    const r = duban('examples/heshan-2024.txt');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/^标题 title: 奋力谱写/);
    expect(out).toContain('年份 years: 回顾 review 2023 · 计划 plan 2024');
    expect(out).toContain('  一、2023年工作回顾 [review] L13 [91,1623)');
    expect(out).toContain('任务 tasks: 25');
    expect(out).toMatch(/^目标 targets: \d+$/m);
    expect(out).toMatch(/^实绩 results: \d+$/m);
    const sections = [...out.matchAll(/^(\S+) [a-z ]+: /gm)].map((m) => m[1]);
    expect(sections.at(-1)).toBe('警告');
    expect(out).toMatch(/sentence_crosses_section L51 \[1622,1623\) «办»/);
  });

  it('prints the JSON contract with --json', () => {
    const r = duban('--json', 'examples/heshan-2024.txt');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['targets', 'actuals', 'qualitative', 'structure', 'warnings']);
    expect(json.structure).toMatchObject({ reviewYear: 2023, planYear: 2024 });
    expect(json.structure.sections.filter((s: { level: string }) => s.level === 'part')).toHaveLength(3);
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain('sentence_crosses_section');
  });

  it.skipIf(!existsSync(SCORER) || !existsSync(GOLD))('gives JSON that the shared scorer reads', () => {
    const out = file('heshan.json', duban('--json', 'examples/heshan-2024.txt').stdout);
    const r = spawnSync(process.execPath, [SCORER.pathname, GOLD.pathname, out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^targets: gold \d+, predicted \d+/m);
  });

  it.each([
    ['GB18030 text', 'fixtures/heshan-2024.gb18030.txt'],
    ['a .docx', 'fixtures/heshan-2024.docx'],
    ['a PDF', 'fixtures/heshan-2024.pdf'],
    ['a web page', 'fixtures/heshan-2024.html'],
  ])('reads %s to the same structure', (_name, path) => {
    const r = duban('--json', path);
    expect(r.status).toBe(0);
    const { structure } = JSON.parse(r.stdout);
    expect(structure.sections.map((s: { ordinal: string }) => s.ordinal).filter(Boolean)).toHaveLength(20);
    expect(structure.tasks).toHaveLength(25);
  });

  it('prints the text as read with --text', () => {
    const original = readFileSync(new URL('examples/heshan-2024.txt', ROOT), 'utf8');
    const r = duban('--text', 'fixtures/heshan-2024.utf16le.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(original.endsWith('\n') ? original : `${original}\n`);
  });

  it('reads standard input for -', () => {
    const input = readFileSync(new URL('fixtures/heshan-2024.gb18030.txt', ROOT));
    const r = spawnSync(process.execPath, ['bin/duban.mjs', 'extract', '--json', '-'], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).structure.planYear).toBe(2024);
  });

  it('gives a best-effort result with a warning for text without report structure', () => {
    const r = duban('--json', file('note.txt', '今天开会,讨论了一些事情。\n'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).toContain('no_structure');
  });
});

describe('duban extract errors: one line on stderr, exit code not 0', () => {
  const big = file('big.txt', '');
  truncateSync(big, 50 * 1024 * 1024 + 1);
  it.each([
    ['a missing path', [join(dir, 'nope.txt')], 1, /找不到文件 \/ no such file/],
    ['a directory', [dir], 1, /is a directory/],
    ['an empty file', [file('empty.txt', '')], 1, /the file is empty/],
    ['binary junk', ['fixtures/junk.bin'], 1, /the file is binary/],
    ['a 50 MB file', [big], 1, /larger than the 50 MB limit/],
    [
      'an unknown encoding',
      [file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe9, 0x74, 0xe9]))],
      1,
      /unknown text encoding/,
    ],
    ['a PDF without a text layer', ['fixtures/scanned.pdf'], 1, /no text layer \(scanned PDF\?\)/],
    ['no file argument', [], 2, /give one file/],
    ['two file arguments', ['a.txt', 'b.txt'], 2, /give one file/],
    ['an unknown option', ['--bogus', 'a.txt'], 2, /Unknown option '--bogus'/],
  ])('%s', (_name, args, status, message) => {
    const r = duban(...(args as string[]));
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('duban extract on files that are not a report in a readable format', () => {
  it.each(Object.entries(legacyFiles))(
    'refuses a %s file with exit 1 and one line saying what to do',
    (_kind, f) => {
      const r = duban(file(f.name, f.bytes));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(f.says);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
