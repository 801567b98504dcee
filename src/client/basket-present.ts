/**
 * Presentation mode (宣讲模式): the outline full screen, one point a slide.
 * Next: swipe left, tap the right two thirds, →/↓/PageDown/Space (what
 * presenter clickers send). Back: swipe right, tap the left third,
 * ←/↑/PageUp. Esc or 退出 leaves. 备注 shows the lecturer's note and the
 * sources under the slide. Loaded by the outline page once it has items, so
 * it works offline afterwards.
 */

export interface Slide {
  kicker: string;
  title: string;
  body: string;
  notes: string;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** A horizontal move longer than this is a swipe, anything shorter a tap. */
const SWIPE_PX = 40;

let slides: Slide[] = [];
let index = 0;
const bound = new WeakSet<HTMLDialogElement>();

const part = <T extends HTMLElement = HTMLElement>(dialog: HTMLDialogElement, name: string) => dialog.querySelector<T>(`[data-present-${name}], [data-present="${name}"]`)!;

function show(dialog: HTMLDialogElement, to: number): void {
  index = Math.max(0, Math.min(slides.length - 1, to));
  const slide = slides[index]!;
  part(dialog, 'kicker').textContent = slide.kicker;
  part(dialog, 'title').textContent = slide.title;
  part(dialog, 'body').textContent = slide.body;
  part(dialog, 'body').hidden = slide.body === '';
  part(dialog, 'notes').textContent = slide.notes || '（这一页没有备注）';
  part(dialog, 'count').textContent = `${index + 1} / ${slides.length}`;
  part<HTMLButtonElement>(dialog, 'prev').disabled = index === 0;
  part<HTMLButtonElement>(dialog, 'next').disabled = index === slides.length - 1;
}

function bind(dialog: HTMLDialogElement): void {
  bound.add(dialog);
  const stage = part(dialog, 'stage');
  stage.tabIndex = -1;
  dialog.addEventListener('keydown', (event) => {
    // Space on a focused button presses it; elsewhere it turns the page.
    if (event.key === ' ' && (event.target as Element).closest('button')) return;
    if (NEXT_KEYS.has(event.key)) show(dialog, index + 1);
    else if (BACK_KEYS.has(event.key)) show(dialog, index - 1);
    else if (event.key === 'Home') show(dialog, 0);
    else if (event.key === 'End') show(dialog, slides.length - 1);
    else return;
    event.preventDefault();
  });
  let start: { x: number; y: number; id: number } | undefined;
  stage.addEventListener('pointerdown', (event) => {
    if (event.isPrimary) start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  stage.addEventListener('pointerup', (event) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) show(dialog, index + (dx < 0 ? 1 : -1));
    else if (Math.abs(dx) < SWIPE_PX && Math.abs(dy) < SWIPE_PX) show(dialog, index + (event.clientX < stage.clientWidth / 3 ? -1 : 1));
  });
  stage.addEventListener('pointercancel', () => (start = undefined));
  dialog.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-present]')?.dataset.present;
    if (control === 'prev') show(dialog, index - 1);
    if (control === 'next') show(dialog, index + 1);
    if (control === 'close') dialog.close();
    if (control === 'toggle-notes') {
      const notes = part(dialog, 'notes');
      notes.hidden = !notes.hidden;
      dialog.querySelector('[data-present="toggle-notes"]')!.setAttribute('aria-pressed', String(!notes.hidden));
    }
  });
  dialog.addEventListener('close', () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  });
}

export function present(dialog: HTMLDialogElement, deck: Slide[]): void {
  slides = deck;
  if (!bound.has(dialog)) bind(dialog);
  show(dialog, 0);
  dialog.showModal();
  part(dialog, 'stage').focus();
  // Full screen hides the browser's bars where allowed; the dialog already fills the window where not (iPhone).
  void document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined);
}
