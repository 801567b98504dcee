import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/browser';
import { axeViolations } from '../support/axe';
import { resultsFor, settled } from './search-helpers';

/** The header box, the search page, its filters and states, in Chromium. */

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const CAMEL_CASE = '/cases/abuliletu-gebi-hongtuo/';

const badges = (page: Page) => page.$$eval('#search-results .kind-badge', (els) => els.map((e) => e.textContent));
const count = (page: Page, group: string, value: string) =>
  page.$eval(`input[name="${group}"][value="${value}"]`, (box) => Number(box.closest('label')!.querySelector('[data-count]')!.textContent));

describe('header search box', () => {
  it('is focused by the / key, keeps / typed inside fields, and submits to the search page', async () => {
    const page = await site.newPage();
    await page.goto('/models/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('红驼/');
    expect(await page.inputValue('#site-search')).toBe('红驼/');
    await page.fill('#site-search', '红驼');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(await page.inputValue('#search-page-input')).toBe('红驼');
    await settled(page);
    // On the search page, / goes to the page's own box.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
  });

  it('works as a plain form without JavaScript, pointing to the static pages', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto('/');
    await page.fill('#site-search', '骆驼');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/search/?q=*');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=骆驼');
    expect(await page.locator('main a[href="/cases/"]:visible').count()).toBe(1);
    // Filters need scripts; without them they are neither offered nor mentioned.
    expect(await page.isVisible('.search-page__filters')).toBe(false);
    expect(await page.isVisible('#search-status')).toBe(false);
    expect(await page.locator('main').innerText()).not.toContain('筛选');
    // One search box on the search page: the header's is hidden there.
    expect(await page.isVisible('#site-search')).toBe(false);
  });
});

