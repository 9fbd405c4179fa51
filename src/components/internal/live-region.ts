import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of an element's polite live region (`role="status"`), which the element renders as
 * `${this.live.text}`. One behaviour for every element:
 * - `say` puts words in the region now; the same words twice in a row are read again (a no-break
 *   space toggles at the end: screen readers do not pronounce it, but the text has changed);
 * - `sayLater` waits for a pause (each call restarts the wait) and asks for the words only
 *   then, so that they describe the state when they are read, not when the wait began;
 * - `clear` empties the region, so that nothing stale is left to find by reading the page;
 * - nothing is said once the element has left the page.
 */
export class LiveRegionController implements ReactiveController {
  private current = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What the region holds now. */
  get text(): string {
    return this.current;
  }

  /** Words are waiting for `sayLater`'s pause. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  say(text: string): void {
    this.cancel();
    this.set(text && text === this.current ? `${text}\u00a0` : text);
  }

  /** After `delayMs` without another call, says what `words()` returns then ('' says nothing). */
  sayLater(words: () => string, delayMs: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const text = words();
      if (text) this.say(text);
    }, delayMs);
  }

  /** Empties the region and drops anything waiting to be said. */
  clear(): void {
    this.cancel();
    this.set('');
  }

  /** Drops anything waiting to be said; the region keeps its text. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private set(text: string): void {
    if (text === this.current) return;
    this.current = text;
    this.host.requestUpdate();
  }
}
