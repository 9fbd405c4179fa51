/**
 * Entry of the one-tag CDN bundle, dist/roseup.js: the element loader and nothing else. Each
 * element's code, the shared core (Lit, the feed element base) and the feed client are chunks
 * beside it, fetched when the first element appears; the chunks never import this file, so a
 * partner may load it as `roseup.js?ver=3` (WordPress does) without getting two copies of Lit.
 * (npm users import `@roseup/elements` or one element entry instead.)
 */
import { autoload } from './components/internal/autoload.js';
import { VERSION } from './version.js';

const STARTED = Symbol.for('roseup.cdn.started');
const host = globalThis as unknown as Record<symbol, string | undefined>;

if (host[STARTED]) {
  // A second copy (another version, or the same file under another URL): the first one serves.
  console.warn(`[roseup] roseup.js is included twice (${host[STARTED]} and ${VERSION}); the first copy is used. Include the script only once.`);
} else {
  host[STARTED] = VERSION;
  autoload(
    {
      'roseup-article-card': () => import('./components/article-card/define.js'),
      'roseup-article-list': () => import('./components/article-list/define.js'),
      'roseup-bookmark-button': () => import('./components/bookmark-button/define.js'),
      'roseup-bookmark-list': () => import('./components/bookmark-list/define.js'),
      'roseup-event-list': () => import('./components/event-list/define.js'),
      'roseup-search': () => import('./components/search/define.js'),
    },
    new Set(['roseup-article-card', 'roseup-article-list', 'roseup-bookmark-list', 'roseup-event-list', 'roseup-search']),
    document,
    {
      core: () => import('./components/internal/core.js'),
      prefetch: () => import('./components/internal/prefetch.js'),
      english: () => import('./components/internal/english.js'),
      // Tags inside another component's shadow root are out of the loader's sight: a page that
      // uses them says <meta name="roseup:load" content="all">.
      earlyFetch: true,
      eager: document.querySelector('meta[name="roseup:load"]')?.getAttribute('content')?.trim() === 'all',
    },
  );
}
