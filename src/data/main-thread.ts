/**
 * Cooperative scheduling for work that may be long (parsing a big feed, building the search
 * index): do a slice, then let the browser handle input and paint before going on.
 */

type YieldingScheduler = { yield?: () => Promise<void> };

export const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** A new task: a MessageChannel message (no 4 ms timer clamping), else `setTimeout(0)`. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Lets the browser handle input and paint. `scheduler.yield()` does that while keeping our place
 * ahead of the page's other tasks; with `fairShare` we queue behind them instead, so the page's
 * own timers and network callbacks are never held up for long by a big job.
 */
export function yieldToMain(fairShare = false): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (!fairShare && typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/**
 * Runs `step(i)` for i = 0..count-1 in slices of about `sliceMs`, yielding between slices and
 * behind the page's other tasks at least every `fairShareMs`; a step that returns `true` ends
 * the work early. `checkpoint` runs after each yield (to throw on abort).
 */
export async function runInSlices(
  count: number,
  step: (index: number) => unknown,
  { sliceMs = 8, fairShareMs = 50, checkpoint }: { sliceMs?: number; fairShareMs?: number; checkpoint?: () => void } = {},
): Promise<void> {
  const slice = sliceMs > 0 ? sliceMs : 8;
  let lastTask = now();
  for (let i = 0; i < count; ) {
    const sliceStart = now();
    do if (step(i++) === true) return;
    while (i < count && now() - sliceStart < slice);
    if (i < count) {
      const fairShare = now() - lastTask >= fairShareMs - slice;
      await yieldToMain(fairShare);
      if (fairShare) lastTask = now();
      checkpoint?.();
    }
  }
}
