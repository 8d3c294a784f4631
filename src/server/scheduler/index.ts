// The reminder scheduler: ticks every SCHEDULER_INTERVAL_MS while the server listens (never under app.inject),
// each tick as in tick.ts. Several processes on one PostgreSQL may all run it.
import type { Db } from '../../storage/db';
import type { App, Ctx } from '../context';
import { createMailer, type Mailer } from '../mail';
import { localToday } from '../supervision/render';
import { type TickResult, tick } from './tick';

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<TickResult | null> | null = null;

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer | null,
    private readonly onError: (e: unknown) => void = () => {},
  ) {}

  /** One tick now (skipped when the previous one is still running in this process). */
  runOnce(today: string = localToday()): Promise<TickResult | null> {
    if (this.running) return this.running.then(() => null);
    this.running = tick(this.db, this.mailer, today)
      .catch((e: unknown) => {
        this.onError(e);
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    this.timer.unref();
    void this.runOnce();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.mailer?.close();
  }
}

/** Starts the scheduler when the server starts listening and stops it on close. */
export function registerScheduler(app: App, ctx: Ctx): void {
  if (ctx.config.schedulerIntervalMs <= 0) return;
  const scheduler = new Scheduler(ctx.database.db, createMailer(ctx.config), (e) =>
    app.log.error({ err: e }, 'scheduler tick failed'),
  );
  app.addHook('onListen', async () => scheduler.start(ctx.config.schedulerIntervalMs));
  app.addHook('onClose', async () => scheduler.stop());
}
