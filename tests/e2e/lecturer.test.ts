import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/browser';
import { axeViolations } from '../support/axe';

/**
 * The lecturer's toolkit end to end: the talk basket, quick add, sized
 * outlines, the outline page (talk fields, reorder, notes, remove and clear
 * with undo), exports, the printed handout, share links, presentation mode,
 * audience kits and the quiz. Statement 3 (zhichi-fazhan) is the running example.
 */

const STATEMENT_3 = '/statements/zhichi-fazhan/';
const STATEMENT_3_KEY = 'statements/zhichi-fazhan';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const basketCount = (page: Page) => page.locator('[data-basket-count-value]').first().textContent();
const outlineKeys = (page: Page) => page.locator('.outline-item').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.key!));
const sectionKeys = (page: Page, section: string) =>
  page.locator(`[data-section="${section}"] .outline-item`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.key));

async function openOutline(page: Page, path = '/outline/'): Promise<void> {
  await page.goto(path);
  await page.locator('#outline-tools:not([hidden]), #outline-empty:not([hidden])').first().waitFor();
}

/** Statement 3's ready outline, added with its one button. */
async function addStatement3Outline(page: Page): Promise<void> {
  await page.goto(STATEMENT_3);
  await page.click('.ready-outline [data-basket-set] button');
  await page.locator('.ready-outline [data-basket-set-done]:not([hidden])').waitFor();
}

/** A 390×780 touch phone. */
const PHONE = { viewport: { width: 390, height: 780 }, hasTouch: true };
const HERDERS_20 = '/outline/?audience=herders&statement=zhichi-fazhan&minutes=20';

function pdfText(pdf: Buffer): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'lecturer-pdf-'));
  writeFileSync(join(dir, 'outline.pdf'), pdf);
  try {
    execFileSync('pdftotext', ['-layout', join(dir, 'outline.pdf'), join(dir, 'outline.txt')]);
  } catch {
    return undefined; // poppler-utils not installed: the print-media DOM check below still runs
  }
  return readFileSync(join(dir, 'outline.txt'), 'utf8');
}


/** FNV-1a as version 1 share links carry it. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** A finger on the touch screen at column `x`, driven through the DevTools protocol. */
async function fingerAt(page: Page, x: number) {
  const cdp = await page.context().newCDPSession(page);
  return (type: 'touchStart' | 'touchMove' | 'touchEnd', y?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === undefined ? [] : [{ x, y }] });
}

describe('the talk basket on entry pages', () => {
  it('keeps the buttons hidden without scripts, and the page readable', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(STATEMENT_3);
    expect(await page.locator('h1').textContent()).toContain('第三句');
    expect(await page.locator('[data-basket-entry]').isHidden()).toBe(true);
    expect(await page.locator('.ready-outline [data-basket-set]').isHidden()).toBe(true);
    expect(await page.locator('.ready-outline li').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-quick-add]').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-quick-add]:visible').count()).toBe(0);
  });

  it('adds an entry, shows that it is there and counts it in the header, across reloads', async () => {
    const page = await site.newPage();
    await page.goto('/cases/wudinghe-zhuanxiang-fangan/');
    const control = page.locator('.entry-header [data-basket-entry]');
    await control.locator('button').click();
    await expect.poll(() => control.locator('[data-basket-state]').textContent()).toBe('✓ 已在备课篮');
    expect(await control.locator('button').textContent()).toContain('移出备课篮');
    expect(await basketCount(page)).toBe('1');
    await page.reload();
    expect(await control.locator('[data-basket-state]').textContent()).toBe('✓ 已在备课篮');
    await control.locator('button').click();
    await expect.poll(() => basketCount(page)).toBe('0');
  });

  it('links the 「适合对象」 facts to the audience kits', async () => {
    const page = await site.newPage();
    await page.goto(STATEMENT_3);
    expect(await page.locator('.facts a[href="/audiences/herders/"]').textContent()).toBe('农牧民');
  });
});

