import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser';
import { axeViolations } from '../support/axe';

/**
 * Names that link where they are named, the domain page's first screen on a
 * phone, and the quiz's 「换一组题」 taking the reader back to question one.
 */
const PHONE = { viewport: { width: 390, height: 780 }, hasTouch: true };

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Bottom edge of an element in page coordinates, at the top of the page. */
const bottomOf = (locator: ReturnType<Awaited<ReturnType<SiteSession['newPage']>>['locator']>) =>
  locator.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);

describe('domain page on a 390 px phone', () => {
  it('shows its own working model and the steps in the first 780 px', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/domains/chengzhen-shequ/');
    const model = page.locator('[data-own-models] a[href="/models/wuwei-wujin-wuping/"]');
    const steps = page.locator('a[data-steps-link]');
    expect(await steps.getAttribute('href')).toBe('/guides/zhengti-anpai/#一个单位怎么推进');
    expect(await bottomOf(model)).toBeLessThanOrEqual(780);
    expect(await bottomOf(steps)).toBeLessThanOrEqual(780);
    expect(await bottomOf(page.locator('[data-steps] ol'))).toBeLessThanOrEqual(780);
  });

  it('links 「五微五进五评」 in its prose to the model', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/domains/chengzhen-shequ/');
    const link = page.locator('.prose a.entry-link', { hasText: '五微五进五评' }).first();
    expect(await link.getAttribute('href')).toBe('/models/wuwei-wujin-wuping/');
  });
});

describe('quiz', () => {
  it('「换一组题」 takes the reader back to the first question and focuses it', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/quiz/');
    const reshuffle = page.locator('[data-quiz-reshuffle]');
    await reshuffle.waitFor({ state: 'visible' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await reshuffle.click();
    const first = page.locator('[data-question]:not([hidden])').first();
    await expect.poll(() => first.evaluate((q) => q.contains(document.activeElement))).toBe(true);
    // Below the sticky score bar, not under it, and on screen.
    const top = await first.evaluate((q) => q.getBoundingClientRect().top);
    const barBottom = await page.locator('[data-quiz-bar]').evaluate((bar) => bar.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(barBottom);
    expect(top).toBeLessThan(780 / 2);
  });

  it('passes axe on the domain page and on the quiz after a new round', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/domains/chengzhen-shequ/');
    const found = await axeViolations(page);
    await page.goto('/quiz/');
    await page.locator('[data-quiz-reshuffle]').click();
    found.push(...(await axeViolations(page)));
    expect(found).toEqual([]);
  });

  it('makes no request to another host', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
