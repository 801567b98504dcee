import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser';
import { brokenLinks, readBuiltSite } from '../support/built-site';
import { settled } from './search-helpers';
import { serveStatic } from '../../scripts/static-server.mjs';

/**
 * The site built for a path prefix (HANDBOOK_BASE=/handbook/) and served only
 * there, as a host would: every link and asset stays inside the prefix, and
 * search, the basket and share links work.
 */
const BASE = '/handbook/';
const SITE = 'https://example.org';
const OUT = join(tmpdir(), 'handbook-base-path-site');

let server: { url: string; close(): Promise<void> };
let browser: Browser;
/** Requests that got no file: anything outside the prefix gets 404 from this server. */
const missing: string[] = [];

beforeAll(async () => {
  // Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; a
  // build that inherited them would take its base from BASE_URL.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...env, HANDBOOK_BASE: BASE, HANDBOOK_SITE: SITE, HANDBOOK_OUT_DIR: OUT, HANDBOOK_CACHE_DIR: join(tmpdir(), 'handbook-base-path-cache') },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build for ${BASE} failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(OUT, BASE);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return page;
}
const at = (path: string) => new URL(path, server.url).href;

describe(`the site built for ${BASE}`, () => {
  it('has no link, asset or form target outside the prefix or to a missing page', () => {
    const site = readBuiltSite(OUT, BASE);
    expect(site.pages.size).toBeGreaterThan(200);
    expect(brokenLinks(site)).toEqual([]);
    const home = site.pages.get(site.fileFor(BASE)!)!;
    expect(home).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
  });

  it('searches in Chinese and links results inside the prefix', async () => {
    const page = await newPage();
    await page.goto(at(''));
    await page.fill('#site-search', '骆驼');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`**${BASE}search/?q=*`);
    await settled(page);
    const hrefs = await page.$$eval('#search-results .search-result__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
    await page.click('#search-results .search-result__title a');
    await page.waitForURL(`**${BASE}cases/**`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('keeps the basket and its share link inside the prefix', async () => {
    const page = await newPage();
    await page.goto(at('methods/mianduimian/'));
    await page.click('.entry-header [data-basket-entry] button');
    await page.click('.basket-link');
    await page.waitForURL(`**${BASE}outline/`);
    await page.locator('#outline-tools:not([hidden])').waitFor();
    expect(await page.locator('.outline-item').count()).toBe(1);
    await page.click('[data-action="share"]');
    expect(await page.locator('#share-url').inputValue()).toMatch(new RegExp(`^${new URL(server.url).origin}${BASE}outline/#b=`));
    // Glossary links written into the content, and link previews' data.
    await page.goto(at('glossary/'));
    expect(await page.locator('main a[href^="/"]').evaluateAll((links) => links.every((a) => a.getAttribute('href')!.startsWith('/handbook/')))).toBe(true);
    expect(missing).toEqual([]);
  });
});
