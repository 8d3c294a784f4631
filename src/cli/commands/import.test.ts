// `duban import` on a fresh PGlite folder: the national reports (no place of their own) go to the region 全国;
// a report that names no region and gets none is refused with one line, before any folder is created.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../../../test/helpers/cli';
import { legacyFiles } from '../../../test/helpers/legacy-files';
import { openDatabase } from '../../storage/db';
import { listRegions } from '../../storage/repos';
import { run as importCommand } from './import';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(new URL('national-2024.txt', CORPUS));
if (!hasCorpus) console.warn('skipping the national corpus imports: ../shared/corpus is not present');

const io = captureCli('duban-import-');

/** A short report with the given head; no place in it unless the head names one. */
function writeReport(name: string, head: string): string {
  const file = join(io.dir, name);
  writeFileSync(
    file,
    `${head}\n\n各位代表:\n\n一、2024年工作回顾\n全年地区生产总值增长5.2%。\n\n二、2025年主要目标任务\n2025年主要预期目标是:地区生产总值增长5%左右,城镇调查失业率控制在5.5%以内。\n`,
  );
  return file;
}

async function regionsIn(data: string) {
  const database = await openDatabase({ dataDir: data });
  try {
    return (await listRegions(database.db)).map((r) => ({ name: r.name, level: r.level }));
  } finally {
    await database.close();
  }
}

describe('duban import', () => {
  it.skipIf(!hasCorpus)(
    'imports both national reports into a fresh data folder, region 全国',
    async () => {
      const data = join(io.dir, 'national');
      for (const year of [2023, 2024]) {
        const file = new URL(`national-${year}.txt`, CORPUS).pathname;
        expect(await importCommand([file, '--data', data])).toBe(0);
      }
      expect(io.stderr).toEqual([]);
      expect(io.stdout.join('')).toMatch(/\(全国 2023\)[\s\S]*\(全国 2024\)/);
      expect(await regionsIn(data)).toEqual([{ name: '全国', level: 'national' }]);
    },
    60_000,
  );

  it('imports a made-up national report (the congress line only) into the region 全国', async () => {
    const data = join(io.dir, 'made-up');
    const file = writeReport(
      'n.txt',
      '政府工作报告\n——2025年3月5日在第十五届全国人民代表大会第一次会议上\n国务院总理',
    );
    expect(await importCommand([file, '--data', data])).toBe(0);
    expect(io.stdout.join('')).toContain('(全国 2025)');
    // No county units are suggested for a national plan; the command says to assign by hand.
    expect(io.stdout.join('')).toContain('0 suggested leads');
    expect(io.stdout.join('')).toContain('国家暂无部门清单,未自动指派牵头单位');
    expect(await regionsIn(data)).toEqual([{ name: '全国', level: 'national' }]);
  }, 30_000);

  it('refuses a report with no place and no option in one line, creating nothing', async () => {
    const data = join(io.dir, 'refused');
    const file = writeReport('anonymous.txt', '政府工作报告');
    expect(await importCommand([file, '--data', data])).toBe(1);
    const text = io.stderr.join('');
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^duban import: .*--region-id N.*--region /),
      '',
    ]);
    expect(text).not.toMatch(/\bat \S+:\d+/);
    expect(io.stdout).toEqual([]);
    expect(existsSync(data)).toBe(false);
  });

  it('creates the region named by --region and --level', async () => {
    const data = join(io.dir, 'named');
    const file = writeReport('named.txt', '政府工作报告');
    expect(await importCommand([file, '--data', data, '--region', '北岭', '--level', 'county'])).toBe(0);
    expect(io.stdout.join('')).toContain('(北岭 2025)');
    expect(await regionsIn(data)).toEqual([{ name: '北岭', level: 'county' }]);
  }, 30_000);

  it.each([
    ['--region-id with --region', ['--region-id', '1', '--region', '北岭']],
    ['--level without --region', ['--level', 'national']],
    ['an unknown level', ['--region', '北岭', '--level', 'galaxy']],
    ['a year that is none', ['--year', '24']],
  ])('refuses %s as a wrong command line (exit 2)', async (_what, options) => {
    const file = writeReport('line.txt', '政府工作报告');
    expect(await importCommand([file, '--data', join(io.dir, 'line'), ...options])).toBe(2);
    expect(io.stderr.join('')).toMatch(/^duban import: /);
    expect(existsSync(join(io.dir, 'line'))).toBe(false);
  });

  it('keeps a county report in its own region', async () => {
    const data = join(io.dir, 'county');
    const file = writeReport(
      'county.txt',
      '2025年云溪县人民政府工作报告\n——在青岚市云溪县第十七届人民代表大会第三次会议上',
    );
    expect(await importCommand([file, '--data', data])).toBe(0);
    expect(await regionsIn(data)).toEqual([
      { name: '青岚市', level: 'city' },
      { name: '青岚市云溪县', level: 'county' },
    ]);
  }, 30_000);

  it.each([
    ['a legacy .doc', legacyFiles.doc!, legacyFiles.doc!.says],
    ['an image', legacyFiles.png!, legacyFiles.png!.says],
  ])('refuses %s with its message said once in one line, creating nothing', async (_what, f, says) => {
    const data = join(io.dir, `refused-${f.name}`);
    const file = join(io.dir, f.name);
    writeFileSync(file, f.bytes);
    expect(await importCommand([file, '--data', data])).toBe(1);
    const text = io.stderr.join('');
    expect(text).toMatch(says);
    expect(text.split('\n')).toHaveLength(2);
    // The reader's line holds both languages; it is not repeated.
    expect(text.split(' / ')).toHaveLength(2);
    expect(existsSync(data)).toBe(false);
  });

  it('says in one line that a file is missing, not as a Node error', async () => {
    expect(await importCommand([join(io.dir, 'nope.txt'), '--data', join(io.dir, 'none')])).toBe(1);
    expect(io.stderr.join('')).toMatch(/^duban import: 找不到文件 \/ no such file: .*nope\.txt\n$/);
  });
});
