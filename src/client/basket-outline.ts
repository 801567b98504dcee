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
  setMeta,
  setNote,
  type BasketState,
  type OutlineGroup,
} from '../lib/basket/outline';
import { DEFAULT_OUTLINE_TITLE, citationLabel, outlineCitations, outlineToMarkdown, outlineToText, sectionNumeral, shortQuote } from '../lib/basket/export';
import { metaLine, type OutlineMeta } from '../lib/basket/meta';
import { planShareImport, shareUrl } from '../lib/basket/share';
import { sizedOutlineKey, type SizedOutline } from '../lib/basket/sizing';
import { loadBasket, onBasketChange, saveBasket } from './basket-store';
import type { Slide } from './basket-present';

/**
 * The outline page: renders the basket from /basket-data.json into the
 * page's templates, and handles the talk fields, reordering (keyboard and
 * drag), notes, removal and clearing (both undoable), exports, incoming
 * share and sizing links, and starts presentation mode.
 */

const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

let data: BasketData = {};
let state: BasketState = EMPTY_BASKET;

const lookup = (key: string): BasketEntry | undefined => data[key];
const outline = () => groupOutline(state, lookup).groups;
const titleOf = (key: string) => data[key]?.title ?? key;
const outlineTitle = () => state.meta.title ?? DEFAULT_OUTLINE_TITLE;
const exportOptions = () => ({ origin: location.origin, title: outlineTitle(), subtitle: metaLine(state.meta) || undefined });

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

function renderItem(item: OutlineGroup<BasketEntry>['items'][number], refs: number[], first: boolean, last: boolean): HTMLElement {
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
    ref.id = `fnref-${key.replace('/', '-')}`;
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
  // Moves that would do nothing are not offered.
  $<HTMLButtonElement>('[data-action="up"]', li).disabled = first;
  $<HTMLButtonElement>('[data-action="down"]', li).disabled = last;
  return li;
}

/** Footnote `n`, its quote cut short; its back link returns to the mark of the first item citing it. */
function renderFootnote(n: number, citedBy: string, citation: BasketEntry['citations'][number]): HTMLElement {
  const li = document.createElement('li');
  li.id = `fn-${n}`;
  li.value = n;
  const quote = document.createElement('q');
  quote.textContent = shortQuote(citation.quote);
  if (quote.textContent !== citation.quote) quote.title = citation.quote;
  const source = document.createElement('a');
  source.href = citation.url;
  source.textContent = citation.sourceTitle;
  const back = document.createElement('a');
  back.href = `#fnref-${citedBy.replace('/', '-')}`;
  back.className = 'footnote-back';
  back.textContent = '↩';
  back.setAttribute('aria-label', `回到引用出处 ${n} 的正文`);
  li.append(quote, citation.note ? `（${citation.note}）` : '', '——', source, ' ', back);
  return li;
}

/** Whether the reader unfolded the sources; kept across re-renders. */
let unfolded = false;

function showFootnotes(show: boolean): void {
  unfolded = show;
  $('.outline-footnotes__list').hidden = !show;
  $('[data-action="toggle-footnotes"]').setAttribute('aria-expanded', String(show));
}

/** The title, the one-line audience · length · date, and the fields that edit them. */
function renderMeta(): void {
  $('#outline-title').textContent = outlineTitle();
  const line = metaLine(state.meta);
  $('#outline-meta-line').textContent = line;
  $('#outline-meta-line').hidden = line === '';
  const form = $<HTMLFieldSetElement>('#outline-meta');
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    // Leave the field being typed in alone: rewriting it would move the caret.
    if (field !== document.activeElement) field.value = String(state.meta[field.name as keyof OutlineMeta] ?? '');
  }
}

