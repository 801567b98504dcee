import { EMPTY_BASKET, parseBasket, serializeBasket, type BasketState } from '../lib/basket/outline';

/**
 * The basket in localStorage (ids, order and notes only). Every script that
 * reads or writes it goes through here, so pages and tabs stay in step.
 */

const STORAGE_KEY = 'handbook:basket';
const CHANGE_EVENT = 'handbook:basket-change';

/** False where storage is blocked (some private modes); the basket UI then stays hidden. */
export function basketAvailable(): boolean {
  try {
    localStorage.setItem(`${STORAGE_KEY}:probe`, '1');
    localStorage.removeItem(`${STORAGE_KEY}:probe`);
    return true;
  } catch {
    return false;
  }
}

export function loadBasket(): BasketState {
  try {
    return parseBasket(localStorage.getItem(STORAGE_KEY));
  } catch {
    return EMPTY_BASKET;
  }
}

export function saveBasket(state: BasketState): void {
  localStorage.setItem(STORAGE_KEY, serializeBasket(state));
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

export function updateBasket(change: (state: BasketState) => BasketState): BasketState {
  const next = change(loadBasket());
  saveBasket(next);
  return next;
}

/** Runs on every change made on this page or in another tab. */
export function onBasketChange(callback: (state: BasketState) => void): void {
  document.addEventListener(CHANGE_EVENT, () => callback(loadBasket()));
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) callback(loadBasket());
  });
}
