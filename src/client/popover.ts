import { placePopover } from './popover-placement';

/**
 * One controller for every popover the reading aids open (glossary
 * definitions, link previews): at most one is open at a time. It opens on
 * mouse hover (after a short pause, so passing over text does not flash),
 * on keyboard focus, and — where a kind asks for it — on a first tap, with a
 * second tap following the link. It stays open while the pointer is over it
 * (WCAG 1.4.13), closes on Esc, on leaving, on blur and on a tap elsewhere.
 * Popovers use the browser's `popover` top layer: nothing in the page moves.
 */

export interface PopoverKind {
  /** Links that open this kind of popover. */
  selector: string;
  /** The popover for a link, filled in; undefined when there is nothing to show. */
  popoverFor(trigger: HTMLAnchorElement): HTMLElement | undefined | Promise<HTMLElement | undefined>;
  /** Touch: first tap opens, second follows the link. Otherwise touch just follows links. */
  tapToOpen: boolean;
  /** Point aria-describedby at the popover while it is open (when the markup does not already). */
  describes: boolean;
}

const HOVER_DELAY_MS = 150;
const LEAVE_DELAY_MS = 250;

const kinds: PopoverKind[] = [];
let current: { kind: PopoverKind; trigger: HTMLAnchorElement; popover: HTMLElement } | undefined;
/** The link a pending open is for; a later event may cancel it. */
let wanted: HTMLAnchorElement | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;
let lastPointerType = 'mouse';
let openAtPointerDown = false;

function triggerOf(target: EventTarget | null): { kind: PopoverKind; trigger: HTMLAnchorElement } | undefined {
  if (!(target instanceof Element)) return undefined;
  for (const kind of kinds) {
    const trigger = target.closest<HTMLAnchorElement>(kind.selector);
    if (trigger) return { kind, trigger };
  }
  return undefined;
}

const insideCurrent = (node: EventTarget | null) =>
  !!current && node instanceof Node && (current.trigger.contains(node) || current.popover.contains(node));
/** Inside the open popover, its link, or a link about to open one. */
const insideActive = (node: EventTarget | null) => insideCurrent(node) || (!!wanted && node instanceof Node && wanted.contains(node));

function place(): void {
  if (!current) return;
  const { trigger, popover } = current;
  const { top, left } = placePopover(trigger.getBoundingClientRect(), { width: popover.offsetWidth, height: popover.offsetHeight }, {
    width: document.documentElement.clientWidth,
    height: window.innerHeight,
  });
  popover.style.top = `${top}px`;
  popover.style.left = `${left}px`;
}

function closePopover(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  wanted = undefined;
  if (!current) return;
  const { kind, trigger, popover } = current;
  current = undefined;
  if (popover.matches(':popover-open')) popover.hidePopover();
  if (kind.describes) trigger.removeAttribute('aria-describedby');
}

async function open(kind: PopoverKind, trigger: HTMLAnchorElement): Promise<void> {
  window.clearTimeout(hideTimer);
  if (current?.trigger === trigger) return;
  wanted = trigger;
  const popover = await kind.popoverFor(trigger);
  if (wanted !== trigger || !popover) return;
  closePopover();
  if (kind.describes) trigger.setAttribute('aria-describedby', popover.id);
  popover.showPopover();
  current = { kind, trigger, popover };
  place();
}

function scheduleClose(): void {
  window.clearTimeout(showTimer);
  wanted = undefined;
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(closePopover, LEAVE_DELAY_MS);
}

const isHoverPointer = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen';

function listen(): void {
  document.addEventListener('pointerover', (event) => {
    if (!isHoverPointer(event)) return;
    if (insideCurrent(event.target)) window.clearTimeout(hideTimer);
    const found = triggerOf(event.target);
    if (!found || found.trigger === current?.trigger) return;
    window.clearTimeout(showTimer);
    wanted = found.trigger;
    showTimer = window.setTimeout(() => void open(found.kind, found.trigger), HOVER_DELAY_MS);
  });
  document.addEventListener('pointerout', (event) => {
    if (!isHoverPointer(event) || insideActive(event.relatedTarget)) return;
    if (insideActive(event.target)) scheduleClose();
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      lastPointerType = event.pointerType;
      openAtPointerDown = insideCurrent(event.target);
      if (!openAtPointerDown) closePopover();
    },
    true,
  );
  document.addEventListener('click', (event) => {
    const found = triggerOf(event.target);
    if (!found || lastPointerType !== 'touch' || !found.kind.tapToOpen || openAtPointerDown) return;
    event.preventDefault();
    void open(found.kind, found.trigger);
  });
  document.addEventListener('focusin', (event) => {
    const found = triggerOf(event.target);
    // Only keyboard focus: a click or tap focuses the link too, and is handled above.
    if (found && found.trigger.matches(':focus-visible')) void open(found.kind, found.trigger);
  });
  document.addEventListener('focusout', (event) => {
    if (current && event.target === current.trigger) closePopover();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (current || wanted)) closePopover();
  });
  const follow = () => current && requestAnimationFrame(place);
  window.addEventListener('scroll', follow, { passive: true, capture: true });
  window.addEventListener('resize', follow, { passive: true });
}

/** Adds a kind of popover; the first call starts listening. */
export function registerPopovers(kind: PopoverKind): void {
  if (!('showPopover' in HTMLElement.prototype)) return;
  if (kinds.length === 0) listen();
  kinds.push(kind);
}
