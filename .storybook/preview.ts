import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from 'virtual:roseup/custom-elements';
import '../src/index.js';
import { manifestControls, storybookManifest, type CustomElementsManifest } from '../stories/support/manifest.js';
import { snippet, type Args } from '../stories/support/render.js';
import { frame, frameWidth } from '../stories/support/frame.js';
import { isolateStory } from '../stories/support/isolation.js';

const elements = storybookManifest(manifest as CustomElementsManifest);
setCustomElementsManifest(elements);

// The docs pages are in French; each story sits in a wrapper with the language chosen in the
// toolbar, which is how the elements pick theirs (the nearest `lang`).
document.documentElement.lang = 'fr';

/** The HTML shown under each story: the story's own `parameters.snippet`, else its element from the args. */
function storySnippet(_code: string, context: { component?: unknown; args: Args; parameters: Record<string, unknown> }): string {
  const custom = context.parameters.snippet;
  if (typeof custom === 'function') return (custom as (args: Args) => string)(context.args);
  if (typeof custom === 'string') return custom;
  return typeof context.component === 'string' ? snippet(context.component, context.args) : _code;
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Langue des éléments (attribut lang) / Elements language',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr' },
  // A clean visitor for every story: its own, empty bookmark store (stories/support/isolation.ts).
  beforeEach: [isolateStory],
  decorators: [(story, context) => frame(story(), { lang: context.globals.lang, width: frameWidth(context.parameters.width, context.args) })],
  argTypesEnhancers: [manifestControls(elements) as unknown as ArgTypesEnhancer],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      source: { language: 'html', type: 'code', transform: storySnippet },
      toc: true,
      // Each story of a docs page in its own frame, at a readable height (scrolls inside when
      // taller): its styles, its bookmarks and its language cannot reach the page's other stories.
      story: { inline: false, iframeHeight: 420 },
    },
    // Every story is checked with axe (all its stable rules, RGAA-tagged ones included, as in the
    // stories' tests); a violation fails the story (addon-a11y's test mode).
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Intégrer sur votre site', 'Thèmes', 'Accessibilité', 'Générateur de code'],
          'Composants',
          ['roseup-article-card', 'roseup-article-list', 'roseup-event-list', 'roseup-search', 'roseup-bookmark-button', 'roseup-bookmark-list'],
        ],
      },
    },
  },
};

export default preview;
