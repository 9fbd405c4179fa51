/**
 * Numeric attributes as the elements use them: a page can write anything in an attribute, so each
 * value is checked and clamped here, by one rule, rather than element by element.
 */
import { literal } from 'lit/static-html.js';

/** A whole number of at least 1 (decimals rounded down), at most `max`; `fallback` for anything else. */
export function clampedInt(value: unknown, fallback: number, max = Infinity): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute: an integer clamped to 2..6 (the page owns h1), else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(Math.max(value, 2), 6) : fallback;
}

/** The static tag (`h2`…`h6`) for a level, clamped to 2..6: a card below an h6 is an h6 too. */
export function headingTag(level: number) {
  return HEADINGS[Math.min(Math.max(level, 2), 6) - 2];
}

export type HeadingTag = ReturnType<typeof headingTag>;
