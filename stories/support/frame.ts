/**
 * The frame every story is shown in, in Storybook (a preview decorator) and in the stories'
 * tests alike: a wrapper carrying the language (the elements read the nearest `lang`) and, when
 * the story asks for it with `parameters.width`, the width of the column the element sits in.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface FrameOptions {
  lang?: string;
  width?: string;
}

/**
 * A story's `parameters.width`: a CSS length, or a function of the args (so that a control such as
 * the card's `variant` can widen the column it needs to show).
 */
export type WidthParameter = string | ((args: Record<string, unknown>) => string | undefined) | undefined;

/** The width a story's frame gets from its `parameters.width` and its current args. */
export function frameWidth(width: unknown, args: Record<string, unknown>): string | undefined {
  const value = typeof width === 'function' ? (width as (args: Record<string, unknown>) => unknown)(args) : width;
  return typeof value === 'string' && value ? value : undefined;
}

export function frame(content: unknown, { lang = 'fr', width }: FrameOptions = {}): TemplateResult {
  return html`<div class="story-frame" lang=${lang === 'en' ? 'en' : 'fr'} style=${styleMap(width ? { maxWidth: width } : {})}>${content}</div>`;
}
