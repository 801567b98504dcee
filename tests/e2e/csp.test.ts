/**
 * The strict Content-Security-Policy breaks nothing: on the home page, every
 * kind's index and an entry of each kind, and the pages with scripts (search
 * with a query, outline, quiz, audiences, case finder, offline), used the way
 * a reader uses them, Chromium reports no violation and logs no CSP error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/browser';
import { settled } from './search-helpers';
import { KIND_NAMES } from '../../src/core/kinds';

const SITE = process.env.HANDBOOK_OUT_DIR ?? 'dist';
const firstEntry = (kind: string) => readdirSync(join(SITE, kind), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;

/** What each page is put through once loaded. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
  ['/', async () => {}],
  ...KIND_NAMES.map((kind): [string, (page: Page) => Promise<void>] => [`/${kind}/`, async () => {}]),
  ...KIND_NAMES.map((kind): [string, (page: Page) => Promise<void>] => [
    `/${kind}/${firstEntry(kind)}/`,
    async (page) => {
      // Glossary popovers and link previews are placed by script.
      const term = page.locator('.prose a.term-link, .entry-aside a[href^="/"]').first();
      if (await term.count()) await term.hover();
      const add = page.locator('.entry-header [data-basket-entry] button');
      if (await add.count()) await add.click();
    },
  ]),
  ['/search/', async (page) => {
    await page.fill('#search-page-input', '红书包');
    await page.press('#search-page-input', 'Enter');
    await settled(page);
    expect(await page.locator('#search-results .search-result').count()).toBeGreaterThan(0);
  }],
  ['/outline/', async (page) => {
    await page.locator('#outline-tools:not([hidden]), #outline-empty:not([hidden])').first().waitFor();
  }],
  ['/quiz/', async (page) => {
    await page.locator('#h-quiz-order ~ ol [data-question]').first().locator('input').first().check();
  }],
  ['/audiences/', async () => {}],
  ['/audiences/herders/', async () => {}],
  ['/cases/', async (page) => {
    await page.click('details[data-group="region"] summary');
    await page.locator('input[name="region"]').first().check();
  }],
  ['/offline/', async (page) => {
    await page.locator('[data-offline-status]').filter({ hasNotText: '正在查看' }).waitFor();
  }],
];

describe('Content-Security-Policy in Chromium', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('reports no violation on any page kind', async () => {
    // With the service worker, as readers get the pages.
    const page = await site.newPage({ serviceWorkers: 'allow' });
    const reported: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) reported.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations ??= [];
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const [path, use] of PAGES) {
      await page.goto(path);
      await page.waitForLoadState('load');
      await use(page);
      // Scripts loaded on demand (after load) get a moment to run.
      await page.waitForTimeout(200);
      const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
      expect(violations, path).toEqual([]);
    }
    expect(reported).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
