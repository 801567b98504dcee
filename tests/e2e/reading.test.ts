import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/browser';
import { axeViolations } from '../support/axe';

/**
 * Reading aids in Chromium: glossary popovers (hover, keyboard focus, tap,
 * Esc), link previews, and axe on a page with popovers and on the map.
 */
const DIST = process.env.HANDBOOK_OUT_DIR ?? 'dist';

/** A case page whose first glossary term is unverified, so the popover must show the mark. */
function casePageWithUnverifiedTerm(): string {
  for (const id of readdirSync(join(DIST, 'cases'))) {
    const file = join(DIST, 'cases', id, 'index.html');
    if (!existsSync(file)) continue;
    const firstTip = readFileSync(file, 'utf8').match(/<span id="term-tip-[^"]+" class="term-tip"[^>]*>(.*?)<\/span><\/span>|<span id="term-tip-[^"]+" class="term-tip"[^>]*>([^<]*)<\/span>/);
    if (firstTip?.[1]?.includes('unverified-mark')) return `/cases/${id}/`;
  }
  throw new Error('No case page starts with an unverified glossary term; pick another page for this test.');
}

/** Focuses `target` with the Tab key, from a link placed just before it. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await target.evaluate((element) => {
    const start = document.createElement('a');
    start.href = '#';
    start.id = 'focus-start';
    start.textContent = '起点';
    element.before(start);
  });
  await page.focus('#focus-start');
  await page.keyboard.press('Tab');
  expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
}

const isOpen = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.matches(':popover-open'));
const tipOf = async (page: Page, link: ReturnType<Page['locator']>) => `#${await link.getAttribute('aria-describedby')}`;

let site: SiteSession;
let path: string;
beforeAll(async () => {
  site = await openSite();
  path = casePageWithUnverifiedTerm();
});
afterAll(async () => {
  await site?.close();
});

describe('glossary popovers', () => {
  it('open on hover beside the term, with the definition and its 待核实 mark, without moving the page', async () => {
    const page = await site.newPage();
    await page.goto(path);
    const term = page.locator('.prose a.term-link').first();
    const tip = await tipOf(page, term);
    expect(await isOpen(page, tip)).toBe(false);
    await term.scrollIntoViewIfNeeded();
    const before = await page.locator('.prose').boundingBox();
    await term.hover();
    await expect.poll(() => isOpen(page, tip)).toBe(true);
    expect(await page.locator(tip).textContent()).toContain('待核实');
    expect(await page.locator(`${tip} .unverified-mark`).isVisible()).toBe(true);
    expect(await page.locator('.prose').boundingBox()).toEqual(before);
    const [termBox, tipBox] = [await term.boundingBox(), await page.locator(tip).boundingBox()];
    expect(tipBox!.y).toBeGreaterThanOrEqual(termBox!.y + termBox!.height);
  });

  it('stays open while the pointer moves onto it, and closes with Esc', async () => {
    const page = await site.newPage();
    await page.goto(path);
    const term = page.locator('.prose a.term-link').first();
    const tip = await tipOf(page, term);
    await term.hover();
    await expect.poll(() => isOpen(page, tip)).toBe(true);
    await page.locator(tip).hover();
    // Longer than the 250 ms grace period after leaving the term.
    await page.waitForTimeout(600);
    expect(await isOpen(page, tip)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, tip)).toBe(false);
  });

  it('opens on keyboard focus and closes with Esc, keeping the focus', async () => {
    const page = await site.newPage();
    await page.goto(path);
    const term = page.locator('.prose a.term-link').first();
    const tip = await tipOf(page, term);
    await tabTo(page, term);
    await expect.poll(() => isOpen(page, tip)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, tip)).toBe(false);
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isOpen(page, tip)).toBe(false);
  });

  it('opens on a first tap and follows the link on the second', async () => {
    const page = await site.newPage({ hasTouch: true, viewport: { width: 360, height: 740 } });
    await page.goto(path);
    const term = page.locator('.prose a.term-link').first();
    const tip = await tipOf(page, term);
    const href = await term.getAttribute('href');
    await term.tap();
    await expect.poll(() => isOpen(page, tip)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(path);
    const box = (await page.locator(tip).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await term.tap();
    await page.waitForURL(`**${href}`);
  });

  it('closes on a tap elsewhere', async () => {
    const page = await site.newPage({ hasTouch: true, viewport: { width: 360, height: 740 } });
    await page.goto(path);
    const term = page.locator('.prose a.term-link').first();
    const tip = await tipOf(page, term);
    await term.tap();
    await expect.poll(() => isOpen(page, tip)).toBe(true);
    await page.locator('h1').tap();
    await expect.poll(() => isOpen(page, tip)).toBe(false);
  });
});

describe('link previews', () => {
  it('show kind, title and summary of a linked entry on hover and on focus', async () => {
    const page = await site.newPage();
    await page.goto(path);
    const link = page.locator('.entry-aside a[href^="/"]').first();
    const title = (await link.textContent())!.trim();
    await link.hover();
    await expect.poll(() => isOpen(page, '#link-preview')).toBe(true);
    expect(await page.locator('#link-preview .link-preview__title').textContent()).toBe(title);
    expect(await page.locator('#link-preview .kind-badge').textContent()).toBeTruthy();
    expect(await link.getAttribute('aria-describedby')).toBe('link-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, '#link-preview')).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    await tabTo(page, link);
    await expect.poll(() => isOpen(page, '#link-preview')).toBe(true);
    expect(await page.locator('#link-preview .link-preview__title').textContent()).toBe(title);
  });

  it('stay out of the way on touch: a tap navigates', async () => {
    const page = await site.newPage({ hasTouch: true, viewport: { width: 360, height: 740 } });
    await page.goto(path);
    const link = page.locator('.entry-aside a[href^="/"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.tap();
    await page.waitForURL(`**${href}`);
  });
});

describe('accessibility (axe) of the reading aids', () => {
  it.each(['light', 'dark'] as const)('finds no violation on a page with an open glossary popover and an open preview (%s)', async (colorScheme) => {
    const page = await site.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    const term = page.locator('.prose a.term-link').first();
    const tip = await tipOf(page, term);
    await term.hover();
    await expect.poll(() => isOpen(page, tip)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.entry-aside a[href^="/"]').first().hover();
    await expect.poll(() => isOpen(page, '#link-preview')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(['/', '/regions/'])('finds no violation on the region map at %s, light and dark', async (url) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await page.locator('.region-map a').first().focus();
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  it.each(['/', '/regions/'])('shows the tile map at %s on a 360 px phone: every tile a named link of at least 44 × 44 px, then the table', async (url) => {
    const page = await site.newPage({ viewport: { width: 360, height: 780 }, hasTouch: true });
    await page.goto(url);
    const tiles = await page.locator('svg.region-map__svg a.region-map__tile').all();
    expect(tiles).toHaveLength(12);
    for (const tile of tiles) {
      const label = (await tile.getAttribute('aria-label'))!.split('，')[0]!;
      const box = (await tile.boundingBox())!;
      expect(box.width >= 44 && box.height >= 44, `${label}: ${box.width} × ${box.height}`).toBe(true);
      const name = tile.locator('text');
      expect(await name.isVisible(), label).toBe(true);
      expect(await name.textContent(), label).toMatch(new RegExp(`^${label}\\d+$`));
      const text = (await name.boundingBox())!;
      expect(text.x >= box.x && text.y >= box.y && text.x + text.width <= box.x + box.width && text.y + text.height <= box.y + box.height, `${label}: name inside its tile`).toBe(true);
      const renderedFontSize = await name.evaluate((el) => (el as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(el).fontSize));
      expect(renderedFontSize, label).toBeGreaterThanOrEqual(12);
    }
    expect(await page.locator('.region-map figcaption').textContent()).toContain('示意图');
    expect(await page.locator('.region-map__table tbody tr').count()).toBe(12);
    expect(await page.locator('.region-map__table').isVisible()).toBe(true);
    await page.locator('a.region-map__tile[data-region="tongliao"]').tap();
    await page.waitForURL('**/regions/tongliao/');
    expect(await page.locator('h1').textContent()).toContain('通辽');
    await page.context().close();
  });

  it('makes no request to another host', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