describe('search page', () => {
  it('shows kind, title, highlighted excerpt and links to matching sections', async () => {
    const page = await site.newPage();
    await page.goto('/search/?q=红驼');
    await settled(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.kind-badge').textContent()).toBe('案例');
    expect(await first.locator('.search-result__title a').getAttribute('href')).toBe(CAMEL_CASE);
    expect(await first.locator('.search-result__excerpt mark').first().textContent()).toBe('红驼');
    const sections = await first.locator('.search-result__sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((href) => href?.startsWith(`${CAMEL_CASE}#`))).toBe(true);
  });

  it('puts exact titles and aliases first', async () => {
    const page = await site.newPage();
    await page.goto('/search/');
    for (const [q, url] of [
      ['五微五进', '/models/wuwei-wujin-wuping/'],
      ['红书包', '/models/hongshubao/'],
      ['算炕头账', '/glossary/suan-kangtou-zhang/'],
      ['最强党支部', '/models/zuiqiang-dangzhibu/'],
    ]) {
      expect((await resultsFor(page, q!))[0], q).toBe(url);
    }
  });

  it('finds entries by full pinyin, spaced pinyin and initials', async () => {
    const page = await site.newPage();
    await page.goto('/search/');
    expect((await resultsFor(page, 'hongshubao'))[0]).toBe('/models/hongshubao/');
    expect((await resultsFor(page, 'hong shu bao'))[0]).toBe('/models/hongshubao/');
    expect((await resultsFor(page, 'wwwjwp'))[0]).toBe('/models/wuwei-wujin-wuping/');
    expect((await resultsFor(page, 'luotuo'))[0]).toBe(CAMEL_CASE);
  });

  it('filters by kind with live counts, and keeps the filter in the URL', async () => {
    const page = await site.newPage();
    await page.goto('/search/?q=合作社');
    await settled(page);
    const all = await page.$$eval('#search-results > li', (li) => li.length);
    // Opening a group loads the filter indexes; the counts then follow the query.
    await page.click('details[data-group="kind"] summary');
    await page.waitForSelector('.search-page__filters[data-live]');
    const cases = await count(page, 'kind', '案例');
    expect(cases).toBeGreaterThan(0);
    await page.check('input[name="kind"][value="案例"]');
    await page.waitForURL(/kind=/);
    await settled(page);
    expect(new Set(await badges(page))).toEqual(new Set(['案例']));
    expect(await page.textContent('#search-status')).toContain(`共找到 ${cases} 条结果`);
    expect(await page.textContent('details[data-group="kind"] [data-selected-count]')).toBe('已选 1');
    // Other kinds still show how many results they would add.
    expect(await page.isDisabled('input[name="kind"][value="工作模式"]')).toBe(false);
    await page.uncheck('input[name="kind"][value="案例"]');
    await settled(page);
    expect(await page.$$eval('#search-results > li', (li) => li.length)).toBe(all);
  });

  it('browses without a query: region and kind filters from the URL', async () => {
    const page = await site.newPage();
    await page.goto('/search/?kind=案例&region=巴彦淖尔市');
    await settled(page);
    expect(await page.isChecked('input[name="region"][value="巴彦淖尔市"]')).toBe(true);
    expect(await page.getAttribute('details[data-group="region"]', 'open')).not.toBeNull();
    const shown = await page.$$eval('#search-results .search-result__title a', (links) => links.map((a) => a.getAttribute('href')));
    expect(shown).toContain(CAMEL_CASE);
    expect(new Set(await badges(page))).toEqual(new Set(['案例']));
    // Newest first, as in the handbook.
    expect(await page.textContent('#search-status')).toMatch(/所选条件共找到 \d+ 条结果/);
    // Ticking a second region widens the results.
    const before = Number((await page.textContent('#search-status'))!.match(/(\d+) 条/)![1]);
    const chifeng = await count(page, 'region', '赤峰市');
    await page.check('input[name="region"][value="赤峰市"]');
    await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent?.includes(`共找到 ${n} 条`), before + chifeng);
  });

  it('shows more results on request, without repeating any', async () => {
    const page = await site.newPage();
    await page.goto('/search/?q=合作社');
    await settled(page);
    const total = Number((await page.textContent('#search-status'))!.match(/(\d+) 条/)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    const urls = await page.$$eval('#search-results .search-result__title a', (links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBe(Math.min(total, 20));
  });

  it('reads a near miss as the name it probably meant, and says so', async () => {
    const page = await site.newPage();
    await page.goto('/search/?q=kangtouzang');
    await settled(page);
    expect(await page.textContent('#search-note')).toBe('没有找到「kangtouzang」，以下是「炕头账」的结果。');
    expect((await page.$$eval('#search-results .search-result__title a', (links) => links.map((a) => a.getAttribute('href'))))[0]).toBe('/glossary/suan-kangtou-zhang/');
  });

  it('says when nothing matches and offers the nearest entries and the static pages', async () => {
    const page = await site.newPage();
    await page.goto('/search/?q=qqqqqqqq');
    await settled(page);
    expect(await page.textContent('#search-status')).toBe('没有找到与「qqqqqqqq」相关的内容。');
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(await page.isVisible('#search-empty a[href="/cases/"]')).toBe(true);
  });

  it('explains a failed index load and points to the case finder', async () => {
    const page = await site.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=骆驼');
    await page.waitForSelector('#search-error:not([hidden])');
    expect(await page.textContent('#search-error')).toContain('搜索索引没有加载成功');
    await page.click('#search-error a[href="/cases/"]');
    await page.waitForURL('**/cases/');
    expect(await page.locator('li[data-case]').count()).toBeGreaterThan(0);
  });

  it('highlights the query on the page opened from the results', async () => {
    const page = await site.newPage();
    await page.goto('/search/?q=戈壁红驼');
    await settled(page);
    await page.click(`#search-results .search-result__title a[href="${CAMEL_CASE}"]`);
    await page.waitForURL(`**${CAMEL_CASE}`);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (m) => m.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['戈壁红驼']));
    // Only once: a reload shows the page plain.
    await page.reload();
    expect(await page.locator('mark.search-hit').count()).toBe(0);
  });

  it('passes axe with results and open filters, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=合作社&kind=案例');
      await settled(page);
      for (const summary of await page.$$('.filter-group summary')) await summary.click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

describe('on a 360 px phone', () => {
  const phone = { viewport: { width: 360, height: 740 }, hasTouch: true };

  it.each(['骆驼', '红驼'])('finds the 巴彦淖尔 camel case from 「%s」 within two taps of the home page', async (word) => {
    const page = await site.newPage(phone);
    await page.goto('/');
    await page.tap('#site-search'); // tap 1
    await page.keyboard.type(word);
    await page.keyboard.press('Enter'); // the keyboard's 搜索 key
    await page.waitForURL('**/search/?q=*');
    await settled(page);
    await page.tap('#search-results > li:first-child .search-result__title a'); // tap 2
    await page.waitForURL(`**${CAMEL_CASE}`);
    expect(await page.textContent('h1')).toContain('戈壁红驼');
  });

  it('lays out results and filters without sideways scrolling, and filters by touch', async () => {
    const page = await site.newPage(phone);
    await page.goto('/search/?q=合作社');
    await settled(page);
    await page.tap('details[data-group="region"] summary');
    await page.tap('input[name="region"][value="巴彦淖尔市"]');
    await page.waitForURL(/region=/);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const tooSmall = await page.$$eval('.facet-check, .filter-group summary, .search-result__title a', (els) =>
      els.filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 24).length,
    );
    expect(tooSmall).toBe(0);
  });
});

describe('privacy', () => {
  it('makes no request to another host', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
