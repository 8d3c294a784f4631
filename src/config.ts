// One typed configuration object, validated at start-up; every problem is printed (STYLE.md habit 7).
// Every variable is listed in .env.example.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((v) => v === 'true' || v === '1')
  .optional();

export const configSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** PGlite data folder (ignored when databaseUrl is set). */
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  sessionHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  /** Set when served over HTTPS (adds Secure to cookies). */
  cookieSecure: bool.transform((v) => v ?? false),
  /** Login attempts per minute per client address. */
  loginRateLimit: z.coerce.number().int().min(1).max(10_000).default(10),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of the built web app; served when it exists. */
  webDir: z.string().min(1).default('./dist/web'),
  /** Longest life of a cached read response (0 = no cache); writes in this process empty it at once. */
  readCacheMs: z.coerce.number().int().min(0).max(600_000).default(2000),
  /** Import the bundled example report on first start. */
  seed: bool.transform((v) => v ?? true),
  /** Reminder scheduler tick in ms while serving (0 = off); never runs under app.inject (docs/supervision.md). */
  schedulerIntervalMs: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  /** SMTP for e-mail reminders; e-mail is off while smtpHost is empty. */
  smtpHost: z.string().optional(),
  smtpPort: z.coerce.number().int().min(1).max(65535).default(587),
  /** true: TLS from the start (port 465); false: STARTTLS when the server offers it. */
  smtpSecure: bool.transform((v) => v ?? false),
  smtpUser: z.string().optional(),
  smtpPassword: z.string().optional(),
  smtpFrom: z.string().default('duban <duban@localhost>'),
});

export type Config = z.infer<typeof configSchema>;

/** Maps environment variables (and CLI overrides) onto the config's fields. */
export function configInput(env: NodeJS.ProcessEnv, overrides: Partial<Record<keyof Config, string>> = {}) {
  const pick = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  return {
    host: pick(env.HOST),
    port: pick(env.PORT),
    dataDir: pick(env.DUBAN_DATA_DIR),
    databaseUrl: pick(env.DATABASE_URL),
    sessionHours: pick(env.SESSION_HOURS),
    cookieSecure: pick(env.COOKIE_SECURE),
    loginRateLimit: pick(env.LOGIN_RATE_LIMIT),
    logLevel: pick(env.LOG_LEVEL),
    webDir: pick(env.DUBAN_WEB_DIR),
    seed: pick(env.DUBAN_SEED),
    readCacheMs: pick(env.READ_CACHE_MS),
    schedulerIntervalMs: pick(env.SCHEDULER_INTERVAL_MS),
    smtpHost: pick(env.SMTP_HOST),
    smtpPort: pick(env.SMTP_PORT),
    smtpSecure: pick(env.SMTP_SECURE),
    smtpUser: pick(env.SMTP_USER),
    smtpPassword: pick(env.SMTP_PASSWORD),
    smtpFrom: pick(env.SMTP_FROM),
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
}

const envName: Record<keyof Config, string> = {
  host: 'HOST',
  port: 'PORT (or --port)',
  dataDir: 'DUBAN_DATA_DIR (or --data)',
  databaseUrl: 'DATABASE_URL',
  sessionHours: 'SESSION_HOURS',
  cookieSecure: 'COOKIE_SECURE',
  loginRateLimit: 'LOGIN_RATE_LIMIT',
  logLevel: 'LOG_LEVEL',
  webDir: 'DUBAN_WEB_DIR',
  seed: 'DUBAN_SEED',
  readCacheMs: 'READ_CACHE_MS',
  schedulerIntervalMs: 'SCHEDULER_INTERVAL_MS',
  smtpHost: 'SMTP_HOST',
  smtpPort: 'SMTP_PORT',
  smtpSecure: 'SMTP_SECURE',
  smtpUser: 'SMTP_USER',
  smtpPassword: 'SMTP_PASSWORD',
  smtpFrom: 'SMTP_FROM',
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Record<keyof Config, string>> = {},
): ConfigResult {
  const parsed = configSchema.safeParse(configInput(env, overrides));
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => {
      const key = i.path[0] as keyof Config | undefined;
      return `${key ? envName[key] : 'config'}: ${i.message}`;
    }),
  };
}
