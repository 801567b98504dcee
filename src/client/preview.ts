import { registerPopovers } from './popover';
import type { Preview } from '../lib/previews';
import { routeUrl } from '../core/kinds';

/**
 * Link previews: hovering or focusing a link to another entry shows its kind,
 * title and one-line summary in one shared card. The data (built once, at
 * /previews.json) is fetched on the first hover or focus, not with the page.
 */

/** Links in the page's content; cards and breadcrumbs already say what they lead to. */
const SELECTOR = 'main a[href^="/"]:not(.term-link):not(.card a):not(.breadcrumbs a)';

let previews: Promise<Record<string, Preview>> | undefined;

function loadPreviews(): Promise<Record<string, Preview>> {
  previews ??= fetch(routeUrl('previews.json'))
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, Preview>>) : {}))
    .catch(() => ({}));
  return previews;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

function fill(card: HTMLElement, preview: Preview): void {
  const parts = [span('kind-badge', preview.kind), span('link-preview__title', preview.title), span('link-preview__summary', preview.summary)];
  if (preview.unverified) parts.push(span('unverified-mark', '待核实'));
  card.replaceChildren(...parts);
}

export function enableLinkPreviews(card: HTMLElement): void {
  registerPopovers({
    selector: SELECTOR,
    async popoverFor(link) {
      const { pathname } = new URL(link.getAttribute('href')!, window.location.href);
      if (pathname === window.location.pathname) return undefined;
      const preview = (await loadPreviews())[pathname];
      if (!preview) return undefined;
      fill(card, preview);
      return card;
    },
    tapToOpen: false,
    describes: true,
  });
}
