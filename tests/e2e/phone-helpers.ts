import type { Page } from 'playwright-core';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The phone the handbook is measured on, and the narrowest screen it must fit. */
export const PHONE = { viewport: { width: 390, height: 780 }, hasTouch: true } as const;
export const NARROWEST = { width: 320, height: 640 } as const;
/** WCAG 2.5.5 (AAA) and the platform guidelines: 44 CSS px each way. */
export const MIN_TARGET = 44;

/** Every built page, as a URL path, read from the built site. */
export function builtPaths(dist = 'dist'): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        paths.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dist);
  return paths.sort();
}

export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Links and controls in <main> whose hit area is under 44×44 px.
 *
 * Exempt (WCAG 2.5.8's "inline" exception, made precise): a link shown
 * inline whose nearest block — a paragraph, list item, table cell, definition
 * or quotation — holds at least two characters of its own words besides its
 * links, i.e. a link inside a sentence. Never exempt, whatever their
 * surroundings: navigation (breadcrumbs, jump menus), link groups and
 * related-entry lists, card titles, buttons, summaries and form fields.
 * A radio button or checkbox inside a <label> is measured as the label, which
 * is what a finger hits. The region map's SVG shapes are drawn to scale and
 * are not counted; every region is also a link in the list beside the map.
 */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const NEVER_EXEMPT = 'nav a, .link-groups a, .card :is(h2, h3) a, .page-toc a, .az-index a';
    const BLOCKS = 'p, li, td, th, dd, dt, blockquote, figcaption';
    const inRunningText = (a: Element): boolean => {
      if (a.matches(NEVER_EXEMPT) || getComputedStyle(a).display !== 'inline') return false;
      const block = a.parentElement?.closest(BLOCKS);
      if (!block) return false;
      let own = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('a, button')) own += node.textContent ?? '';
      }
      return own.replace(/[\s·、，。；：:,;|/()（）「」《》—-]/g, '').length >= 2;
    };
    const main = document.querySelector('main');
    if (!main) return [];
    const found: { what: string; width: number; height: number }[] = [];
    const seen = new Set<Element>();
    for (const el of main.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), select, textarea')) {
      if (el.closest('svg')) continue;
      const target = el.matches('input[type="radio"], input[type="checkbox"]') ? (el.closest('label') ?? el) : el;
      if (seen.has(target)) continue;
      seen.add(target);
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      if (target.tagName === 'A' && inRunningText(target)) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const label = (target.textContent ?? '').trim().slice(0, 20) || target.getAttribute('aria-label') || target.tagName;
        found.push({ what: `${target.tagName.toLowerCase()}${target.className ? '.' + String(target.className).split(' ')[0] : ''} 「${label}」`, width: Math.round(box.width), height: Math.round(box.height) });
      }
    }
    return found;
  }, MIN_TARGET);
}
