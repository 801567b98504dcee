/**
 * On every page, with the header search box: the `/` key focuses the search
 * box (the search page's own box there), and a page opened from the search
 * results highlights the query, loading the highlighter only then.
 */
import { HIGHLIGHT_KEY } from '../lib/search/handoff';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('#search-page-input') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const handedOver = sessionStorage.getItem(HIGHLIGHT_KEY);
if (handedOver) {
  const { path, query } = JSON.parse(handedOver) as { path: string; query: string };
  if (path === location.pathname) {
    sessionStorage.removeItem(HIGHLIGHT_KEY);
    void import('./search-highlight').then((m) => m.highlightPage(query));
  }
}
