/**
 * Hands items on in the order their tickets were taken, whatever order they
 * arrive in. Astro renders several pages at once, so they finish in an order
 * that depends on timing; Pagefind numbers pages in the order it receives
 * them, and the index (and with it the offline build id) must be the same for
 * the same site. Pages take a ticket as they start rendering (in Astro's
 * fixed order) and are handed on in that order.
 */
export class InTicketOrder<T> {
  #next = 0;
  #taken = 0;
  readonly #waiting = new Map<number, T | undefined>();

  constructor(private readonly release: (item: T) => void) {}

  take(): number {
    return this.#taken++;
  }

  /** The item for `ticket`, or undefined when that ticket hands nothing on. */
  arrive(ticket: number, item: T | undefined): void {
    this.#waiting.set(ticket, item);
    while (this.#waiting.has(this.#next)) {
      const ready = this.#waiting.get(this.#next);
      this.#waiting.delete(this.#next++);
      if (ready !== undefined) this.release(ready);
    }
  }

  /** Tickets taken and not yet handed on: one held behind a missing item counts. */
  get outstanding(): number {
    return this.#taken - this.#next;
  }
}
