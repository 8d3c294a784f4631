// The web app in a real browser: Debian's Chromium drives the built SPA served by the real server on a
// fresh database seeded with the Heshan report. Skipped, with a printed reason, where Chromium is missing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/shared/api/dashboard';
import type { ProgressReport } from '../../src/shared/api/progress';
import type { Ambition } from '../../src/shared/api/supervision';
import type { Target, TargetListItem } from '../../src/shared/api/targets';
import { chromiumPath, desktop, ensureWebBuilt, hasChromium, launchBrowser, phone, snap } from './browser';
import { prepare, type Scenario } from './scenario';
import { type Running, startServer } from './server';

if (!hasChromium) {
  console.log(
    `[e2e] browser tests SKIPPED: ${chromiumPath} not found (apt-get install -y chromium fonts-noto-cjk to run them)`,
  );
}

/** The plan is for 2024 while the machine's clock may be later: pin the date the dashboard judges at. */
const asOf = '2024-06-30';

let server: Running;
let browser: Browser;
let scenario: Scenario;
const contexts: BrowserContext[] = [];

async function open(viewport = desktop): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Selects the first occurrence of a phrase in the report text, as a person dragging the mouse would. */
async function selectText(page: Page, phrase: string): Promise<void> {
  await page.evaluate((text) => {
    const root = document.querySelector('[data-testid="source-text"]');
    if (!root) throw new Error('no report text on the page');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`text not found: ${text}`);
  }, phrase);
}

