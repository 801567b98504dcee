import { addItems, removeItem, type BasketState } from '../lib/basket/outline';
import { basketAvailable, loadBasket, onBasketChange, updateBasket } from './basket-store';

/**
 * Quick add: a small toggle next to any listed entry (cards, ready outlines,
 * audience kits, related entries, search results) that puts the entry in the
 * talk basket without leaving the page.
 *
 * Contract for pages that render entries themselves (e.g. search results):
 *   import { quickAddButton } from './basket-quick-add';
 *   item.append(quickAddButton('cases/abc', '案例标题'));
 * The button comes back in its current state (已加入 or not) and keeps in
 * step with the basket from then on; its look comes from
 * src/components/basket/quick-add.css (import it in the page's frontmatter).
 * Server-rendered buttons are `<button data-quick-add="kind/id" hidden>`
 * (QuickAdd.astro); this module shows them once it finds working storage.
 */

export const QUICK_ADD_ATTRIBUTE = 'data-quick-add';
const SELECTOR = `[${QUICK_ADD_ATTRIBUTE}]`;
const ADD_LABEL = '＋ 备课篮';
const ADDED_LABEL = '✓ 已加入';

let announcer: HTMLElement | undefined;
/** Set once storage is known to work: only then may buttons show. */
let ready = false;

function show(button: HTMLButtonElement, present: ReadonlySet<string>): void {
  const inBasket = present.has(button.getAttribute(QUICK_ADD_ATTRIBUTE)!);
  button.setAttribute('aria-pressed', String(inBasket));
  button.querySelector('[data-quick-add-label]')!.textContent = inBasket ? ADDED_LABEL : ADD_LABEL;
}

function sync(state: BasketState): void {
  const present = new Set(state.ids);
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) show(button, present);
}

/** A quick-add button for an entry, in its current state. Works only after this module has woken (storage available). */
export function quickAddButton(key: string, title: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'quick-add button--quiet no-print';
  button.setAttribute(QUICK_ADD_ATTRIBUTE, key);
  const label = Object.assign(document.createElement('span'), { textContent: ADD_LABEL });
  label.dataset.quickAddLabel = '';
  const name = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `：${title}` });
  button.append(label, name);
  button.hidden = !ready;
  show(button, new Set(loadBasket().ids));
  return button;
}

function toggle(button: HTMLButtonElement): void {
  const key = button.getAttribute(QUICK_ADD_ATTRIBUTE)!;
  const title = button.querySelector('.visually-hidden')?.textContent?.replace(/^：/, '') ?? key;
  const next = updateBasket((s) => (s.ids.includes(key) ? removeItem(s, key) : addItems(s, [key])));
  const added = next.ids.includes(key);
  announcer!.textContent = `${added ? '已加入备课篮' : '已移出备课篮'}：${title}（共 ${next.ids.length} 项）`;
}

function wake(): void {
  if (!basketAvailable()) return;
  ready = true;
  announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) button.hidden = false;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(SELECTOR);
    if (button) toggle(button);
  });
  onBasketChange(sync);
  sync(loadBasket());
}

wake();
