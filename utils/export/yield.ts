/**
 * Giving the event loop back during long exports, so the progress bar paints and clicks answer.
 * `scheduler.yield()` where it exists (Chromium 129+), else a MessageChannel hop (not clamped to
 * 4 ms the way nested setTimeout is), else setTimeout.
 */

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs work in slices of about `sliceMs`, yielding between slices. */
export class TimeSlicer {
  private started = performance.now();

  constructor(
    private readonly sliceMs: number,
    private readonly yieldFn: () => Promise<void> = yieldToEventLoop,
    private readonly signal?: AbortSignal,
  ) {}

  /** Call between units of work; yields when the current slice is used up. */
  async tick(): Promise<boolean> {
    this.signal?.throwIfAborted();
    if (performance.now() - this.started < this.sliceMs) return false;
    await this.yieldFn();
    this.signal?.throwIfAborted();
    this.started = performance.now();
    return true;
  }
}
