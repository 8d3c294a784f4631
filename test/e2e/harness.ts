// One browser-test file's world: the real server on a fresh database (server.ts), the scenario set up
// through the API (scenario.ts) and Chromium, with helpers to open a page and sign in as a person would.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, desktop, ensureWebBuilt, hasChromium, launchBrowser } from './browser';
import { prepare, type Scenario } from './scenario';
import { ApiClient, type Running, startServer } from './server';

export interface Harness {
  server: Running;
  scenario: Scenario;
  open(viewport?: { width: number; height: number }): Promise<Page>;
  signIn(page: Page, username: string, password: string): Promise<void>;
  /** A page signed in as the 督查室 (admin). */
  asAdmin(viewport?: { width: number; height: number }): Promise<Page>;
  /** An API client signed in as the scenario's reporter. */
  reporterApi(): Promise<ApiClient>;
  close(): Promise<void>;
}

export function skipReason(): string | null {
  return hasChromium
    ? null
    : `[e2e] browser tests SKIPPED: ${chromiumPath} not found (apt-get install -y chromium fonts-noto-cjk to run them)`;
}

export async function startHarness(): Promise<Harness> {
  ensureWebBuilt();
  const server = await startServer();
  const scenario = await prepare(server);
  const browser: Browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const open = async (viewport = desktop) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    contexts.push(context);
    return context.newPage();
  };
  const signIn = async (page: Page, username: string, password: string) => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  };
  return {
    server,
    scenario,
    open,
    signIn,
    asAdmin: async (viewport) => {
      const page = await open(viewport);
      await signIn(page, server.admin.username, server.admin.password);
      return page;
    },
    reporterApi: async () => {
      const client = new ApiClient(server.url);
      await client.login(scenario.reporter.username, scenario.reporter.password);
      return client;
    },
    close: async () => {
      for (const c of contexts) await c.close();
      await browser.close();
      await server.close();
    },
  };
}
