/**
 * How every story turns its args into an element, and into the HTML a partner pastes.
 *
 * Args are named like the element's attributes (`article-id`, `no-image`), as the manifest's
 * attribute controls are. A string or number becomes an attribute, `true` an empty boolean
 * attribute, `false`/`undefined`/`''` no attribute at all. Args named like a custom property
 * (`--roseup-color-accent`, the manifest's CSS custom properties) go into the `style` attribute.
 * Objects (`.article`, `.now`) are set as properties and left out of the snippet, and functions
 * named `onRoseupSomething` (Storybook's actions) listen to `roseup-something` events.
 */

export type Args = Record<string, unknown>;

/** `&`, `"`, `<` and `>` escaped: safe inside a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `&`, `<` and `>` escaped: safe as element text. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** `onRoseupBookmarkChange` -> `roseup-bookmark-change`. */
export function eventName(argName: string): string | undefined {
  const match = /^on([A-Z][A-Za-z0-9]*)$/.exec(argName);
  return match ? match[1].replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase()) : undefined;
}

const CUSTOM_PROPERTY = /^--[a-z0-9-]+$/;

/** `--roseup-color-accent: #00549a; --roseup-radius: 0` from the custom-property args. */
export function styleOf(args: Args): string {
  return Object.entries(args)
    .filter(([name, value]) => CUSTOM_PROPERTY.test(name) && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${String(value).trim()}`)
    .join('; ');
}

/** The attributes args describe, in order: `[name, value]`, value `''` for a boolean attribute. */
export function attributesOf(args: Args): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(args)) {
    if (!ATTRIBUTE_NAME.test(name)) continue;
    if (value === true) out.push([name, '']);
    else if (typeof value === 'string' && value !== '') out.push([name, value]);
    else if (typeof value === 'number' && Number.isFinite(value)) out.push([name, String(value)]);
  }
  const style = styleOf(args);
  if (style && !('style' in args)) out.push(['style', style]);
  return out;
}

/** `<tag a="1" b></tag>`: the element as a partner would write it. */
export function snippet(tag: string, args: Args = {}, inner = ''): string {
  const attributes = attributesOf(args)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

/** Creates the element the args describe (not yet connected). */
export function createElement(tag: string, args: Args = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributesOf(args)) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(args)) {
    const event = typeof value === 'function' ? eventName(name) : undefined;
    if (event) element.addEventListener(event, value as EventListener);
    else if (value !== null && typeof value === 'object') (element as unknown as Record<string, unknown>)[name] = value;
  }
  return element;
}

/** A story's `render`: the component's element made from the args. */
export function renderComponent(args: Args, context: { component?: unknown }): HTMLElement {
  if (typeof context.component !== 'string') throw new Error('The story has no component tag');
  return createElement(context.component, args);
}
