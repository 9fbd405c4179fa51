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

export function frame(content: unknown, { lang = 'fr', width }: FrameOptions = {}): TemplateResult {
  return html`<div class="story-frame" lang=${lang === 'en' ? 'en' : 'fr'} style=${styleMap(width ? { maxWidth: width } : {})}>${content}</div>`;
}
