import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/browser';
import { settled } from './search-helpers';

/**
 * The forgiving search of issue 10 in Chromium: typos, traditional
 * characters and pinyin lead to the right entries; no search ends silently
 * empty; excerpts come from the entries' prose, never from page labels.
 */
let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const results = (page: Page) => page.$$eval('#search-results .search-result__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
const shown = async (page: Page, selector: string) => ((await page.isVisible(selector)) ? ((await page.textContent(selector)) ?? '').trim() : '');

async function search(page: Page, q: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction((q) => document.querySelector('#search-results')?.getAttribute('data-query') === q, q);
  await settled(page);
}

describe('forgiving search', () => {
  it('reads a wrong character as the name it is one sound away from: 巴颜淖尔 → 巴彦淖尔市', async () => {
    const page = await site.newPage();
    await search(page, '巴颜淖尔');
    expect(await shown(page, '#search-note')).toBe('没有找到「巴颜淖尔」，以下是「巴彦淖尔」的结果。');
    expect((await results(page))[0]).toBe('/regions/bayannur/');
  });

  it('reads traditional characters as simplified: 聽黨話 finds the pages about 听党话', async () => {
    const page = await site.newPage();
    await search(page, '聽黨話');
    expect(await shown(page, '#search-note')).toBe('已按简体字「听党话」搜索。');
    expect(await results(page)).toContain('/sources/wudinghe-plan-2024/');
  });

  it('spells pinyin of any part of a name in characters: hezuoshe → 合作社', async () => {
    const page = await site.newPage();
    await search(page, 'hezuoshe');
    expect(await shown(page, '#search-note')).toBe('按拼音「hezuoshe」搜索「合作社」。');
    const urls = await results(page);
    expect(urls[0]).toBe('/models/zhibu-lingban-hezuoshe/');
    expect(urls).toContain('/cases/heping-cun-zhongcheng/');
  });

  it.each([
    ['红书宝', '/models/hongshubao/'],
    ['五微五近', '/models/wuwei-wujin-wuping/'],
    ['惠明政策明白人', '/glossary/huimin-zhengce-mingbairen/'],
    ['木区大寨', '/stories/muqu-dazhai-jingshen/'],
    ['烏蘭察布', '/regions/ulanqab/'],
    ['wlcb', '/regions/ulanqab/'],
    ['xihaicun', '/cases/bainaobao-lajiao/'],
  ])('%s leads to %s first', async (q, url) => {
    const page = await site.newPage();
    await search(page, q);
    expect((await results(page))[0]).toBe(url);
  });

  it('tells same-titled entries apart by kind and region', async () => {
    const page = await site.newPage();
    await search(page, '擂台比武');
    const lines = await page.$$eval('#search-results .search-result', (items) =>
      items.map((li) => `${li.querySelector('.search-result__title')?.textContent}|${li.querySelector('.search-result__kind')?.textContent?.trim()}`),
    );
    const same = lines.filter((l) => l.startsWith('巴彦淖尔市抓党建促乡村振兴擂台比武|'));
    expect(same.length).toBe(2);
    expect(new Set(same).size).toBe(2);
  });
});

describe('every search of the quality sets', () => {
  const load = (file: string) => (JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as { queries: { q: string }[] }).queries.map((x) => x.q);
  const queries = [...load('search-quality.json'), ...load('search-heldout.json'), '量子计算机', 'qqqqqqqq'];
  // Labels of the page around an entry's own text, which an excerpt must never show.
  const UI_LABELS = ['又称', '适合对象', '加入备课篮', '原文引文', '待核实', '本条的部分说明', '来源没有说明这个模式'];

  it('ends in results or in the nearest entries and the pages to browse, and its excerpts show no page labels', async () => {
    const page = await site.newPage();
    const problems: string[] = [];
    for (const q of queries) {
      await search(page, q);
      const urls = await results(page);
      if (urls.length === 0 && !(await page.isVisible('#search-empty a[href="/cases/"]'))) problems.push(`「${q}」: empty without a way on`);
      const excerpts = await page.$$eval('#search-results .search-result__excerpt, #search-results .search-result__section-excerpt', (els) => els.map((e) => e.textContent ?? ''));
      for (const text of excerpts) {
        const label = UI_LABELS.find((l) => text.includes(l));
        if (label) problems.push(`「${q}」: excerpt shows 「${label}」: ${text}`);
        if (/^[，。、；：）」》]/.test(text)) problems.push(`「${q}」: excerpt starts with punctuation: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
