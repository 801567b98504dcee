/**
 * Where a popover goes beside the element that opened it: below by default,
 * above when only there is room, always inside the viewport's side margins.
 * Pure, so the rules are unit-tested without a browser.
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

export const GAP = 6;
export const MARGIN = 8;

export function placePopover(anchor: Box, popover: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = popover.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - popover.height;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - popover.width));
  return { top: Math.round(top), left: Math.round(left), side };
}
