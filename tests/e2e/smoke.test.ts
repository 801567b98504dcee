import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('smoke', () => {
  it('renders the home page in Chinese with the six statements', async () => {
    const page = await site.newPage();
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('群众教育实践活动工作手册');
    expect(await page.locator('.six-statements li').count()).toBe(6);
  });

  it('finds the 「五微五进五评」 model first from the header search box', async () => {
    const page = await site.newPage();
    await page.goto('/');
    await page.fill('#site-search', '五微五进');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/search/?q=*');
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/models/wuwei-wujin-wuping/');
  });

  it('makes no request to another host', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
