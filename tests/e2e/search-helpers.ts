import type { Page } from 'playwright-core';

/** Waits until the search page shows the outcome for its current state. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector('#search-results');
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return list && !list.hasAttribute('aria-busy') && status !== '' && !status.startsWith('正在搜索');
  });
}

/** Types a query into the search page's box and returns the result URLs, in order. */
export async function resultsFor(page: Page, q: string): Promise<string[]> {
  await page.fill('#search-page-input', q);
  await page.press('#search-page-input', 'Enter');
  await page.waitForFunction((q) => {
    const list = document.querySelector<HTMLElement>('#search-results');
    return list?.dataset.query === q && !list.hasAttribute('aria-busy');
  }, q.trim());
  return page.$$eval('#search-results .search-result__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}
