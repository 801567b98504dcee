import { addItems, removeItem, type BasketState } from '../lib/basket/outline';
import { basketAvailable, loadBasket, onBasketChange, updateBasket } from './basket-store';

/**
 * Wakes up the basket controls the server rendered hidden: the header count,
 * each entry's add/remove button and the one-click sets.
 */

const keysOf = (el: HTMLElement, attr: string) => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);

function sync(state: BasketState): void {
  const present = new Set(state.ids);
  for (const count of document.querySelectorAll('[data-basket-count-value]')) count.textContent = String(state.ids.length);
  for (const control of document.querySelectorAll<HTMLElement>('[data-basket-entry]')) {
    const inBasket = present.has(control.dataset.basketEntry!);
    control.querySelector('[data-basket-action]')!.textContent = inBasket ? '移出备课篮' : '加入备课篮';
    control.querySelector('[data-basket-state]')!.textContent = inBasket ? '✓ 已在备课篮' : '';
    control.classList.toggle('is-in-basket', inBasket);
  }
  for (const set of document.querySelectorAll<HTMLElement>('[data-basket-set]')) {
    const all = keysOf(set, 'data-basket-set').every((k) => present.has(k));
    set.querySelector<HTMLElement>('[data-basket-set-done]')!.hidden = !all;
  }
}

function wake(): void {
  if (!basketAvailable()) return;
  for (const control of document.querySelectorAll<HTMLElement>('[data-basket-entry], [data-basket-set], [data-basket-count]')) {
    control.hidden = false;
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    const control = button?.closest<HTMLElement>('[data-basket-entry], [data-basket-set]');
    if (!button || !control) return;
    const entry = control.dataset.basketEntry;
    if (entry) updateBasket((s) => (s.ids.includes(entry) ? removeItem(s, entry) : addItems(s, [entry])));
    else updateBasket((s) => addItems(s, keysOf(control, 'data-basket-set')));
  });
  onBasketChange(sync);
  sync(loadBasket());
}

wake();
