import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser';
import { loadContent } from '../support/load-content';
import { axeViolations as violations } from '../support/axe';
import { KIND_NAMES, entryUrl, kindUrl } from '../../src/core/kinds';

/** axe on the home page, every collection index, one entry of every kind and the printed edition. */

let site: SiteSession;
let paths: string[];
beforeAll(async () => {
  site = await openSite();
  const { entries } = await loadContent('content');
  const oneOfEach = KIND_NAMES.map((kind) => entries.find((e) => e.kind === kind)!).filter(Boolean);
  // The printed edition: one region's cases and one short part stand for the whole.
  paths = ['/', '/search/?q=五微五进', '/updates/', ...KIND_NAMES.map(kindUrl), ...oneOfEach.map((e) => entryUrl(e.kind, e.id)), '/print/regions/hohhot/', '/print/statements/'];
});
afterAll(async () => {
  await site?.close();
});

describe('accessibility (axe)', () => {
  it.each([
    ['desktop, light', { width: 1280, height: 900 }, 'light'],
    ['phone 360 px, dark', { width: 360, height: 740 }, 'dark'],
  ] as const)('finds no violation on any page type (%s)', async (_label, viewport, colorScheme) => {
    const page = await site.newPage({ viewport });
    await page.emulateMedia({ colorScheme });
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      found.push(...(await violations(page)).map((v) => `${path} ${v}`));
    }
    expect(found).toEqual([]);
  }, 600_000);

  it('does not scroll sideways on a 360 px phone', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  }, 300_000);
});
