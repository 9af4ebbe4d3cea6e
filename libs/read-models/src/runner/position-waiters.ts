/**
 * Callers waiting for the read models to reach a log position (read-your-writes), answered
 * each time the position moves, or false at their timeout or once nothing will move it again.
 */
export class PositionWaiters {
  private readonly waiting = new Set<() => void>();
  private ended = false;

  constructor(private readonly reached: () => bigint) {}

  /** Resolves true once `position` is reached, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.reached() >= position) return Promise.resolve(true);
    if (this.ended) return Promise.resolve(false);
    return new Promise((resolve) => {
      const check = () => {
        if (this.reached() >= position) finish(true);
        else if (this.ended) finish(false);
      };
      const finish = (reached: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(check);
        resolve(reached);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.waiting.add(check);
    });
  }

  /** The position may have moved. */
  notify(): void {
    for (const check of [...this.waiting]) check();
  }

  /** Nothing will move the position any more: whoever waits hears so now. */
  end(): void {
    this.ended = true;
    this.notify();
  }
}
