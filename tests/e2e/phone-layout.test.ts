import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/browser';
import { loadContent } from '../support/load-content';
import { KINDS, KIND_NAMES, entryUrl, kindUrl } from '../../src/core/kinds';
import { axeViolations } from '../support/axe';
import { NARROWEST, PHONE, builtPaths, smallTargets } from './phone-helpers';

/** The handbook on a 390×780 touch phone, and every built page at 320 px. */

let site: SiteSession;
/** One page of every kind the site has. */
let everyKind: string[];
const LONG_PAGE = '/audiences/herders/';

beforeAll(async () => {
  site = await openSite();
  const { entries } = await loadContent('content');
  const oneOfEach = KIND_NAMES.map((kind) => entries.find((e) => e.kind === kind)!).filter(Boolean);
  everyKind = [
    '/', '/search/?q=五微五进', '/audiences/', LONG_PAGE, '/quiz/', '/outline/', '/404.html',
    ...KIND_NAMES.map(kindUrl),
    ...oneOfEach.map((e) => entryUrl(e.kind, e.id)),
  ];
});
afterAll(async () => {
  await site?.close();
});

/** Every section the menu must hold: the collections readers browse, 按听众备课 and 自测. */
const MENU = [...KINDS.filter((k) => k.kind !== 'sources').map((k) => k.label), '按听众备课', '自测'];

const menuLabels = (page: Page) => page.locator('#site-menu a').allTextContents();

