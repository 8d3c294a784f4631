// First start: an admin account (its generated password is returned once, to be printed) and the bundled
// example report, so every page answers at once (issue 3).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from '../storage/db';
import { countAdmins, createUser, listPlans } from '../storage/repos';
import { write } from '../storage/write';
import { generatePassword, hashPassword } from './auth/password';
import { importReport } from './imports/pipeline';

export const EXAMPLE_REPORT = 'examples/heshan-2024.txt';

export interface SeedResult {
  admin?: { username: string; password: string };
  importedPlanId?: number;
}

export async function seedFirstStart(db: Db, opts: { example?: string | null } = {}): Promise<SeedResult> {
  const out: SeedResult = {};
  if ((await countAdmins(db)) === 0) {
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await write(db, { userId: null }, (tx, audit) =>
      createUser(tx, audit, {
        username: 'admin',
        name: '督查室管理员',
        role: 'admin',
        departmentId: null,
        passwordHash,
      }),
    );
    out.admin = { username: 'admin', password };
  }
  const example = opts.example === undefined ? EXAMPLE_REPORT : opts.example;
  if (example && (await listPlans(db)).length === 0) {
    const path = resolve(example);
    const result = await importReport(
      db,
      { userId: null },
      { bytes: readFileSync(path), fileName: path.split('/').pop()! },
    );
    out.importedPlanId = result.draftPlanId;
  }
  return out;
}
