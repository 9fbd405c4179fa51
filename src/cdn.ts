/**
 * Entry of the one-tag CDN bundle, dist/roseup.js. It holds Lit, the shared plumbing and the
 * feed client; each element's own code is a chunk beside it, loaded when its tag first appears
 * on the page. (npm users import `@roseup/elements` or one element entry instead.)
 */
import { autoload } from './components/internal/autoload.js';

export { VERSION } from './version.js';
// The shared core lives in this file so that element chunks import it from here, in parallel
// with nothing else to wait for: Lit, the feed element base, styles, bookmarks.
export { FeedElement } from './components/internal/feed-element.js';
export { BookmarksController } from './components/internal/bookmarks-controller.js';
export { baseStyles } from './components/internal/styles.js';

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
);
