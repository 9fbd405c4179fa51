/**
 * Entry of the one-tag CDN bundle, dist/roseup.js. It holds Lit, the shared plumbing and the
 * feed client; each element's own code is a chunk beside it, loaded when its tag first appears
 * on the page. (npm users import `@roseup/elements` or one element entry instead.)
 */
import { autoload } from './components/internal/autoload.js';

export { LitElement, html, css, nothing } from 'lit';
export { Task } from '@lit/task';
export { FeedElement } from './components/internal/feed-element.js';
export { define } from './components/internal/define.js';
export { emit } from './components/internal/events.js';
export { resolveLang, plural } from './components/internal/i18n.js';
export { baseStyles } from './components/internal/styles.js';
export { loadFeed, peekFeed, configureFeedClient } from './data/feed-client.js';
export { VERSION } from './version.js';

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
