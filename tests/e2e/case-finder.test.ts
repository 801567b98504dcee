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

type Page = import('playwright-core').Page;

const visibleCases = (page: Page) =>
  page.$$eval('li[data-case]', (items) => items.filter((li) => !li.closest('[hidden]')).map((li) => (li as HTMLElement).dataset.case!).sort());

/** Once the reader filters, the case finder fetches every case (one part for the real corpus) and shows results instead of the page's own cards. */
const results = (page: Page) => page.waitForSelector('#case-groups[data-view="results"]');

/** Requests for the case finder's data (/cases/index-1.json…) a page makes. */
function indexRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/\/cases\/index-\d+\.json$/.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

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

  it('offers facets as links to the static region, domain and model pages and to shareable year selections, with counts', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto('/cases/');
    expect(await page.locator('.facet-check:visible').count()).toBe(0);
    const counts = facetCounts(records, emptySelection());
    const link = page.locator('details[data-group="region"] a.facet-link[href="/regions/bayannur/"]');
    expect(await link.locator('.filter-count').textContent()).toBe(String(counts.region.get('bayannur')));
    const years = await page.$$eval('details[data-group="year"] a.facet-link', (links) => links.map((a) => a.getAttribute('href')));
    expect(years.length).toBeGreaterThan(0);
    for (const href of years) expect(href).toMatch(/^\?year=\d{4}$/);
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
    await results(page);
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
    // Groups without a visible case are hidden.
    const emptyGroups = await page.$$eval('.case-group', (sections) => sections.filter((s) => !(s as HTMLElement).hidden && !s.querySelector('li[data-case]:not([hidden])')).length);
    expect(emptyGroups).toBe(0);

    await page.click('#case-finder-clear');
    expect(await page.getAttribute('#case-groups', 'data-view')).toBe('page');
    expect(await visibleCases(page)).toHaveLength(records.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('restores a shared selection from the URL', async () => {
    const page = await site.newPage();
    await page.goto('/cases/?year=2023&domain=nongcun-muqu');
    await results(page);
    const selection = { ...emptySelection(), year: ['2023'], domain: ['nongcun-muqu'] };
    expect(await visibleCases(page)).toEqual(records.filter((r) => matchesSelection(r, selection)).map((r) => r.id).sort());
    expect(await page.isChecked('input[name="year"][value="2023"]')).toBe(true);
    expect(await page.textContent('details[data-group="domain"] [data-selected-count]')).toBe('已选 1');
  });

  it('filters by keywords within the ticked facets, regroups by domain, and keeps it all in the URL', async () => {
    const page = await site.newPage();
    await page.goto('/cases/?region=bayannur');
    await results(page);
    await page.fill('#case-finder-q', '合作社');
    const wanted = (ids: string[]) => expect(ids.length).toBeGreaterThan(0);
    const shown = await visibleCases(page);
    wanted(shown);
    expect(shown.every((id) => records.find((r) => r.id === id)!.region === 'bayannur')).toBe(true);
    expect(shown).toContain('heping-cun-zhongcheng');
    expect(shown).not.toContain('bayannur-rencai-xiangmu-pingtai');
    await page.check('#case-finder-grouping input[value="domain"]');
    expect(new URL(page.url()).searchParams.get('group')).toBe('domain');
    expect(new URL(page.url()).searchParams.get('q')).toBe('合作社');
    expect(await page.$$eval('#case-groups .case-group:not([hidden]) h2', (hs) => hs.map((h) => h.textContent))).toContain('农村牧区（' + shown.length + '）');
    // Reloaded from the URL, the same state.
    await page.reload();
    await results(page);
    expect(await page.inputValue('#case-finder-q')).toBe('合作社');
    expect(await page.isChecked('#case-finder-grouping input[value="domain"]')).toBe(true);
  });

  it('on a 390 px phone: fetches the cases only on the first choice, filters in a sheet that closes after it, the count and first result in view; no sideways scrolling; axe', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 780 }, hasTouch: true });
    const fetched = indexRequests(page);
    await page.goto('/cases/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    expect(await page.isVisible('#case-facets')).toBe(false);
    await page.tap('#case-finder-open');
    expect(await page.isVisible('#case-facets')).toBe(true);
    await page.tap('details[data-group="domain"] summary');
    await page.tap('input[name="domain"][value="nongcun-muqu"]');
    await results(page);
    expect(fetched).toHaveLength(1);
    expect(await page.isVisible('#case-facets')).toBe(false);
    expect(await page.textContent('#case-finder-open')).toContain('已选 1');
    const inView = async (selector: string) => page.$eval(selector, (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    expect(await inView('#case-finder-status')).toBe(true);
    expect(await inView('li[data-case]:not([hidden]) .case-card h3')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('on a 390 px phone: shows results a page at a time, cases from other pages as cards without summaries, and the page links again once cleared', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 780 }, hasTouch: true });
    // The real corpus fits on one page; a page of 10 lets the results run over.
    await page.route('**/cases/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/data-page-size="\d+"/, 'data-page-size="10"') });
    });
    // A case that is on no page of cards (as most are in a large corpus): rendered from the data alone.
    await page.route('**/cases/index-1.json', async (route) => {
      const response = await route.fetch();
      const index = await response.json();
      index.cases.push(['extra-case', '额外的样例案例', '2023-05', 0, [0], [0], '样例别名']);
      await route.fulfill({ response, json: index });
    });
    const fetched = indexRequests(page);
    await page.goto('/cases/');
    await page.fill('#case-finder-q', '样例别名');
    await results(page);
    const extra = page.locator('li[data-case="extra-case"] .case-card');
    expect(await extra.locator('h3 a').getAttribute('href')).toBe('/cases/extra-case/');
    expect(await extra.locator('h3 a').textContent()).toBe('额外的样例案例');
    expect(await extra.locator('.meta time').textContent()).toBe('2023年5月');
    expect(await extra.locator('.meta a').count()).toBe(2);
    expect(await extra.locator('.case-card__models a').count()).toBe(1);
    await page.fill('#case-finder-q', '市');
    await results(page);
    const matching = Number((await page.textContent('#case-finder-status'))!.match(/符合条件的案例 (\d+) 个/)![1]);
    expect(matching).toBeGreaterThan(20);
    expect(await visibleCases(page)).toHaveLength(10);
    expect(await page.textContent('#case-finder-more')).toBe(`显示更多（还有 ${matching - 10} 个）`);
    await page.tap('#case-finder-more');
    expect(await visibleCases(page)).toHaveLength(20);
    // The groups shown so far count all their results, not only the 20 cards shown (grouped by 盟市, each case heads one group).
    const headed = await page.$$eval('#case-groups h2 .case-group__count', (counts) => counts.reduce((n, c) => n + Number(c.textContent!.replace(/\D/g, '')), 0));
    expect(headed).toBeGreaterThan(20);
    expect(headed).toBeLessThanOrEqual(matching);
    // Every card links to its case, region and domains; the data came once.
    for (const card of await page.$$('#case-groups .case-card')) expect(await card.$$eval('a', (links) => links.length)).toBeGreaterThanOrEqual(3);
    expect(fetched).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.fill('#case-finder-q', '');
    expect(await page.getAttribute('#case-groups', 'data-view')).toBe('page');
    expect(await page.isHidden('#case-finder-more')).toBe(true);
    expect(await visibleCases(page)).toHaveLength(records.length);
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 }, hasTouch: true });
    await page.goto('/cases/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