describe('header on a phone', () => {
  it('is at most 120 px tall and every page’s <h1> starts within the first 200 px', async () => {
    const page = await site.newPage(PHONE);
    const found: string[] = [];
    for (const path of everyKind) {
      await page.goto(path);
      const { header, h1, h1Width } = await page.evaluate(() => ({
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        h1: document.querySelector('h1')!.getBoundingClientRect().top,
        h1Width: document.querySelector('h1')!.getBoundingClientRect().width,
      }));
      if (header > 120) found.push(`${path}: header ${header}px`);
      if (h1 > 200) found.push(`${path}: h1 at ${h1}px`);
      // Nothing (the 本页目录 beside the breadcrumbs) narrows the page below it.
      if (h1Width < PHONE.viewport.width - 2 * 16 - 1) found.push(`${path}: h1 only ${h1Width}px wide`);
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('does not move while a page loads its scripts', async () => {
    const page = await site.newPage(PHONE);
    for (const path of ['/', LONG_PAGE, kindUrl('glossary')]) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const shifted = await page.evaluate(() => new Promise<string[]>((resolve) => {
        type Shift = { sources: { node?: Node }[] };
        new PerformanceObserver((list) => resolve((list.getEntries() as unknown as Shift[]).flatMap((e) => e.sources.map((s) => (s.node as Element | undefined)?.className ?? '?'))))
          .observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      }));
      expect(shifted, path).toEqual([]);
    }
  });

  it('keeps search and the menu in view after scrolling down a long page', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(LONG_PAGE);
    await page.evaluate(() => window.scrollTo(0, 3000));
    for (const selector of ['#site-search', '.menu-button']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
    }
    await page.tap('#site-search');
    await page.keyboard.type('五微五进');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=*');
  });

  it.each([true, false])('opens one menu with every section, 按听众备课 and 自测 (scripts on: %s)', async (javaScriptEnabled) => {
    const page = await site.newPage({ ...PHONE, javaScriptEnabled });
    await page.goto(entryUrl('models', 'wuwei-wujin-wuping'));
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await page.tap('.menu-button');
    await page.locator('#site-menu').waitFor({ state: 'visible' });
    expect(await menuLabels(page)).toEqual([...MENU, '备课篮']);
    expect(await page.locator('#site-menu a[aria-current="page"]').textContent()).toBe('工作模式');
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
    await page.tap('#site-menu button');
    await page.locator('#site-menu').waitFor({ state: 'hidden' });
    await page.tap('.menu-button');
    await page.locator('#site-menu a', { hasText: '自测' }).tap();
    await page.waitForURL('**/quiz/');
    expect(await page.textContent('h1')).toContain('自测');
  });

  it('shows the whole navigation on a desktop, without a menu button', async () => {
    const page = await site.newPage();
    await page.goto('/audiences/herders/');
    expect(await page.locator('.menu-button').isVisible()).toBe(false);
    expect(await page.locator('#site-menu').isVisible()).toBe(true);
    expect(await page.locator('#site-menu a:visible').allTextContents()).toEqual(MENU);
    expect(await page.locator('#site-menu a[aria-current="page"]').textContent()).toBe('按听众备课');
    const rows = await page.$$eval('#site-menu li', (items) => new Set(items.filter((li) => li.getClientRects().length > 0).map((li) => Math.round(li.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
  });

  it('hides the header and the jump menus in print', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(LONG_PAGE);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.$$eval('.site-header, .page-toc', (els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    expect(shown).toBe(0);
  });
});

describe('touch', () => {
  it('gives every non-inline link and control in <main> a 44×44 px hit area', async () => {
    const page = await site.newPage(PHONE);
    const found: string[] = [];
    for (const path of everyKind) {
      await page.goto(path);
      found.push(...(await smallTargets(page)).map((t) => `${path} ${t.what} ${t.width}×${t.height}`));
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('counts a bare link as too small (the sweep can fail)', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/');
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div><a href="/">x</a></div><p>一句话里的<a href="/">链接</a>不算。</p>'));
    expect((await smallTargets(page)).map((t) => t.what)).toEqual(['a 「x」']);
  });
});

describe('320 px wide', () => {
  it('no built page scrolls sideways', async () => {
    // Every page as built (pages read without scripts), three tabs at a time to keep it quick;
    // then, with scripts, the pages whose scripts draw content.
    const still = await site.newPage({ viewport: NARROWEST, hasTouch: true, javaScriptEnabled: false });
    const tabs = [still, await still.context().newPage(), await still.context().newPage()];
    const scripted = await site.newPage({ viewport: NARROWEST, hasTouch: true });
    const wide: string[] = [];
    const measure = async (page: Page, path: string) => {
      // 'load': without scripts, DOMContentLoaded can come before the stylesheet.
      await page.goto(path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > NARROWEST.width) wide.push(`${path}: ${width}px`);
    };
    const queue = builtPaths();
    expect(queue.length).toBeGreaterThan(200);
    await Promise.all(tabs.map(async (tab) => {
      for (let path = queue.shift(); path; path = queue.shift()) await measure(tab, path);
    }));
    for (const path of ['/search/?q=合作社', '/quiz/', '/outline/', '/cases/?region=bayannur', LONG_PAGE]) await measure(scripted, path);
    expect(wide).toEqual([]);
  }, 600_000);

  it('fits a three-column comparison table without one character a line', async () => {
    const page = await site.newPage({ viewport: NARROWEST, hasTouch: true });
    await page.goto(entryUrl('models', 'nongcun-wugeyi'));
    const firstColumn = await page.$$eval('.prose table tr > :first-child', (cells) => Math.min(...cells.filter((c) => c.textContent!.trim()).map((c) => c.getBoundingClientRect().width)));
    expect(firstColumn).toBeGreaterThanOrEqual(5 * 15);
  });
});

describe('a way through long pages', () => {
  it('gives a long page a 本页目录 whose links jump (phone)', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(LONG_PAGE);
    const toc = page.locator('.page-toc');
    await toc.locator('summary').tap();
    const links = toc.locator('a');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    // The second section: the last ones may sit too near the end of the page to reach the top.
    const second = links.nth(1);
    const id = (await second.getAttribute('href'))!.slice(1);
    await second.tap();
    await page.waitForURL(`**#${encodeURIComponent(id)}`);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(PHONE.viewport.height / 2);
  });

  it('shows the 本页目录 beside the page on a desktop, and not on a short page', async () => {
    const page = await site.newPage();
    await page.goto(LONG_PAGE);
    expect(await page.locator('.page-toc a').first().isVisible()).toBe(true);
    await page.goto('/audiences/');
    expect(await page.locator('.page-toc').count()).toBe(0);
  });

  it('gives every phone page longer than three screens a 本页目录 or an A–Z index', async () => {
    const page = await site.newPage(PHONE);
    const missing: string[] = [];
    for (const path of everyKind) {
      await page.goto(path);
      const { height, sections, way } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        sections: document.querySelectorAll('main h2[id]:not(.visually-hidden)').length,
        way: document.querySelector('.page-toc, .az-index') !== null,
      }));
      if (height > 3 * 780 && sections >= 2 && !way) missing.push(`${path} (${height}px)`);
    }
    expect(missing).toEqual([]);
  }, 300_000);

  it('folds the long lists of an audience kit on a phone, opens them on a tap and in print', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(LONG_PAGE);
    const fold = page.locator('details.fold').last();
    const list = fold.locator('.card-list');
    expect(await list.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await list.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await fold.locator('summary').tap();
    expect(await list.isVisible()).toBe(true);
    await page.locator('.page-toc summary').tap();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a reader jump through 术语 by pinyin initial', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(kindUrl('glossary'));
    const letters = await page.locator('.az-index a').allTextContents();
    expect(letters.length).toBeGreaterThanOrEqual(10);
    expect([...letters].sort()).toEqual(letters);
    const cards = await page.locator('.az-section .card').count();
    const total = Number((await page.textContent('.entry-summary'))!.match(/共 (\d+)/)![1]);
    expect(cards).toBe(total);
    await page.locator('.az-index a', { hasText: 'S' }).tap();
    await page.waitForURL('**#az-S');
    const section = page.locator('details.az-section:has(#az-S)');
    expect(await section.getAttribute('open')).not.toBeNull();
    const box = (await page.locator('#az-S').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(PHONE.viewport.height / 2);
    expect(await section.locator('summary h2').textContent()).toMatch(/^S/);
  });
});
