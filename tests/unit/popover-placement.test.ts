import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placePopover } from '../../src/client/popover-placement';

const viewport = { width: 360, height: 740 };
const popover = { width: 300, height: 100 };
const anchor = (top: number, left: number) => ({ top, bottom: top + 20, left });

describe('placePopover', () => {
  it.each([
    ['below a link with room under it', anchor(100, 20), { top: 120 + GAP, left: 20, side: 'below' }],
    ['above a link near the bottom', anchor(680, 20), { top: 680 - GAP - 100, left: 20, side: 'above' }],
    ['inside the right margin on a narrow screen', anchor(100, 200), { top: 126, left: 360 - MARGIN - 300, side: 'below' }],
    ['inside the left margin', anchor(100, -30), { top: 126, left: MARGIN, side: 'below' }],
  ])('%s', (_label, box, expected) => {
    expect(placePopover(box, popover, viewport)).toEqual(expected);
  });

  it('stays below when neither side has room but below has more', () => {
    expect(placePopover(anchor(50, 0), { width: 100, height: 900 }, viewport).side).toBe('below');
  });
});
