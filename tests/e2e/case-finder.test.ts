import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser';
import { axeViolations } from '../support/axe';
import { loadContent } from '../support/load-content';
import { caseRecord, emptySelection, facetCounts, matchesSelection, type CaseRecord } from '../../src/lib/case-finder';

/** The case finder at /cases/, with and without JavaScript. */

let site: SiteSession;
let records: CaseRecord[];
beforeAll(async () => {
  site = await openSite();
  const { entries } = await loadContent('content');
  records = entries.filter((e) => e.kind === 'cases').map(caseRecord);
});
afterAll(async () => {
  await site?.close();
});

const visibleCases = (page: import('playwright-core').Page) =>
  page.$$eval('li[data-case]', (items) => items.filter((li) => !li.closest('[hidden]')).map((li) => (li as HTMLElement).dataset.case!).sort());

describe('without JavaScript', () => {
  it('lists every case as a card with region, domain, date and summary', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto('/cases/');
    expect(await visibleCases(page)).toEqual(records.map((r) => r.id).sort());
    const card = page.locator('li[data-case="abuliletu-gebi-hongtuo"] .case-card');
    expect(await card.locator('.meta a[href="/regions/bayannur/"]').textContent()).toBe('巴彦淖尔市');
    expect(await card.locator('.meta a[href="/domains/nongcun-muqu/"]').textContent()).toBe('农村牧区');
    expect(await card.locator('.meta time').getAttribute('datetime')).toMatch(/^\d{4}/);
    expect((await card.locator('p').nth(1).textContent())!.length).toBeGreaterThan(10);
  });

  it('offers facets as links to the static region, domain, model pages and year sections, with counts', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto('/cases/');
    expect(await page.locator('.facet-check:visible').count()).toBe(0);
    const counts = facetCounts(records, emptySelection());
    const link = page.locator('details[data-group="region"] a.facet-link[href="/regions/bayannur/"]');
    expect(await link.locator('.filter-count').textContent()).toBe(String(counts.region.get('bayannur')));
    const years = await page.$$eval('details[data-group="year"] a.facet-link', (links) => links.map((a) => a.getAttribute('href')));
    for (const href of years) expect(await page.locator(href!).count()).toBe(1);
    await page.click('details[data-group="region"] summary');
    await link.click();
    await page.waitForURL('**/regions/bayannur/');
    expect(await page.locator('a[href="/cases/abuliletu-gebi-hongtuo/"]').count()).toBeGreaterThan(0);
  });
});

describe('with JavaScript', () => {
  it('filters instantly by domain × region × model × year with live counts', async () => {
    const page = await site.newPage();
    await page.goto('/cases/');
    expect(await page.locator('.facet-link:visible').count()).toBe(0);
    await page.click('details[data-group="region"] summary');
    await page.check('input[name="region"][value="bayannur"]');
    const inBayannur = { ...emptySelection(), region: ['bayannur'] };
    expect(await visibleCases(page)).toEqual(records.filter((r) => matchesSelection(r, inBayannur)).map((r) => r.id).sort());
    expect(new URL(page.url()).search).toBe('?region=bayannur');

    // Counts beside the other facets are within 巴彦淖尔; regions still count all.
    const counts = facetCounts(records, inBayannur);
    const shownCount = (facet: string, value: string) =>
      page.$eval(`input[name="${facet}"][value="${value}"]`, (box) => Number(box.closest('label')!.querySelector('[data-count]')!.textContent));
    expect(await shownCount('domain', 'nongcun-muqu')).toBe(counts.domain.get('nongcun-muqu'));
    expect(await shownCount('region', 'chifeng')).toBe(counts.region.get('chifeng'));
    expect(await page.isDisabled('input[name="domain"][value="xuexiao"]')).toBe(!counts.domain.get('xuexiao'));

    await page.click('details[data-group="model"] summary');
    await page.check('input[name="model"][value="zhibu-lingban-hezuoshe"]');
    const both = { ...inBayannur, model: ['zhibu-lingban-hezuoshe'] };
    expect(await visibleCases(page)).toEqual(records.filter((r) => matchesSelection(r, both)).map((r) => r.id).sort());
    expect(await visibleCases(page)).toContain('abuliletu-gebi-hongtuo');
    expect(await page.textContent('#case-finder-status')).toContain(`符合条件的案例 ${records.filter((r) => matchesSelection(r, both)).length} 个`);
    // Year sections without a visible case are hidden.
    const emptyYears = await page.$$eval('.case-year', (sections) => sections.filter((s) => !(s as HTMLElement).hidden && !s.querySelector('li[data-case]:not([hidden])')).length);
    expect(emptyYears).toBe(0);

    await page.click('#case-finder-clear');
    expect(await visibleCases(page)).toHaveLength(records.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('restores a shared selection from the URL', async () => {
    const page = await site.newPage();
    await page.goto('/cases/?year=2023&domain=nongcun-muqu');
    const selection = { ...emptySelection(), year: ['2023'], domain: ['nongcun-muqu'] };
    expect(await visibleCases(page)).toEqual(records.filter((r) => matchesSelection(r, selection)).map((r) => r.id).sort());
    expect(await page.isChecked('input[name="year"][value="2023"]')).toBe(true);
    expect(await page.textContent('details[data-group="domain"] [data-selected-count]')).toBe('已选 1');
  });

  it('works by touch on a 360 px phone without sideways scrolling, and passes axe', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
    await page.goto('/cases/');
    await page.tap('details[data-group="domain"] summary');
    await page.tap('input[name="domain"][value="nongcun-muqu"]');
    expect(await page.isChecked('input[name="domain"][value="nongcun-muqu"]')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
