import { kindLabel, routeUrl } from '../core/kinds';
import type { BasketData, BasketEntry } from '../lib/basket/data';
import {
  EMPTY_BASKET,
  addItems,
  groupOutline,
  moveBy,
  moveWithinSection,
  removeItem,
  sectionMates,
  serializeBasket,
  setNote,
  type BasketState,
  type OutlineGroup,
} from '../lib/basket/outline';
import { DEFAULT_OUTLINE_TITLE, citationLabel, citationNumbers, outlineToMarkdown, outlineToText, sectionNumeral } from '../lib/basket/export';
import { planShareImport, shareUrl } from '../lib/basket/share';
import { loadBasket, onBasketChange, saveBasket } from './basket-store';

/**
 * The outline page: renders the basket from /basket-data.json into the
 * page's templates, and handles reordering (keyboard and drag), notes,
 * removal, clearing, exports and incoming share links.
 */

const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

let data: BasketData = {};
let state: BasketState = EMPTY_BASKET;

const lookup = (key: string): BasketEntry | undefined => data[key];
const outline = () => groupOutline(state, lookup).groups;
const titleOf = (key: string) => data[key]?.title ?? key;

function say(message: string): void {
  $('#outline-status').textContent = message;
}

function notice(message: string): void {
  const box = $('#outline-notice');
  box.textContent = message;
  box.hidden = message === '';
}

function commit(next: BasketState): void {
  state = next;
  saveBasket(state);
}

interface FocusTarget {
  key: string;
  action: 'grab' | 'up' | 'down';
}

function renderItem(item: OutlineGroup<BasketEntry>['items'][number], refs: number[]): HTMLElement {
  const li = ($<HTMLTemplateElement>('#tpl-item').content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const { key, entry, note } = item;
  const domId = `item-${key.replace('/', '-')}`;
  li.dataset.key = key;
  li.id = domId;
  $('.kind-badge', li).textContent = kindLabel(entry.kind);
  const link = $<HTMLAnchorElement>('.outline-item__title a', li);
  link.href = entry.url;
  link.textContent = entry.title;
  $('.outline-item__summary', li).textContent = entry.summary;
  if (refs.length > 0) {
    const ref = document.createElement('a');
    ref.href = `#fn-${refs[0]}`;
    ref.id = `fnref-${refs[0]}`;
    const spoken = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: '出处' });
    ref.append(spoken, citationLabel(refs));
    $('.outline-item__refs', li).append(ref);
  }
  for (const name of li.querySelectorAll('[data-item-name]')) name.textContent = `：${entry.title}`;
  const textarea = $<HTMLTextAreaElement>('textarea', li);
  textarea.id = `${domId}-note`;
  textarea.value = note;
  $('label', li).setAttribute('for', textarea.id);
  $('.outline-item__note-print', li).textContent = note;
  return li;
}

/** Footnote `n`; its back link returns to the item's mark, which carries the item's first number. */
function renderFootnote(n: number, first: number, citation: BasketEntry['citations'][number]): HTMLElement {
  const li = document.createElement('li');
  li.id = `fn-${n}`;
  li.value = n;
  const quote = document.createElement('q');
  quote.textContent = citation.quote;
  const source = document.createElement('a');
  source.href = citation.url;
  source.textContent = citation.sourceTitle;
  const back = document.createElement('a');
  back.href = `#fnref-${first}`;
  back.className = 'footnote-back';
  back.textContent = '↩';
  back.setAttribute('aria-label', `回到引用出处 ${n} 的正文`);
  li.append(quote, citation.note ? `（${citation.note}）` : '', '——', source, ' ', back);
  return li;
}

/** Sections whose footnotes the reader unfolded; kept across re-renders. */
const unfolded = new Set<string>();

function showFootnotes(section: HTMLElement, show: boolean): void {
  $('.outline-footnotes__list', section).hidden = !show;
  $('[data-action="toggle-footnotes"]', section).setAttribute('aria-expanded', String(show));
  if (show) unfolded.add(section.dataset.section!);
  else unfolded.delete(section.dataset.section!);
}

