/**
 * Registers every RoseUp element. This is also the entry of the one-tag CDN bundle,
 * dist/roseup.js.
 */
export { RoseUpArticleCard } from './components/article-card/define.js';
export { RoseUpBookmarkButton } from './components/bookmark-button/define.js';
export { RoseUpArticleList } from './components/article-list/define.js';
export { RoseUpBookmarkList } from './components/bookmark-list/define.js';
export { RoseUpEventList } from './components/event-list/define.js';
export { VERSION } from './version.js';
export type * from './components/internal/events.js';