describe.skipIf(!hasChromium)(
  'web app in Chromium',
  () => {
    beforeAll(async () => {
      ensureWebBuilt();
      server = await startServer();
      scenario = await prepare(server);
      browser = await launchBrowser();
    }, 120_000);

    afterAll(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await server?.close();
    });

    it('shows the public page without signing in', async () => {
      const page = await open();
      await page.goto(`${server.url}/public`);
      await page.getByTestId('public-plan').first().click();
      await expect.poll(() => page.getByTestId('public-item').count()).toBeGreaterThan(0);
      await snap(page, 'public-1366');
      // 序号 is the item's place in the plan: page 2 goes on from 21 (it started again at 1).
      const plan = (await (await fetch(`${server.url}/api/public/plans/${server.planId}`)).json()) as {
        items: unknown[];
      };
      expect(plan.items.length).toBeGreaterThan(20);
      await page.locator('.ant-pagination-item-2').click();
      await expect.poll(() => page.getByTestId('public-item').first().textContent()).toMatch(/^21\. /);
      const mobile = await open(phone);
      await mobile.goto(page.url());
      await mobile.getByTestId('public-item').first().waitFor();
      await snap(mobile, 'public-375');
    });

    it('sends a signed-out visitor to sign-in and back to the page asked for', async () => {
      const page = await open();
      await page.goto(`${server.url}/plans/${server.planId}/targets`);
      await page.waitForURL(/\/login\?next=/);
      await snap(page, 'login-1366');
      await page.getByLabel('用户名').fill(server.admin.username);
      await page.getByLabel('密码').fill('wrong-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('用户名或密码错误');
      await page.getByLabel('密码').fill(server.admin.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(`**/plans/${server.planId}/targets`);
      await page.locator('.ant-table-row').first().waitFor();
      await snap(page, 'targets-1366');
    });

    it('lets a reporter file progress from the department workspace', async () => {
      const page = await open();
      await signIn(page, scenario.reporter.username, scenario.reporter.password);
      await page.waitForURL('**/department');
      await page.getByTestId('workload').waitFor();
      await snap(page, 'department-1366');
      await page.getByTestId(`report-${scenario.target.id}`).first().click();
      await page.getByTestId('progress-period').fill('2024-06');
      const value = scenario.target.value ?? 0;
      await page.getByTestId('progress-yoy').fill(String(value + 1.5));
      await page.getByLabel('进展情况').fill('1—6月累计同比增长，高于年度目标。');
      await page.getByLabel('下一步措施').fill('加快项目入库。');
      await page.waitForTimeout(400); // the drawer slides in
      await snap(page, 'progress-form-1366');
      await page.getByTestId('progress-submit').click();
      await page.getByRole('button', { name: /确\s*认/ }).click();
      await page.getByText('已提交审核').first().waitFor();
      const queue = await scenario.admin.call<ProgressReport[]>(
        'GET',
        `/api/progress?status=submitted&planId=${server.planId}`,
      );
      expect(queue.map((p) => [p.targetId, p.period, p.yoy])).toContainEqual([
        scenario.target.id,
        '2024-06',
        value + 1.5,
      ]);
      const mobile = await open(phone);
      await signIn(mobile, scenario.reporter.username, scenario.reporter.password);
      await mobile.getByTestId('workload').waitFor();
      await snap(mobile, 'department-375');
    });

    it('lets the 督查室 approve it, and the dashboard status changes', async () => {
      const dashboardUrl = `${server.url}/plans/${server.planId}/dashboard?asOf=${asOf}`;
      const card = (page: Page) =>
        page
          .getByTestId('main-target')
          .filter({ hasText: scenario.target.indicator })
          .locator('[data-status]');
      const before = await scenario.admin.call<Target>('GET', `/api/targets/${scenario.target.id}`);
      expect(before.judgement.status).toBe('no_data');
      const page = await open();
      await signIn(page, server.admin.username, server.admin.password);
      await page.goto(`${server.url}/review`);
      await page.getByTestId('review-item').first().waitFor();
      await snap(page, 'review-1366');
      await page.getByTestId('approve').first().click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /通\s*过/ })
        .click();
      await page.getByText('没有待审核的进展报告。').waitFor();

      const dashboard = await scenario.admin.call<Dashboard>(
        'GET',
        `/api/plans/${server.planId}/dashboard?asOf=${asOf}`,
      );
      const judged = [...dashboard.mainTargets, ...dashboard.lagging].find(
        (t) => t.id === scenario.target.id,
      );
      await page.goto(dashboardUrl);
      await page.getByTestId('dashboard').waitFor();
      if (judged) {
        await expect.poll(() => card(page).first().getAttribute('data-status')).toBe(judged.judgement.status);
      }
      const after = await scenario.admin.call<Target>('GET', `/api/targets/${scenario.target.id}`);
      expect(after.judgement.status).not.toBe('no_data');
      await expect
        .poll(() => page.getByTestId('count-no_data').textContent())
        .toContain(String(dashboard.counts.no_data));
      await page.waitForTimeout(300); // charts draw on the next frame
      await snap(page, 'dashboard-1366');
      const mobile = await open(phone);
      await signIn(mobile, server.admin.username, server.admin.password);
      await mobile.goto(dashboardUrl);
      await mobile.getByTestId('dashboard').waitFor();
      await mobile.waitForTimeout(300);
      await snap(mobile, 'dashboard-375');
    });

    it('links a target to its sentence in the report and back', async () => {
      const page = await open();
      await signIn(page, server.admin.username, server.admin.password);
      await page.goto(`${server.url}/targets/${scenario.target.id}`);
      await page.getByTestId('history-item').first().waitFor();
      await page.waitForTimeout(300);
      await snap(page, 'target-detail-1366');
      await page.getByTestId('open-source').click();
      await page.waitForURL(
        (url) =>
          url.pathname === `/plans/${server.planId}/source` &&
          url.searchParams.get('at') === String(scenario.target.start) &&
          url.searchParams.get('target') === String(scenario.target.id),
      );
      const mark = page.locator(`mark[data-target="${scenario.target.id}"]`).first();
      await expect.poll(() => mark.textContent()).toBe(scenario.target.span);
      await snap(page, 'source-1366');
      await mark.click();
      await page.waitForURL(`**/targets/${scenario.target.id}`);
      await page.goBack();
      await page.waitForURL((url) => url.pathname.endsWith('/source'));
      const mobile = await open(phone);
      await signIn(mobile, server.admin.username, server.admin.password);
      await mobile.goto(`${server.url}/targets/${scenario.target.id}`);
      await mobile.getByTestId('history-item').first().waitFor();
      await mobile.waitForTimeout(300);
      await snap(mobile, 'target-detail-375');
    });

    it('imports a report: a duplicate is refused in words, a new one is corrected and confirmed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'duban-e2e-'));
      const jobs = '全年新增城镇就业3000人以上';
      const jobless = '城镇调查失业率控制在5.5%以内';
      const file = join(dir, 'report-2024-revised.txt');
      writeFileSync(file, `${readFileSync('examples/heshan-2024.txt', 'utf8')}\n${jobs},${jobless}。\n`);
      const page = await open();
      await signIn(page, server.admin.username, server.admin.password);
      await page.goto(`${server.url}/import`);
      await page.locator('input[type=file]').setInputFiles('examples/heshan-2024.txt');
      await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('已导入过');
      await page.locator('input[type=file]').setInputFiles(file);
      await page.waitForURL(/\/import\/\d+$/);
      const planId = Number(page.url().split('/').pop());
      await page.getByTestId('import-review').waitFor();
      await page.getByTestId('source-text').waitFor();
      // the ambition check on the draft: targets set below last year's actual carry a flag
      const ambition = await scenario.admin.call<Ambition>('GET', `/api/plans/${planId}/ambition`);
      const flagged = ambition.matches.filter((m) => m.flagged);
      expect(flagged.length).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('ambition-flag').count()).toBe(flagged.length);
      await expect
        .poll(() => page.getByTestId('ambition-summary').textContent())
        .toContain(String(flagged.length));
      const rows = page.getByTestId('draft-target');
      const before = await rows.count();
      for (const [phrase, value] of [
        [jobs, '3000'],
        [jobless, '5.5'],
      ] as const) {
        await selectText(page, phrase);
        await page.getByTestId('add-selected').click();
        await expect
          .poll(() => page.getByRole('dialog').getByTestId('target-indicator').inputValue())
          .toBe(phrase);
        await page.getByRole('dialog').getByTestId('target-value').fill(value);
        await page
          .getByRole('dialog')
          .getByRole('button', { name: /保\s*存/ })
          .click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      }
      await expect.poll(() => rows.count()).toBe(before + 2);
      await snap(page, 'import-review-1366');

      await rows
        .filter({ hasText: jobs })
        .getByRole('button', { name: /编\s*辑/ })
        .click();
      await page.getByRole('dialog').getByTestId('target-indicator').fill('城镇新增就业');
      await page.getByRole('dialog').getByTestId('target-value').fill('3200');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await expect.poll(() => rows.filter({ hasText: '城镇新增就业' }).count()).toBe(1);

      await rows
        .filter({ hasText: jobless })
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await expect.poll(() => rows.count()).toBe(before + 1);

      const saved = await scenario.admin.call<TargetListItem[]>('GET', `/api/plans/${planId}/targets`);
      expect(saved.filter((t) => t.indicator === '城镇新增就业').map((t) => t.value)).toEqual([3200]);
      expect(saved.some((t) => t.indicator === jobless)).toBe(false);

      await page.getByTestId('confirm-plan').click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*认/ })
        .click();
      await page.waitForURL(`**/plans/${planId}/dashboard`);
      const plans = await scenario.admin.call<{ id: number; status: string }[]>('GET', '/api/plans');
      expect(plans.find((p) => p.id === planId)?.status).toBe('confirmed');
    });

    it('switches to English, remembers it, and shows API errors in English', async () => {
      const page = await open();
      await signIn(page, server.admin.username, server.admin.password);
      await page.goto(`${server.url}/plans/${server.planId}/dashboard?asOf=${asOf}`);
      await page.getByTestId('dashboard').waitFor();
      await page.getByTestId('locale-switch').click();
      await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
      await page.reload();
      await page.getByText('Main targets').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('duban.locale'))).toBe('en');
      await page.waitForTimeout(300);
      await snap(page, 'dashboard-en-1366');
      await page.goto(`${server.url}/targets/999999`);
      const alert = page.getByRole('alert').first();
      await expect.poll(() => alert.textContent()).toMatch(/[A-Za-z]{3,}/);
      expect(await alert.textContent()).not.toMatch(/[\u4e00-\u9fa5]/);
      await page.getByTestId('locale-switch').click();
      await page.getByRole('menuitem', { name: '总览' }).waitFor();
    });
  },
  180_000,
);