function render(focus?: FocusTarget): void {
  const { groups, missing } = groupOutline(state, lookup);
  if (missing.length > 0) {
    // Entries renamed or removed since they were added: say so once and forget them.
    commit(missing.reduce(removeItem, state));
    notice(`备课篮里有 ${missing.length} 项在本手册中已找不到（条目可能改了名或删除了），已从提纲中去掉。`);
  }
  const numbers = citationNumbers(groups);
  const sections = groups.map((group, g) => {
    const section = ($<HTMLTemplateElement>('#tpl-section').content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const headingId = `outline-${group.section.id}`;
    section.setAttribute('aria-labelledby', headingId);
    section.dataset.section = group.section.id;
    const heading = $('.outline-section__title', section);
    heading.id = headingId;
    heading.textContent = `${sectionNumeral(g)}${group.section.label}`;
    const footnotes = $('.outline-footnotes__list', section);
    for (const item of group.items) {
      const refs = numbers.get(item.key)!;
      $('.outline-items', section).append(renderItem(item, refs));
      item.entry.citations.forEach((c, i) => footnotes.append(renderFootnote(refs[i]!, refs[0]!, c)));
    }
    $('[data-footnote-count]', section).textContent = String(footnotes.children.length);
    showFootnotes(section, unfolded.has(group.section.id));
    return section;
  });
  $('#outline').replaceChildren(...sections);
  $('#outline-empty').hidden = state.ids.length > 0;
  $('#outline-tools').hidden = state.ids.length === 0;
  if (state.ids.length === 0) $('#share-panel').hidden = true;
  if (focus) document.querySelector<HTMLElement>(`[data-key="${focus.key}"] [data-action="${focus.action}"]`)?.focus();
}

function move(key: string, next: BasketState, action: FocusTarget['action']): void {
  if (next === state) return;
  commit(next);
  render({ key, action });
  const mates = sectionMates(state, key);
  say(`「${titleOf(key)}」已移到本部分第 ${mates.indexOf(key) + 1} 项（共 ${mates.length} 项）。`);
}

function removeWithFocus(key: string): void {
  const mates = sectionMates(state, key);
  const neighbour = mates[mates.indexOf(key) + 1] ?? mates[mates.indexOf(key) - 1];
  commit(removeItem(state, key));
  render();
  say(`已把「${titleOf(key)}」移出备课篮。`);
  (neighbour ? document.querySelector<HTMLElement>(`[data-key="${neighbour}"] [data-action="remove"]`) : $('h1'))?.focus();
}

/**
 * Pointer drag on an item's handle (mouse and touch): the item follows the
 * pointer within its section. Listens on the document because moving the
 * item in the DOM drops the handle's pointer capture.
 */
function startDrag(handle: HTMLElement, event: PointerEvent): void {
  const item = handle.closest<HTMLElement>('.outline-item')!;
  const list = item.parentElement!;
  const key = item.dataset.key!;
  const pointer = event.pointerId;
  item.classList.add('is-dragging');
  const onMove = (e: PointerEvent) => {
    if (e.pointerId !== pointer) return;
    e.preventDefault();
    // Near the screen's top or bottom edge the page scrolls, so items off screen can be reached.
    const edge = Math.min(80, window.innerHeight / 6);
    if (e.clientY < edge || e.clientY > window.innerHeight - edge) window.scrollBy(0, e.clientY < edge ? -16 : 16);
    const others = [...list.children].filter((li) => li !== item);
    const before = others.find((li) => {
      const box = li.getBoundingClientRect();
      return e.clientY < box.top + box.height / 2;
    });
    if (before !== item.nextElementSibling) list.insertBefore(item, before ?? null);
  };
  const onEnd = (e: PointerEvent) => {
    if (e.pointerId !== pointer) return;
    document.removeEventListener('pointermove', onMove);
    document.removeEventListener('pointerup', onEnd);
    document.removeEventListener('pointercancel', onEnd);
    item.classList.remove('is-dragging');
    if (e.type === 'pointercancel') return render();
    move(key, moveWithinSection(state, key, [...list.children].indexOf(item)), 'grab');
  };
  document.addEventListener('pointermove', onMove);
  document.addEventListener('pointerup', onEnd);
  document.addEventListener('pointercancel', onEnd);
}

function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function showShareLink(): string {
  const url = shareUrl(location.origin, state.ids);
  $<HTMLInputElement>('#share-url').value = url;
  $('#share-panel').hidden = false;
  $('[data-action="send-link"]').hidden = typeof navigator.share !== 'function';
  return url;
}

const today = () => new Date().toISOString().slice(0, 10);

async function onAction(action: string, button: HTMLElement): Promise<void> {
  const key = button.closest<HTMLElement>('[data-key]')?.dataset.key;
  const options = { origin: location.origin, title: DEFAULT_OUTLINE_TITLE };
  switch (action) {
    case 'up':
    case 'down':
      if (key) move(key, moveBy(state, key, action === 'up' ? -1 : 1), action);
      return;
    case 'remove':
      if (key) removeWithFocus(key);
      return;
    case 'toggle-footnotes': {
      const section = button.closest<HTMLElement>('.outline-section')!;
      showFootnotes(section, !unfolded.has(section.dataset.section!));
      return;
    }
    case 'print':
      window.print();
      return;
    case 'markdown':
      download(`${DEFAULT_OUTLINE_TITLE}-${today()}.md`, outlineToMarkdown(outline(), options), 'text/markdown;charset=utf-8');
      say('已下载 Markdown 文件。');
      return;
    case 'text':
      say((await copy(outlineToText(outline(), options))) ? '已复制提纲文字，可以粘贴到聊天软件或文档里。' : '浏览器不允许自动复制。可以下载 Markdown 文件，或打印后再分享。');
      return;
    case 'share': {
      const url = showShareLink();
      const copied = await copy(url);
      say(copied ? '已复制分享链接。对方打开后会看到同样的提纲（不含你的备注）。' : '请长按或选中上面的链接手动复制。');
      if (!copied) $<HTMLInputElement>('#share-url').select();
      return;
    }
    case 'copy-link':
      say((await copy($<HTMLInputElement>('#share-url').value)) ? '已复制分享链接。' : '请长按或选中链接手动复制。');
      return;
    case 'send-link':
      await navigator.share({ title: DEFAULT_OUTLINE_TITLE, url: $<HTMLInputElement>('#share-url').value }).catch(() => undefined);
      return;
    case 'clear': {
      const dialog = $<HTMLDialogElement>('#clear-dialog');
      $('[data-clear-count]', dialog).textContent = String(state.ids.length);
      dialog.returnValue = '';
      dialog.showModal();
      return;
    }
  }
}

let offered: string[] = [];

function handleShareLink(): void {
  const plan = planShareImport(location.hash, state.ids, (key) => key in data);
  if (plan.action === 'ignore') return;
  // The link has done its job; a reload should show the basket, not ask again.
  history.replaceState(null, '', location.pathname + location.search);
  if (plan.action === 'tell') return notice(plan.message);
  if (plan.action === 'load') {
    commit(addItems(EMPTY_BASKET, plan.keys));
    render();
    return notice(plan.message);
  }
  offered = plan.keys;
  $('#share-offer-text').textContent = plan.message;
  $('#share-offer').hidden = false;
  notice('');
}

function answerOffer(action: string): void {
  if (action === 'offer-replace') commit(addItems(EMPTY_BASKET, offered));
  if (action === 'offer-merge') commit(addItems(state, offered));
  $('#share-offer').hidden = true;
  render();
  say(action === 'offer-dismiss' ? '没有改动你的备课篮。' : `已载入分享的提纲，现在共 ${state.ids.length} 项。`);
  $('h1').focus();
}

export async function runOutlinePage(): Promise<void> {
  $('h1').tabIndex = -1;
  state = loadBasket();
  try {
    const response = await fetch(routeUrl('basket-data.json'));
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as BasketData;
  } catch {
    say('提纲数据没有加载成功，请检查网络后刷新页面。');
    return;
  }
  render();
  handleShareLink();
  window.addEventListener('hashchange', handleShareLink);

  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('.outline-page [data-action]');
    if (!button) return;
    const action = button.dataset.action!;
    if (action.startsWith('offer-')) answerOffer(action);
    else void onAction(action, button);
  });
  // A citation mark leads to its footnote: unfold the list before the browser jumps there.
  $('#outline').addEventListener('click', (event) => {
    const mark = (event.target as Element).closest('.outline-item__refs a');
    if (mark) showFootnotes(mark.closest<HTMLElement>('.outline-section')!, true);
  });
  $('#outline').addEventListener('keydown', (event) => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-action="grab"]');
    const key = handle?.closest<HTMLElement>('[data-key]')?.dataset.key;
    if (!key || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(key, moveBy(state, key, event.key === 'ArrowUp' ? -1 : 1), 'grab');
  });
  $('#outline').addEventListener('pointerdown', (event) => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-action="grab"]');
    if (handle && event.isPrimary && event.button === 0) startDrag(handle, event);
  });
  $('#outline').addEventListener('input', (event) => {
    const textarea = event.target as HTMLTextAreaElement;
    const key = textarea.closest<HTMLElement>('[data-key]')?.dataset.key;
    if (!key) return;
    commit(setNote(state, key, textarea.value));
    $('.outline-item__note-print', textarea.closest('.outline-item')!).textContent = textarea.value;
  });
  $<HTMLDialogElement>('#clear-dialog').addEventListener('close', (event) => {
    if ((event.target as HTMLDialogElement).returnValue !== 'clear') return;
    const count = state.ids.length;
    commit(EMPTY_BASKET);
    render();
    say(`已清空备课篮（${count} 项）。`);
    $('h1').focus();
  });
  // Another tab changed the basket: show its version (ignoring our own saves).
  onBasketChange((latest) => {
    if (serializeBasket(latest) === serializeBasket(state)) return;
    state = latest;
    render();
  });
}
