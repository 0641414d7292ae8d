/**
 * The per-target request budget of one run: requests are spaced to at most
 * `requestsPerSecond` (null: unlimited), and a 429's Retry-After pauses every
 * request to that target, not only the one that was refused.
 */
export class RequestBudget {
  private nextSlot = 0;
  private pausedUntil = 0;

  constructor(private readonly requestsPerSecond: number | null) {}

  /** Waits until this request may be sent. */
  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      let at = Math.max(now, this.pausedUntil);
      if (this.requestsPerSecond) {
        at = Math.max(at, this.nextSlot);
        this.nextSlot = at + 1000 / this.requestsPerSecond;
      }
      if (at <= now) return;
      await sleep(at - now);
      // A pause may have started while this request waited for its slot.
      if (Date.now() >= this.pausedUntil) return;
    }
  }

  /** The target asked to wait (Retry-After): hold back every request for `ms`. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
