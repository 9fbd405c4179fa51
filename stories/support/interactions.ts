/**
 * What play functions use to act like a visitor and check the result. Plain DOM: the same code
 * runs in Storybook's Interactions panel and in the stories' tests under @web/test-runner, where
 * `storybook/test` cannot be imported (its @testing-library dependencies are CommonJS).
 */

/** Fails the play function (and the test) with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Échec : ${message}`);
}

/** Waits until `find` returns something truthy (polling each frame), and returns it. */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error(`Délai dépassé : ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The first element matching `selector` inside `host`'s shadow root. */
export function inShadow<E extends Element = HTMLElement>(host: Element | null | undefined, selector: string): E | null {
  return host?.shadowRoot?.querySelector<E>(selector) ?? null;
}

/** Lets Lit render what an interaction changed. */
export async function settle(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<unknown> };
  await lit.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A click as a pointer would do it: focus then click. */
export function click(target: HTMLElement): void {
  target.focus();
  target.click();
}

/** A key press on the focused element (or `target`): keydown then keyup. */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const options = { key, bubbles: true, composed: true, cancelable: true, ...init };
  const allowed = target.dispatchEvent(new KeyboardEvent('keydown', options));
  target.dispatchEvent(new KeyboardEvent('keyup', options));
  return allowed;
}

/** Types `text` into a text field, one character at a time, as input events. */
export async function type(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  for (const char of text) {
    field.value += char;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}
