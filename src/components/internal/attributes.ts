/**
 * Numeric attributes as the elements use them: a page can write anything in an attribute, so each
 * value is checked and clamped here, by one rule, rather than element by element. And the headings
 * those levels make.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A whole number of at least 1 (decimals rounded down), at most `max`; `fallback` for anything else. */
export function clampedInt(value: unknown, fallback: number, max = Infinity): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

/** A heading level from an attribute: an integer clamped to 2..6 (the page owns h1), else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(Math.max(value, 2), 6) : fallback;
}

/** The attributes a heading of ours can have: its class always, the others when given. */
export interface HeadingAttributes {
  class: string;
  part?: string;
  id?: string;
  lang?: string;
  tabindex?: number;
}

type Heading = (a: HeadingAttributes, content: unknown) => TemplateResult;

// One plain template per tag (a tag name cannot be a binding): lighter than lit/static-html.
const HEADINGS: Heading[] = [
  (a, c) =>
    html`<h2 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${c}</h2>`,
  (a, c) =>
    html`<h3 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${c}</h3>`,
  (a, c) =>
    html`<h4 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${c}</h4>`,
  (a, c) =>
    html`<h5 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${c}</h5>`,
  (a, c) =>
    html`<h6 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${c}</h6>`,
];

/**
 * A heading `<h2>`…`<h6>` of `level`, clamped to 2..6 (a card below an h6 is an h6 too), with
 * `attributes` (those left undefined are not written) and `content`.
 */
export function heading(level: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  return HEADINGS[Math.min(Math.max(level, 2), 6) - 2](attributes, content);
}
