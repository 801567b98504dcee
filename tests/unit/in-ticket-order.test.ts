import { describe, expect, it } from 'vitest';
import { InTicketOrder } from '../../src/build/in-ticket-order';

describe('InTicketOrder (pages reach the search indexer in the order they started rendering)', () => {
  it('hands items on in ticket order, whatever order they arrive in', () => {
    const released: string[] = [];
    const queue = new InTicketOrder<string>((item) => released.push(item));
    const [a, b, c, d] = [queue.take(), queue.take(), queue.take(), queue.take()];
    queue.arrive(c, 'c');
    queue.arrive(b, 'b');
    expect(released).toEqual([]);
    queue.arrive(a, 'a');
    expect(released).toEqual(['a', 'b', 'c']);
    expect(queue.outstanding).toBe(1);
    queue.arrive(d, 'd');
    expect(released).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.outstanding).toBe(0);
  });
  it('lets a ticket with nothing to hand on pass without holding up the rest', () => {
    const released: string[] = [];
    const queue = new InTicketOrder<string>((item) => released.push(item));
    const [a, b, c] = [queue.take(), queue.take(), queue.take()];
    queue.arrive(c, 'c');
    queue.arrive(a, undefined);
    expect(released).toEqual([]);
    queue.arrive(b, 'b');
    expect(released).toEqual(['b', 'c']);
  });
  it('counts tickets still waiting for their item', () => {
    const queue = new InTicketOrder<string>(() => undefined);
    queue.take();
    const second = queue.take();
    queue.arrive(second, 'x');
    expect(queue.outstanding).toBe(2);
  });
});
