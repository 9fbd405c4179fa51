import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import '../src/components/article-card/define.js';
import '../src/components/article-list/define.js';
import '../src/components/event-list/define.js';
import { SAMPLE } from './support/fixtures.js';
import { createElement, snippet, type Args } from './support/render.js';

/** Every global token, with its default and role (the same list documents each element's CSS variables). */
export { TOKENS } from './support/fr.js';

interface Theme {
  /** CSS the partner adds to their stylesheet. */
  css: string;
  /** Style of the page area the elements sit on (the partner's own page, not part of the snippet). */
  page: string;
}

/** A public hospital's brand: dark blue, square corners, a sans-serif font, roomier spacing. */
export const HOSPITAL: Theme = {
  css: `.roseup-zone {
  --roseup-color-accent: #00549a;
  --roseup-color-text: #14212e;
  --roseup-color-muted: #46566a;
  --roseup-color-surface: #f4f8fb;
  --roseup-color-border: #b8c9d9;
  --roseup-font-family: Arial, "Helvetica Neue", sans-serif;
  --roseup-radius: 0;
  --roseup-space: 1.25rem;
  --roseup-focus-ring: 3px solid #b34a00;
}`,
  page: 'background: #ffffff; padding: 1.5rem;',
};

/**
 * A dark page. Filled buttons draw their text on the accent colour: with a light accent on a
 * dark surface, `--roseup-color-on-accent` gives them a dark text.
 */
export const DARK: Theme = {
  css: `.roseup-zone {
  --roseup-color-accent: #ffa8cb;
  --roseup-color-text: #f4eff6;
  --roseup-color-muted: #d2c8d7;
  --roseup-color-surface: #2a2430;
  --roseup-color-border: #5a5062;
  --roseup-color-on-accent: #1d1b20;
  --roseup-focus-ring: 3px solid #ffd166;
}`,
  page: 'background: #16131a; color: #f4eff6; padding: 1.5rem;',
};

/** Finer changes through `::part()`: the card's title and category. */
export const PARTS: Theme = {
  css: `roseup-article-card::part(title) {
  font-family: Georgia, "Times New Roman", serif;
  font-size: 1.35em;
}
roseup-article-card::part(category) {
  letter-spacing: 0.08em;
}
roseup-article-card::part(base) {
  box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.12);
}`,
  page: 'padding: 1.5rem;',
};

const meta: Meta = {
  title: 'Guides/Thèmes',
  // The docs page is stories/docs/themes.mdx.
  tags: ['!autodocs'],
  // TOKENS, HOSPITAL... are data for the docs page, not stories.
  excludeStories: /^[A-Z][A-Z_]*$/,
  parameters: { layout: 'fullscreen', docs: { story: { iframeHeight: 640 } } },
};
export default meta;

type Story = StoryObj;

/**
 * The theme's CSS scoped to one story's zone, `.roseup-zone[data-story-theme="name"]`: every rule
 * either styles that zone or starts from it. Stories of a docs page share one document when shown
 * inline, and a partner's `.roseup-zone { … }` or `roseup-article-card::part(…)` would otherwise
 * reach the other stories' elements.
 */
function scopeTheme(css: string, name: string): string {
  const zone = `.roseup-zone[data-story-theme="${name}"]`;
  return css.replace(/^([^\s{}][^{}]*?)\s*\{/gm, (_rule, selectors: string) => {
    const scoped = selectors
      .split(',')
      .map((selector) => selector.trim())
      .map((selector) => (selector.startsWith('.roseup-zone') ? zone + selector.slice('.roseup-zone'.length) : `${zone} ${selector}`))
      .join(', ');
    return `${scoped} {`;
  });
}

/** `<style>` holding the theme, scoped to the story's zone (see `scopeTheme`). */
const styleOf = (theme: Theme, name: string) => html`<style>
  ${unsafeCSS(scopeTheme(theme.css, name))}
</style>`;

const themed = (theme: Theme, name: string, elements: Array<[string, Args]>) => ({
  render: () =>
    html`${styleOf(theme, name)}
      <div class="roseup-zone" data-story-theme=${name} style=${theme.page}>
        <div style="display: grid; grid-template-columns: minmax(0, 20rem) minmax(0, 1fr); gap: 1.5rem; align-items: start">
          ${elements.map(([tag, args]) => createElement(tag, args))}
        </div>
      </div>`,
  parameters: {
    snippet: `<style>\n${theme.css}\n</style>\n<div class="roseup-zone">\n${elements.map(([tag, args]) => `  ${snippet(tag, args)}`).join('\n')}\n</div>`,
  },
});

/** Les couleurs d’un hôpital (bleu institutionnel), angles droits, police sans empattement. */
export const Hospital: Story = {
  name: 'Marque d’un hôpital',
  ...themed(HOSPITAL, 'hospital', [
    ['roseup-article-card', { 'article-id': SAMPLE.activite }],
    ['roseup-event-list', { limit: 3, 'heading-level': 2 }],
  ]),
};

/** Un fond sombre : surface, texte et accent clairs ; contrastes AA conservés. */
export const Dark: Story = {
  name: 'Fond sombre',
  ...themed(DARK, 'dark', [
    ['roseup-article-card', { 'article-id': SAMPLE.metastases }],
    ['roseup-event-list', { limit: 3, 'heading-level': 2 }],
  ]),
};

/** Les réglages fins passent par `::part()`. */
export const Parts: Story = {
  name: 'Réglages fins avec ::part()',
  ...themed(PARTS, 'parts', [
    ['roseup-article-card', { 'article-id': SAMPLE.loiLemoine }],
    ['roseup-article-list', { limit: 2, layout: 'list', 'no-summary': true }],
  ]),
};

/** Sans aucun réglage : l’élément prend la police et la couleur du texte de la page. */
export const Inherited: Story = {
  name: 'Sans réglage : police et couleur de la page',
  render: () =>
    html`<div style="font-family: Georgia, serif; color: #3b2f2f; padding: 1.5rem; background: #fffaf3">
      ${createElement('roseup-article-card', { 'article-id': SAMPLE.loiLemoine, variant: 'horizontal' })}
    </div>`,
  parameters: {
    snippet: snippet('roseup-article-card', { 'article-id': SAMPLE.loiLemoine, variant: 'horizontal' }),
  },
};
