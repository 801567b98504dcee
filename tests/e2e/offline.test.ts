/**
 * Offline use: after the one save action, with the network off, pages of
 * every kind, the Chinese search, the basket and the outline all work; a new
 * build is offered with 「新版本可用」 and taken only when accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openSite, type SiteSession } from '../support/browser';
import { serveFolder, type StaticSite } from '../support/static-server';
import { settled } from './search-helpers';
import { axeViolations } from '../support/axe';
import { KIND_NAMES } from '../../src/core/kinds';

const SITE = process.env.HANDBOOK_OUT_DIR ?? 'dist';

/** Two entry pages of every kind, in the order the folders list them. */
function pagesOfEveryKind(): string[] {
  return KIND_NAMES.flatMap((kind) =>
    readdirSync(join(SITE, kind), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .slice(0, 2)
      .map((entry) => `/${kind}/${entry.name}/`),
  );
}

const buildOf = (page: Page) => page.locator('meta[name="handbook-build"]').getAttribute('content');

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('after 「保存全部内容供离线使用」', () => {
  let site: SiteSession;
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage({ viewport: { width: 390, height: 780 }, hasTouch: true, serviceWorkers: 'allow' });
    context = page.context();
    await page.goto('/');
    await controlled(page);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows the size first, then progress, then says it has finished', async () => {
    await page.goto('/offline/');
    const status = page.locator('[data-offline-status]');
    await expect.poll(() => status.textContent()).toMatch(/^全部内容约 [\d.]+ MB，还需下载 [\d.]+ (MB|KB)。$/);
    const progressSeen = page.waitForFunction(() => !document.querySelector('[data-offline-save] progress')?.hasAttribute('hidden'));
    await page.getByRole('button', { name: '保存全部内容供离线使用' }).click();
    await progressSeen;
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^已完成：全部内容（[\d.]+ MB）已保存/);
    // Coming back later says so instead of offering the download again.
    await page.reload();
    await expect.poll(() => status.textContent()).toMatch(/已保存在这台设备上。$/);
    expect(await page.getByRole('button', { name: '保存全部内容供离线使用' }).isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens pages of every kind with the network off', async () => {
    const urls = pagesOfEveryKind();
    expect(urls.length).toBeGreaterThanOrEqual(20);
    await context.setOffline(true);
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.ok(), url).toBe(true);
      expect(response?.fromServiceWorker(), url).toBe(true);
      const h1 = (await page.locator('h1').first().textContent())?.trim();
      expect(h1, url).toBeTruthy();
      expect(h1, url).not.toBe('离线使用');
    }
  });

  it('searches in Chinese with the network off', async () => {
    await context.setOffline(true);
    await page.goto('/search/?q=红书包');
    await settled(page);
    const titles = await page.locator('#search-results .search-result__title a').allTextContents();
    expect(titles.some((title) => title.includes('红书包'))).toBe(true);
  });

  it('fills the basket and shows the outline with the network off', async () => {
    await context.setOffline(true);
    const [entry] = pagesOfEveryKind().filter((url) => url.startsWith('/cases/'));
    await page.goto(entry!);
    const control = page.locator('.entry-header [data-basket-entry]');
    await control.locator('button').click();
    await expect.poll(() => control.locator('[data-basket-state]').textContent()).toBe('✓ 已在备课篮');
    await page.goto('/outline/');
    await page.locator('#outline-tools:not([hidden])').waitFor();
    expect(await page.locator('.outline-item').count()).toBe(1);
    expect(site.foreignRequests).toEqual([]);
  });
});

describe('without saving', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('keeps the pages read, and says so for a page never opened', async () => {
    const page = await site.newPage({ serviceWorkers: 'allow' });
    const [read, unread] = pagesOfEveryKind().filter((url) => url.startsWith('/cases/'));
    await page.goto('/');
    await controlled(page);
    await page.goto(read!);
    const title = await page.locator('h1').first().textContent();
    await page.context().setOffline(true);
    const again = await page.goto(read!);
    expect(again?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe(title);
    await page.goto(unread!);
    expect(await page.locator('h1').first().textContent()).toBe('离线使用');
    await page.locator('[data-offline-missing]').waitFor();
  });
});

describe('a new build', () => {
  let browser: Browser;
  let server: StaticSite;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'handbook-update-'));
    cpSync(SITE, folder, { recursive: true });
    server = await serveFolder(folder);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is offered with 「新版本可用」 and taken, whole, only when accepted', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await controlled(page);
    const oldBuild = await buildOf(page);
    await page.goto('/offline/');
    await page.getByRole('button', { name: '保存全部内容供离线使用' }).click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 }).toMatch(/^已完成/);

    // A changed home page makes a new build (a new id, a new worker).
    const home = join(folder, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', '<p id="new-build-marker">新版</p></main>'));
    execFileSync(process.execPath, ['scripts/offline.mjs', folder], { stdio: 'ignore' });

    await page.goto('/guides/');
    const prompt = page.locator('[data-update-prompt]');
    await prompt.waitFor({ state: 'visible' });
    expect(await prompt.textContent()).toContain('新版本可用');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Until the reader accepts, pages still come from the old build.
    await page.goto('/');
    expect(await buildOf(page)).toBe(oldBuild);
    expect(await page.locator('#new-build-marker').count()).toBe(0);

    await prompt.waitFor({ state: 'visible' });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '更新' }).click()]);
    const newBuild = await buildOf(page);
    expect(newBuild).not.toBe(oldBuild);
    await page.locator('#new-build-marker').waitFor();
    // The old build's cache is gone: nothing old can be served with the new pages.
    expect(await page.evaluate(() => caches.keys())).toEqual([`handbook-${newBuild}`]);
    // Everything was saved before, so the new build was saved whole before it was offered.
    const listed = JSON.parse(readFileSync(join(folder, `offline-package-${newBuild}.json`), 'utf8')) as { entries: unknown[] };
    const stored = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, `handbook-${newBuild}`);
    expect(stored).toBeGreaterThanOrEqual(listed.entries.length);
    await context.close();
  });
});
