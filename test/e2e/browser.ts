// Browser side of the end-to-end tests: Debian's Chromium driven by playwright-core (never a downloaded
// browser, STACK.md pitfall 7), a fresh SPA build when the sources are newer, and screenshots.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const screenshotDir = join('test-results', 'screenshots');

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/web with vite unless it is newer than every file under src/web and src/shared. */
export function ensureWebBuilt(): void {
  const index = join('dist', 'web', 'index.html');
  const sources = Math.max(
    newestMtime(join('src', 'web')),
    newestMtime(join('src', 'shared')),
    statSync('vite.config.ts').mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  // Under vitest the environment says NODE_ENV=test, MODE=test, DEV=true…, which would build React and
  // antd in development mode: build with those removed, as `npm run build:web` does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/.test(k)),
  );
  const r = spawnSync(join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export const desktop = { width: 1366, height: 768 };
export const phone = { width: 375, height: 740 };

/**
 * Picks an option of an antd Select and waits until the select shows it; a pick that did not take (the list
 * still opening under the pointer on a busy machine) is made once more.
 */
export async function pickUntilShown(page: Page, select: Locator, label: string): Promise<void> {
  const list = page.locator('.ant-select-dropdown:visible');
  const pick = async () => {
    // A click on an open select closes it: open the list only when none is showing.
    if ((await list.count()) === 0) await select.click();
    await list.locator('.ant-select-item-option').filter({ hasText: label }).click();
  };
  await pickTwiceIfNeeded(pick, select.filter({ hasText: label }));
}

/**
 * Makes a pick and waits until `shown` appears; a pick that did not take within 5 s (on a busy machine the
 * list can still be opening or filtering under the pointer) is made once more, then waited on for `timeout`.
 */
export async function pickTwiceIfNeeded(
  pick: () => Promise<void>,
  shown: Locator,
  timeout?: number,
): Promise<void> {
  await pick();
  const taken = await shown.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!taken) {
    await pick();
    await shown.waitFor({ timeout });
  }
}