function render(focus?: FocusTarget): void {
  const { groups, missing } = groupOutline(state, lookup);
  if (missing.length > 0) {
    // Entries renamed or removed since they were added: say so once and forget them.
    commit(missing.reduce(removeItem, state));
    notice(`备课篮里有 ${missing.length} 项在本手册中已找不到（条目可能改了名或删除了），已从提纲中去掉。`);
  }
  renderMeta();
  const { refs, footnotes } = outlineCitations(groups);
  const citedBy = new Map<number, string>();
  for (const [key, numbers] of refs) for (const n of numbers) if (!citedBy.has(n)) citedBy.set(n, key);
  const sections = groups.map((group, g) => {
    const section = ($<HTMLTemplateElement>('#tpl-section').content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const headingId = `outline-${group.section.id}`;
    section.setAttribute('aria-labelledby', headingId);
    section.dataset.section = group.section.id;
    const heading = $('.outline-section__title', section);
    heading.id = headingId;
    heading.textContent = `${sectionNumeral(g)}${group.section.label}`;
    group.items.forEach((item, i) => {
      $('.outline-items', section).append(renderItem(item, refs.get(item.key)!, i === 0, i === group.items.length - 1));
    });
    return section;
  });
  $('#outline').replaceChildren(...sections);
  $('.outline-footnotes__list').replaceChildren(...footnotes.map((c, i) => renderFootnote(i + 1, citedBy.get(i + 1)!, c)));
  $('[data-footnote-count]').textContent = String(footnotes.length);
  $('#outline-footnotes').hidden = footnotes.length === 0;
  showFootnotes(unfolded);
  const empty = state.ids.length === 0;
  $('#outline-empty').hidden = !empty;
  for (const part of ['#outline-tools', '#outline-meta', '#outline-move-hint']) $(part).hidden = empty;
  if (empty) $('#share-panel').hidden = true;
  if (focus) {
    const item = document.querySelector<HTMLElement>(`[data-key="${focus.key}"]`);
    const target = item?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]`);
    // At the top or bottom of its section the pressed button is now disabled: keep focus on the item's handle.
    (target && !target.disabled ? target : item?.querySelector<HTMLElement>('[data-action="grab"]'))?.focus();
  }
}

/** 「撤销」 after a removal or clearing: puts back the basket as it was. */
let undoState: BasketState | undefined;
let toastTimer: ReturnType<typeof setTimeout> | undefined;
const TOAST_MS = 10_000;

function offerUndo(message: string, before: BasketState): void {
  undoState = before;
  $('#outline-toast-text').textContent = message;
  $('#outline-toast').hidden = false;
  say(message);
  clearTimeout(toastTimer);
  toastTimer = setTimeout(hideToast, TOAST_MS);
}

function hideToast(): void {
  undoState = undefined;
  $('#outline-toast').hidden = true;
}

function undo(): void {
  if (!undoState) return;
  const before = undoState;
  const restored = before.ids.filter((k) => !state.ids.includes(k));
  hideToast();
  commit(before);
  render();
  say(`已撤销，找回 ${restored.length} 项。`);
  const back = restored[0] && document.querySelector<HTMLElement>(`[data-key="${restored[0]}"] [data-action="remove"]`);
  (back || $('h1')).focus();
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
  const before = state;
  commit(removeItem(state, key));
  render();
  offerUndo(`已移出「${titleOf(key)}」。`, before);
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
  const url = shareUrl(location.origin, state.ids, state.meta);
  $<HTMLInputElement>('#share-url').value = url;
  $('#share-panel').hidden = false;
  $('[data-action="send-link"]').hidden = typeof navigator.share !== 'function';
  return url;
}

/** Today on this device, `YYYY-MM-DD`. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** One slide for the title, then one per item: its key point large, note and sources as speaker notes. */
function slides(): Slide[] {
  const groups = outline();
  const { refs, footnotes } = outlineCitations(groups);
  const title: Slide = { kicker: metaLine(state.meta), title: outlineTitle(), body: '', notes: '' };
  return [
    title,
    ...groups.flatMap((group, g) =>
      group.items.map(({ key, entry, note }, i) => ({
        kicker: `${sectionNumeral(g)}${group.section.label} · ${i + 1}`,
        title: entry.title,
        body: entry.summary,
        notes: [note.trim(), ...refs.get(key)!.map((n) => `[${n}] 「${shortQuote(footnotes[n - 1]!.quote)}」——${footnotes[n - 1]!.sourceTitle}`)].filter(Boolean).join('\n'),
      })),
    ),
  ];
}

/** The presentation script, fetched once the outline shows so it works offline afterwards. */
let presenter: Promise<typeof import('./basket-present')> | undefined;
const loadPresenter = () => (presenter ??= import('./basket-present'));

async function onAction(action: string, button: HTMLElement): Promise<void> {
  const key = button.closest<HTMLElement>('[data-key]')?.dataset.key;
  const options = exportOptions();
  switch (action) {
    case 'up':
    case 'down':
      if (key) move(key, moveBy(state, key, action === 'up' ? -1 : 1), action);
      return;
    case 'remove':
      if (key) removeWithFocus(key);
      return;
    case 'undo':
      undo();
      return;
    case 'toggle-footnotes':
      showFootnotes(!unfolded);
      return;
    case 'present':
      (await loadPresenter()).present($<HTMLDialogElement>('#present'), slides());
      return;
    case 'print':
      window.print();
      return;
    case 'markdown':
      download(`${outlineTitle()}-${today()}.md`, outlineToMarkdown(outline(), options), 'text/markdown;charset=utf-8');
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
      await navigator.share({ title: outlineTitle(), url: $<HTMLInputElement>('#share-url').value }).catch(() => undefined);
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

/** An outline that came by link, waiting for the lecturer to say what to do with her own basket. */
let offered: { keys: string[]; meta: OutlineMeta; basis: string } = { keys: [], meta: {}, basis: '' };

function showBasis(basis: string): void {
  $('#outline-basis').textContent = basis;
  $('#outline-basis').hidden = basis === '';
}

/** Loads an outline into an empty basket, or asks first when the basket has other items. */
function receive(keys: string[], meta: OutlineMeta, basis: string, loaded: string, question: string): void {
  if (state.ids.length === 0) {
    commit(setMeta(addItems(EMPTY_BASKET, keys), meta));
    render();
    showBasis(basis);
    return say(loaded);
  }
  offered = { keys, meta, basis };
  $('#share-offer-text').textContent = question;
  $('#share-offer').hidden = false;
}

function handleShareLink(): void {
  const plan = planShareImport(location.hash, state.ids, (key) => key in data);
  if (plan.action === 'ignore') return;
  // The link has done its job; a reload should show the basket, not ask again.
  history.replaceState(null, '', location.pathname + location.search);
  notice('');
  if (plan.action === 'tell') return notice(plan.message);
  if (plan.action === 'load') {
    commit(setMeta(addItems(EMPTY_BASKET, plan.keys), plan.meta));
    render();
    return notice(plan.message);
  }
  receive(plan.keys, plan.meta, '', '', plan.message);
}

/** A sizing link (`?audience=…&statement=…&minutes=…`): build that outline. */
async function handleSizingLink(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const statement = params.get('statement');
  if (statement === null) return;
  history.replaceState(null, '', location.pathname + location.hash);
  const key = sizedOutlineKey(params.get('audience') ?? '', statement, Number(params.get('minutes')));
  let sized: SizedOutline | undefined;
  try {
    const response = await fetch(routeUrl('sized-outlines.json'));
    if (!response.ok) throw new Error(String(response.status));
    sized = ((await response.json()) as Record<string, SizedOutline>)[key];
  } catch {
    return notice('按听众和时长挑选的提纲没有加载成功，请检查网络后再试。你的备课篮没有改动。');
  }
  if (!sized) return notice('没有找到这份提纲：链接里的听众、句子或时长不对。你的备课篮没有改动。');
  const statementTitle = data[`statements/${statement}`]?.title;
  const meta: OutlineMeta = { title: statementTitle?.replace(/^第.句：/, ''), audience: sized.audience, minutes: sized.minutes, date: today() };
  const size = `${sized.keys.length} 项`;
  receive(sized.keys, meta, sized.reason, `已生成提纲（${size}）。`, `这份按听众和时长挑选的提纲有 ${size}。你的备课篮里已有 ${state.ids.length} 项，要怎么处理？`);
}

function answerOffer(action: string): void {
  const before = state;
  if (action === 'offer-replace') commit(setMeta(addItems(EMPTY_BASKET, offered.keys), offered.meta));
  if (action === 'offer-merge') commit(addItems(state, offered.keys));
  $('#share-offer').hidden = true;
  render();
  if (action === 'offer-dismiss') say('没有改动你的备课篮。');
  else {
    showBasis(offered.basis);
    if (action === 'offer-replace' && before.ids.length > 0) offerUndo(`已换成新的提纲，现在共 ${state.ids.length} 项。`, before);
    else say(`已载入提纲，现在共 ${state.ids.length} 项。`);
  }
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
  // Links first, so a page opened by a link never flashes 「备课篮还是空的」.
  handleShareLink();
  await handleSizingLink();
  render();
  window.addEventListener('hashchange', handleShareLink);
  if (state.ids.length > 0) void loadPresenter().catch(() => undefined);

  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('.outline-page [data-action]');
    if (!button) return;
    const action = button.dataset.action!;
    if (action.startsWith('offer-')) answerOffer(action);
    else void onAction(action, button);
  });
  // A citation mark leads to its footnote: unfold the list before the browser jumps there.
  $('#outline').addEventListener('click', (event) => {
    if ((event.target as Element).closest('.outline-item__refs a')) showFootnotes(true);
  });
  $('#outline-meta').addEventListener('input', (event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    commit(setMeta(state, { [field.name]: field.value }));
    renderMeta();
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
    const before = state;
    commit(EMPTY_BASKET);
    render();
    showBasis('');
    offerUndo(`已清空备课篮（${before.ids.length} 项）。`, before);
    $('h1').focus();
  });
  // Another tab changed the basket: show its version (ignoring our own saves).
  onBasketChange((latest) => {
    if (serializeBasket(latest) === serializeBasket(state)) return;
    state = latest;
    render();
  });
}