describe('the outline page', () => {
  it('groups the basket as statement → facts and stories → cases → how to deliver, with key points and citations', async () => {
    const page = await site.newPage();
    await addStatement3Outline(page);
    await openOutline(page);
    expect(await page.locator('.outline-section__title').allTextContents()).toEqual(['一、要讲的话', '二、事实与故事', '三、案例与做法', '四、怎么讲：载体、方法与形式']);
    expect((await outlineKeys(page))[0]).toBe(STATEMENT_3_KEY);
    const first = page.locator('.outline-item').first();
    expect(await first.locator('.outline-item__summary').textContent()).toContain('一本发展账');
    await first.locator('.outline-item__refs a').click();
    const footnote = page.locator('#fn-1');
    expect(await footnote.isVisible()).toBe(true);
    expect(await footnote.textContent()).toContain('内蒙古是在党中央的支持下发展起来的');
  });

  it('reorders by keyboard within a section, keeps focus on the item and remembers the order', async () => {
    const page = await site.newPage();
    await addStatement3Outline(page);
    await openOutline(page);
    const before = await sectionKeys(page, 'delivery');
    expect(before.length).toBeGreaterThan(2);
    await page.locator(`[data-key="${before[0]}"] [data-action="grab"]`).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const moved = [before[1], before[2], before[0], ...before.slice(3)];
    expect(await sectionKeys(page, 'delivery')).toEqual(moved);
    expect(await page.evaluate(() => (document.activeElement?.closest('[data-key]') as HTMLElement | null)?.dataset.key)).toBe(before[0]);
    expect(await page.locator('#outline-status').textContent()).toContain('第 3 项');
    // The 上移 button works from the keyboard too.
    await page.locator(`[data-key="${before[0]}"] [data-action="up"]`).focus();
    await page.keyboard.press('Enter');
    expect(await sectionKeys(page, 'delivery')).toEqual([before[1], before[0], before[2], ...before.slice(3)]);
    await openOutline(page);
    expect(await sectionKeys(page, 'delivery')).toEqual([before[1], before[0], before[2], ...before.slice(3)]);
    // Nothing crosses into another section.
    expect((await outlineKeys(page))[0]).toBe(STATEMENT_3_KEY);
  });

  it('reorders by dragging with a mouse', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 1400 } });
    await addStatement3Outline(page);
    await openOutline(page);
    const before = await sectionKeys(page, 'delivery');
    await page.locator('[data-section="delivery"]').evaluate((section) => section.scrollIntoView());
    const handle = (await page.locator(`[data-key="${before[0]}"] [data-action="grab"]`).boundingBox())!;
    // Items differ in height, so aim past the last item's middle: the dragged one must end up last.
    const last = (await page.locator(`[data-key="${before.at(-1)}"]`).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, last.y + last.height - 4, { steps: 8 });
    await page.mouse.up();
    expect(await sectionKeys(page, 'delivery')).toEqual([...before.slice(1), before[0]]);
  });

  it('reorders by dragging with a finger on a 360 px phone', async () => {
    // Tall enough to see three items at once: the drag itself does not scroll the page.
    const page = await site.newPage({ viewport: { width: 360, height: 1100 }, hasTouch: true });
    await addStatement3Outline(page);
    await openOutline(page);
    const before = await sectionKeys(page, 'delivery');
    await page.locator(`[data-key="${before[0]}"]`).evaluate((item) => item.scrollIntoView());
    const handle = (await page.locator(`[data-key="${before[2]}"] [data-action="grab"]`).boundingBox())!;
    const target = (await page.locator(`[data-key="${before[0]}"]`).boundingBox())!;
    expect(handle.y + handle.height).toBeLessThan(1100);
    const touch = await fingerAt(page, handle.x + handle.width / 2);
    await touch('touchStart', handle.y + handle.height / 2);
    for (let step = 1; step <= 8; step++) await touch('touchMove', handle.y + handle.height / 2 - ((handle.y - target.y) * step) / 8);
    await touch('touchEnd');
    expect(await sectionKeys(page, 'delivery')).toEqual([before[2], before[0], before[1], ...before.slice(3)]);
  });

  it('scrolls the page while a finger holds an item at the screen edge', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
    await addStatement3Outline(page);
    await openOutline(page);
    const before = await sectionKeys(page, 'delivery');
    await page.locator(`[data-key="${before[0]}"]`).evaluate((item) => item.scrollIntoView());
    const handle = (await page.locator(`[data-key="${before[0]}"] [data-action="grab"]`).boundingBox())!;
    const touch = await fingerAt(page, handle.x + handle.width / 2);
    await touch('touchStart', handle.y + handle.height / 2);
    for (let step = 0; step < 60; step++) await touch('touchMove', 730 - (step % 2));
    await touch('touchEnd');
    expect((await sectionKeys(page, 'delivery')).indexOf(before[0]!)).toBeGreaterThanOrEqual(2);
  });

  it('keeps notes across reloads and prints them', async () => {
    const page = await site.newPage();
    await addStatement3Outline(page);
    await openOutline(page);
    await page.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).fill('开场：问大家「一卡通」里的钱从哪来\n讲五分钟');
    await page.reload();
    await page.locator('.outline-item').first().waitFor();
    expect(await page.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).inputValue()).toBe('开场：问大家「一卡通」里的钱从哪来\n讲五分钟');
    expect(await page.locator(`[data-key="${STATEMENT_3_KEY}"] .outline-item__note-print`).textContent()).toContain('讲五分钟');
  });

  it('removes an item, and clears the basket only after confirmation', async () => {
    const page = await site.newPage();
    await addStatement3Outline(page);
    await openOutline(page);
    const keys = await outlineKeys(page);
    await page.locator(`[data-key="${keys[1]}"] [data-action="remove"]`).click();
    expect(await outlineKeys(page)).toEqual([keys[0], ...keys.slice(2)]);
    await expect.poll(() => basketCount(page)).toBe(String(keys.length - 1));
    await page.reload();
    await page.locator('.outline-item').first().waitFor();
    expect(await outlineKeys(page)).toEqual([keys[0], ...keys.slice(2)]);

    await page.click('[data-action="clear"]');
    const dialog = page.locator('#clear-dialog');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.locator('button[value="cancel"]').click();
    expect(await outlineKeys(page)).toHaveLength(keys.length - 1);
    await page.click('[data-action="clear"]');
    await dialog.locator('button[value="clear"]').click();
    await page.locator('#outline-empty:not([hidden])').waitFor();
    expect(await outlineKeys(page)).toEqual([]);
    expect(await basketCount(page)).toBe('0');
  });

  it('undoes a removal and a clearing from the toast, by touch', async () => {
    const page = await site.newPage(PHONE);
    await openOutline(page, HERDERS_20);
    const keys = await outlineKeys(page);
    await page.locator(`[data-key="${keys[2]}"] [data-action="remove"]`).tap();
    const toast = page.locator('#outline-toast');
    expect(await toast.isVisible()).toBe(true);
    expect(await toast.textContent()).toContain('已移出');
    expect(await axeViolations(page)).toEqual([]);
    await toast.getByRole('button', { name: '撤销' }).tap();
    expect(await outlineKeys(page)).toEqual(keys);
    expect(await toast.isHidden()).toBe(true);
    await expect.poll(() => basketCount(page)).toBe(String(keys.length));

    await page.locator('[data-action="clear"]').tap();
    await page.locator('#clear-dialog button[value="clear"]').tap();
    await page.locator('#outline-empty:not([hidden])').waitFor();
    expect(await toast.textContent()).toContain(`已清空备课篮（${keys.length} 项）`);
    await toast.getByRole('button', { name: '撤销' }).tap();
    expect(await outlineKeys(page)).toEqual(keys);
    // The talk fields come back too.
    expect(await page.locator('#outline-meta-line').textContent()).toContain('听众：农牧民 · 20 分钟');
    await page.reload();
    await page.locator('.outline-item').first().waitFor();
    expect(await outlineKeys(page)).toEqual(keys);
  });

  it('disables the moves that would do nothing, and tells touch users how to reorder', async () => {
    const page = await site.newPage(PHONE);
    await addStatement3Outline(page);
    await openOutline(page);
    const delivery = await sectionKeys(page, 'delivery');
    const button = (key: string, action: string) => page.locator(`[data-key="${key}"] [data-action="${action}"]`);
    expect(await button(delivery[0]!, 'up').isDisabled()).toBe(true);
    expect(await button(delivery[0]!, 'down').isEnabled()).toBe(true);
    expect(await button(delivery.at(-1)!, 'down').isDisabled()).toBe(true);
    expect(await button(STATEMENT_3_KEY, 'up').isDisabled()).toBe(true);
    expect(await button(STATEMENT_3_KEY, 'down').isDisabled()).toBe(true);
    // Moving the second item up makes it first: its 上移 turns off and focus stays on the item.
    await button(delivery[1]!, 'up').focus();
    await page.keyboard.press('Enter');
    expect(await button(delivery[1]!, 'up').isDisabled()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement?.closest('[data-key]') as HTMLElement | null)?.dataset.key)).toBe(delivery[1]);
    const hint = await page.locator('#outline-move-hint').textContent();
    expect(hint).toContain('点每项下面的“上移”“下移”');
    expect(hint).toContain('按住');
  });

  it('keeps title, audience, date and length across reloads and in the share link', async () => {
    const page = await site.newPage(PHONE);
    await addStatement3Outline(page);
    await openOutline(page);
    const meta = page.locator('#outline-meta');
    await meta.locator('[name="title"]').fill('发展账算给乡亲听');
    await meta.locator('[name="audience"]').selectOption('herders');
    await meta.locator('[name="date"]').fill('2026-12-08');
    await meta.locator('[name="minutes"]').selectOption('40');
    expect(await page.locator('h1').textContent()).toBe('发展账算给乡亲听');
    await page.reload();
    await page.locator('.outline-item').first().waitFor();
    expect(await page.locator('#outline-meta-line').textContent()).toBe('听众：农牧民 · 40 分钟 · 2026年12月8日');
    await page.locator('[data-action="share"]').tap();
    const url = new URL(await page.locator('#share-url').inputValue());
    expect(url.hash).toMatch(/^#t=.+&a=herders&d=2026-12-08&m=40&b=2\./);
    const colleague = await site.newPage(PHONE);
    await openOutline(colleague, url.pathname + url.hash);
    expect(await colleague.locator('h1').textContent()).toBe('发展账算给乡亲听');
    expect(await colleague.locator('#outline-meta [name="minutes"]').inputValue()).toBe('40');
    // A link sent before the talk fields existed still opens.
    const old = await site.newPage();
    const oldBody = 's_zhichi-fazhan.m_mianduimian';
    await openOutline(old, `/outline/#b=1.${fnv(oldBody)}.${oldBody}`);
    expect(await outlineKeys(old)).toEqual([STATEMENT_3_KEY, 'methods/mianduimian']);
  });

  it('downloads the outline as Markdown with sections, notes and footnotes', async () => {
    const page = await site.newPage();
    await addStatement3Outline(page);
    await openOutline(page);
    await page.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).fill('先讲惠民卡');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="markdown"]')]);
    expect(download.suggestedFilename()).toMatch(/^宣讲提纲-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.startsWith('# 宣讲提纲\n\n## 一、要讲的话\n\n### 1. [第三句：内蒙古是在党中央的支持下发展起来的](http://127.0.0.1:')).toBe(true);
    expect(markdown).toContain('/statements/zhichi-fazhan/)');
    expect(markdown).toContain('\n> 先讲惠民卡\n');
    expect(markdown).toContain('## 四、怎么讲：载体、方法与形式');
    expect(markdown).toMatch(/\n\[\^1\]: 「内蒙古是在党中央的支持下发展起来的」——.+ <http:\/\/127\.0\.0\.1:\d+\/sources\/wudinghe-plan-2024\/#q-statements-zhichi-fazhan-1>\n/);
  });

  it('copies the outline as plain text', async () => {
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl });
    await addStatement3Outline(page);
    await openOutline(page);
    await page.click('[data-action="text"]');
    await expect.poll(() => page.locator('#outline-status').textContent()).toContain('已复制提纲文字');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^宣讲提纲\n\n一、要讲的话\n\n1\. 第三句：内蒙古是在党中央的支持下发展起来的\n {3}要点：/);
    expect(text).not.toContain('](');
  });

  it('prints a six-item outline as a handout of at most two A4 pages: header, flowing sections, page numbers, short sources', async () => {
    const page = await site.newPage(PHONE);
    await openOutline(page, HERDERS_20);
    expect(await outlineKeys(page)).toHaveLength(6);
    await page.locator('#outline-meta [name="title"]').fill('党的关怀到我家');
    await page.locator('#outline-meta [name="date"]').fill('2026-12-08');
    await page.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).fill('请老党员现身说法');
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.breadcrumbs', '#outline-tools', '#outline-meta', '.outline-item__actions', 'textarea'].map((s) => getComputedStyle(document.querySelector(s)!).display),
    );
    expect(hidden).toEqual(Array(7).fill('none'));
    expect(await page.locator('.outline-footnotes__list').isVisible()).toBe(true);

    const text = pdfText(await page.pdf({ format: 'A4' }));
    if (text === undefined) return;
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeLessThanOrEqual(2);
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*/\\s*共\\s*${pages.length}\\s*页`)));
    expect(pages[0]!.trimStart().startsWith('党的关怀到我家')).toBe(true);
    expect(pages[0]).toContain('听众：农牧民 · 20 分钟 · 2026年12月8日');
    expect(text).toContain('备注：请老党员现身说法');
    expect(text).toMatch(/1\.\s+「内蒙古是在党中央的支持下发展起来的」——/);
    // Each source passage once, at most three per item, long quotes cut short.
    const footnotes = await page.locator('.outline-footnotes__list li').allTextContents();
    expect(new Set(footnotes).size).toBe(footnotes.length);
    expect(footnotes.length).toBeLessThanOrEqual(6 * 3);
    expect(Math.max(...footnotes.map((f) => f.length))).toBeLessThan(60);
    for (const chrome of ['跳到正文', '感党恩 · 听党话 · 跟党走', '搜索', '打印 / 存为 PDF', '上移', '移出', '工作指南', '撤销', '宣讲模式']) expect(text).not.toContain(chrome);
  });

  it('has no axe violations, filled or empty, light or dark', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await openOutline(page);
    const found = (await axeViolations(page)).map((v) => `empty: ${v}`);
    await addStatement3Outline(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openOutline(page);
      await page.click('[data-action="share"]');
      await page.click('[data-action="toggle-footnotes"]');
      found.push(...(await axeViolations(page)).map((v) => `${scheme}: ${v}`));
    }
    await page.click('[data-action="clear"]');
    found.push(...(await axeViolations(page)).map((v) => `dialog: ${v}`));
    expect(found).toEqual([]);
  });

  it('says it needs scripts when they are off', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto('/outline/');
    expect(await page.locator('main').textContent()).toContain('备课篮要用浏览器脚本');
  });
});

describe('sized outlines', () => {
  it('builds one from the statement page: audience and length picked, the choice explained in one line', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(STATEMENT_3);
    const form = page.locator('.ready-outline .size-form');
    await form.getByText('社区居民').tap();
    await form.getByText('10 分钟').tap();
    await form.getByRole('button', { name: '按听众和时长生成提纲' }).tap();
    await page.waitForURL('**/outline/');
    await page.locator('.outline-item').first().waitFor();
    const keys = await outlineKeys(page);
    expect(keys[0]).toBe(STATEMENT_3_KEY);
    expect(keys).toHaveLength(4);
    expect(keys.some((k) => k.startsWith('methods/'))).toBe(true);
    expect(await page.locator('#outline-basis').textContent()).toMatch(/^按“社区居民 · 10 分钟”挑选：/);
    expect(await page.locator('#outline-meta-line').textContent()).toContain('听众：社区居民 · 10 分钟');
    expect(new URL(page.url()).search).toBe('');
  });

  it('asks before replacing a basket that has other items, and can undo the replacement', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/methods/mianduimian/');
    await page.click('.entry-header [data-basket-entry] button');
    await openOutline(page, HERDERS_20);
    expect(await page.locator('#share-offer-text').textContent()).toContain('你的备课篮里已有 1 项');
    await page.locator('[data-action="offer-replace"]').tap();
    expect(await outlineKeys(page)).toHaveLength(6);
    await page.locator('#outline-toast').getByRole('button', { name: '撤销' }).tap();
    expect(await outlineKeys(page)).toEqual(['methods/mianduimian']);
  });
});

describe('quick add', () => {
  it('adds items of a statement page\'s ready outline without leaving the page, by touch and keyboard', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(STATEMENT_3);
    const buttons = page.locator('.ready-outline [data-quick-add]');
    expect(await buttons.count()).toBeGreaterThan(3);
    const story = page.locator('.ready-outline li', { hasText: '典型与文艺' }).first().locator('[data-quick-add]');
    const storyKey = (await story.getAttribute('data-quick-add'))!;
    await story.tap();
    await expect.poll(() => story.getAttribute('aria-pressed')).toBe('true');
    expect(await story.textContent()).toContain('已加入');
    expect(await basketCount(page)).toBe('1');
    const method = page.locator('.ready-outline li', { hasText: '方法' }).first().locator('[data-quick-add]');
    await method.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => basketCount(page)).toBe('2');
    expect(new URL(page.url()).pathname).toBe(STATEMENT_3);
    // Pressing again takes it out.
    await page.keyboard.press('Enter');
    await expect.poll(() => basketCount(page)).toBe('1');
    expect(await page.locator('p[role="status"]').last().textContent()).toContain('已移出备课篮');
    await openOutline(page);
    expect(await outlineKeys(page)).toEqual([storyKey]);
  });

  it('adds from an audience kit\'s cards and from related entries, showing the state on every copy of the button', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/audiences/herders/');
    // On a phone the kit's groups are folded: open the first one, as a reader would.
    await page.locator('details:has(.kit-item) > summary').first().tap();
    const card = page.locator('.kit-item .card').first();
    const button = card.locator('[data-quick-add]');
    const key = (await button.getAttribute('data-quick-add'))!;
    await button.tap();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    const copies = page.locator(`[data-quick-add="${key}"]`);
    for (const pressed of await copies.evaluateAll((all) => all.map((b) => b.getAttribute('aria-pressed')))) expect(pressed).toBe('true');
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(STATEMENT_3);
    const related = page.locator('.related-entries [data-quick-add]').first();
    await related.click();
    await expect.poll(() => basketCount(page)).toBe('2');
  });

  it('adds from a search result without leaving the results', async () => {
    const page = await site.newPage(PHONE);
    await page.goto('/search/?q=红书包');
    const button = page.locator('#search-results [data-quick-add]').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    const key = (await button.getAttribute('data-quick-add'))!;
    await button.tap();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await basketCount(page)).toBe('1');
    await openOutline(page);
    expect(await outlineKeys(page)).toEqual([key]);
  });
});

describe('presentation mode', () => {
  const slide = (page: Page) => page.locator('#present [data-present-title]').textContent();
  const count = (page: Page) => page.locator('#present [data-present-count]').textContent();

  it('shows one point a slide full screen and turns pages by arrow keys and PageDown/PageUp', async () => {
    const page = await site.newPage();
    await openOutline(page, HERDERS_20);
    const titles = await page.locator('.outline-item__title a').allTextContents();
    await page.click('[data-action="present"]');
    const dialog = page.locator('#present');
    await dialog.waitFor();
    expect(await slide(page)).toBe('内蒙古是在党中央的支持下发展起来的');
    expect(await count(page)).toBe(`1 / ${titles.length + 1}`);
    await page.keyboard.press('ArrowRight');
    expect(await slide(page)).toBe(titles[0]);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    expect(await slide(page)).toBe(titles[2]);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await slide(page)).toBe(titles[0]);
    await page.keyboard.press('End');
    expect(await count(page)).toBe(`${titles.length + 1} / ${titles.length + 1}`);
    await page.keyboard.press('ArrowRight');
    expect(await slide(page)).toBe(titles.at(-1));
    const size = await page.locator('#present [data-present-title]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('turns pages by swipe and tap on a phone, shows the notes, and works offline once loaded', async () => {
    const page = await site.newPage(PHONE);
    await openOutline(page, HERDERS_20);
    await page.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).fill('先问大家一卡通里的钱从哪来');
    const titles = await page.locator('.outline-item__title a').allTextContents();
    // The presentation script arrives with the outline; the network may go now.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('basket-present')))).toBe(true);
    await page.context().setOffline(true);
    await page.locator('[data-action="present"]').tap();
    await page.locator('#present').waitFor();
    const stage = (await page.locator('#present [data-present-stage]').boundingBox())!;
    const y = stage.y + stage.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const at = (x: number) => [{ x: stage.x + stage.width * x, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.8) });
    for (const x of [0.7, 0.5, 0.3, 0.2]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(await slide(page)).toBe(titles[0]);
    await page.touchscreen.tap(stage.x + stage.width * 0.8, y);
    expect(await slide(page)).toBe(titles[1]);
    await page.touchscreen.tap(stage.x + stage.width * 0.1, y);
    expect(await slide(page)).toBe(titles[0]);
    await page.locator('#present [data-present="toggle-notes"]').tap();
    expect(await page.locator('#present [data-present-notes]').textContent()).toContain('先问大家一卡通里的钱从哪来');
    await page.locator('#present [data-present="close"]').tap();
    await expect.poll(() => page.locator('#present').isVisible()).toBe(false);
    await page.context().setOffline(false);
  });
});

describe('share links', () => {
  async function shareLinkOf(page: Page): Promise<string> {
    await page.click('[data-action="share"]');
    return page.locator('#share-url').inputValue();
  }

  it('opens the same outline in a fresh browser (another phone), without the notes', async () => {
    const mine = await site.newPage();
    await addStatement3Outline(mine);
    await openOutline(mine);
    const delivery = await sectionKeys(mine, 'delivery');
    await mine.locator(`[data-key="${delivery[0]}"] [data-action="down"]`).click();
    await mine.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).fill('私人备注');
    const url = await shareLinkOf(mine);
    expect(url).toMatch(/\/outline\/#b=2\.[0-9a-z]+\.s_zhichi-fazhan\./);
    expect(decodeURIComponent(url)).not.toContain('私人备注');

    const theirs = await site.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
    await openOutline(theirs, new URL(url).pathname + new URL(url).hash);
    expect(await outlineKeys(theirs)).toEqual(await outlineKeys(mine));
    expect(await theirs.locator('#outline-notice').textContent()).toContain('已载入分享的提纲');
    expect(await theirs.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).inputValue()).toBe('');
    expect(new URL(theirs.url()).hash).toBe('');
    await openOutline(theirs);
    expect(await outlineKeys(theirs)).toEqual(await outlineKeys(mine));
  });

  it('asks before replacing a basket that already has other items', async () => {
    const mine = await site.newPage();
    await addStatement3Outline(mine);
    await openOutline(mine);
    const url = new URL(await shareLinkOf(mine));

    const theirs = await site.newPage();
    await theirs.goto('/methods/mianduimian/');
    await theirs.click('.entry-header [data-basket-entry] button');
    await openOutline(theirs, url.pathname + url.hash);
    expect(await outlineKeys(theirs)).toEqual(['methods/mianduimian']);
    expect(await theirs.locator('#share-offer').isVisible()).toBe(true);
    await theirs.click('[data-action="offer-replace"]');
    expect(await outlineKeys(theirs)).toEqual(await outlineKeys(mine));
  });

  it.each([
    ['tampered (an id swapped, checksum kept)', (hash: string) => hash.replace('s_zhichi-fazhan', 's_zuizao-jianli-dangzuzhi'), '校验码'],
    ['cut short', (hash: string) => hash.slice(0, -6), '校验码'],
    ['malformed', () => '#b=1.abc', '格式不对'],
  ])('ignores a %s link with a message and leaves the basket untouched', async (_case, spoil, message) => {
    const mine = await site.newPage();
    await addStatement3Outline(mine);
    await openOutline(mine);
    const url = new URL(await shareLinkOf(mine));

    const theirs = await site.newPage();
    await theirs.goto('/methods/mianduimian/');
    await theirs.click('.entry-header [data-basket-entry] button');
    await openOutline(theirs, url.pathname + spoil(url.hash));
    const alert = theirs.locator('#outline-notice[role="alert"]');
    expect(await alert.textContent()).toContain(message);
    expect(await alert.textContent()).toContain('你的备课篮没有改动');
    expect(await outlineKeys(theirs)).toEqual(['methods/mianduimian']);
    expect(await theirs.locator('#share-offer').isHidden()).toBe(true);
  });
});

describe('audience kits', () => {
  it('has a page per audience, each with a playbook, addable items and a starter set', async () => {
    const page = await site.newPage();
    await page.goto('/audiences/');
    expect(await page.locator('.audience-card__title').allTextContents()).toEqual(['农牧民', '社区居民', '机关干部', '学生', '企业职工', '新就业群体']);
    await page.goto('/audiences/herders/');
    expect(await page.locator('h1').textContent()).toBe('给农牧民宣讲');
    expect(await page.locator('details:has(#h-playbook) ul a').first().textContent()).toBe('农村牧区');
    expect(await page.locator('.kit-formats').textContent()).toContain('墙根唠嗑');
    const starter = page.locator('#h-starter ~ .basket-set [data-basket-set]');
    const starterSize = (await starter.getAttribute('data-basket-set'))!.split(' ').length;
    await starter.locator('button').click();
    await expect.poll(() => basketCount(page)).toBe(String(starterSize));
    const item = page.locator('.kit-item [data-quick-add]').last();
    await item.click();
    await expect.poll(() => item.getAttribute('aria-pressed')).toBe('true');
    expect(await item.textContent()).toContain('已加入');
  });

  it('has no axe violations and no sideways scroll at 360 px', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    const found: string[] = [];
    for (const path of ['/audiences/', '/audiences/herders/', '/audiences/gig-workers/', '/quiz/', '/outline/', STATEMENT_3]) {
      await page.goto(path);
      found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) found.push(`${path}: ${width}px wide`);
    }
    expect(found).toEqual([]);
  });
});

describe('the quiz', () => {
  it('shows the right answer with a link to its entry, and keeps a score', async () => {
    const page = await site.newPage();
    await page.goto('/quiz/');
    const questions = page.locator('[data-question]:visible');
    expect(await questions.count()).toBeGreaterThan(10);
    const first = page.locator('#h-quiz-order ~ ol [data-question]').first();
    expect(await first.locator('legend').textContent()).toBe('「六句话」的第一句是？');
    const answer = Number(await first.getAttribute('data-answer'));
    const wrong = answer === 0 ? 1 : 0;
    await first.locator('input').nth(wrong).check();
    const feedback = first.locator('[data-feedback]');
    expect(await feedback.textContent()).toContain('不对。正确答案：');
    expect(await feedback.locator('a').getAttribute('href')).toMatch(/^\/statements\/[a-z-]+\/$/);
    await first.locator('input').nth(answer).check();
    expect(await feedback.textContent()).toContain('答对了');
    expect(await page.locator('[data-quiz-score]').textContent()).toMatch(/已答 1 题，答对 1 题/);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-quiz-reshuffle]');
    expect(await page.locator('[data-quiz-score]').textContent()).toMatch(/已答 0 题/);
  });

  it('works without scripts: every question with its answer behind 「看答案」', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto('/quiz/');
    const first = page.locator('[data-question]').first();
    await first.locator('summary').click();
    expect(await first.locator('[data-answer-details] a').getAttribute('href')).toMatch(/^\/statements\//);
  });
});

describe('acceptance: a 20-minute talk to herders about statement 3, on a phone', () => {
  it('goes from the home page to a printed handout and a link a colleague opens in at most ten actions, never going back', async () => {
    const phone = await site.newPage(PHONE);
    let actions = 0;
    /** One thing the lecturer does with her finger (a tap, or typing into a field). */
    const act = async (step: () => Promise<unknown>) => {
      actions++;
      await step();
    };
    const visited: string[] = [];
    phone.on('framenavigated', (frame) => {
      if (frame === phone.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    await phone.goto('/');
    await act(() => phone.locator('.entry-points li', { hasText: '我是宣讲员' }).getByRole('link', { name: '农牧民' }).tap());
    await phone.waitForURL('**/audiences/herders/');
    const row = phone.locator('.kit-statements > li', { hasText: '第三句' });
    await act(() => row.getByRole('link', { name: /^20 分钟/ }).tap());
    await phone.waitForURL('**/outline/');
    await phone.locator('.outline-item').first().waitFor();
    const keys = await outlineKeys(phone);
    expect(keys[0]).toBe(STATEMENT_3_KEY);
    expect(keys).toHaveLength(6);
    expect(keys.some((k) => k.startsWith('stories/'))).toBe(true);
    expect(keys.filter((k) => k.startsWith('cases/'))).toHaveLength(2);
    expect(keys.some((k) => k.startsWith('methods/'))).toBe(true);
    expect(await phone.locator('#outline-basis').textContent()).toMatch(/^按“农牧民 · 20 分钟”挑选/);
    await act(() => phone.locator('#outline-meta [name="date"]').fill('2026-12-08'));
    await act(() => phone.locator(`[data-key="${STATEMENT_3_KEY}"] textarea`).fill('20 分钟：先算炕头账，再讲故事'));

    // 打印 opens the browser's print dialog; here the PDF stands in for the printer.
    await phone.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await act(() => phone.locator('[data-action="print"]').tap());
    expect(await phone.locator('body[data-printed]').count()).toBe(1);
    await phone.emulateMedia({ media: 'print' });
    const text = pdfText(await phone.pdf({ format: 'A4' }));
    await phone.emulateMedia({ media: 'screen' });
    if (text !== undefined) {
      expect(text.split('\f').filter((p) => p.trim() !== '').length).toBeLessThanOrEqual(2);
      expect(text).toContain('第三句：内蒙古是在党中央的支持下发展起来的');
      expect(text).toContain('听众：农牧民 · 20 分钟 · 2026年12月8日');
      expect(text).toContain('20 分钟：先算炕头账');
      expect(text).toMatch(/第\s*1\s*页\s*\/\s*共/);
      expect(text).not.toContain('跳到正文');
    }

    await act(() => phone.locator('[data-action="share"]').tap());
    const url = new URL(await phone.locator('#share-url').inputValue());
    expect(actions).toBeLessThanOrEqual(10);
    // Forward only: the outline page tidies its own address (same page), nothing goes back.
    expect(visited.filter((path, i) => path !== visited[i - 1])).toEqual(['/', '/audiences/herders/', '/outline/']);

    const colleague = await site.newPage(PHONE);
    await openOutline(colleague, url.pathname + url.hash);
    expect(await outlineKeys(colleague)).toEqual(keys);
    expect(await colleague.locator('#outline-meta-line').textContent()).toBe('听众：农牧民 · 20 分钟 · 2026年12月8日');
    expect(await colleague.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    console.log(`lecturer path: ${actions} actions, pages ${visited.join(' → ')}`);
  });

  it('made no request to another host', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
