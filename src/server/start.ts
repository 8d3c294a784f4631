// Shared by the CLI commands: a validated config (every problem printed) and the database it names.
import { type Config, loadConfig } from '../config';
import { type Database, openDatabase } from '../storage/db';

/** The config, or null after printing every problem to stderr. */
export function configOrReport(overrides: Partial<Record<keyof Config, string>> = {}): Config | null {
  const r = loadConfig(process.env, overrides);
  if (r.ok) return r.config;
  process.stderr.write(
    `duban: 配置有误 / invalid configuration:\n${r.problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  return null;
}

export function openConfigured(config: Config, migrate = true): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl, migrate })
    : openDatabase({ dataDir: config.dataDir, migrate });
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl
    ? `PostgreSQL ${config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@')}`
    : `PGlite ${config.dataDir}`;
}
