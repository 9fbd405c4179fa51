/**
 * The npm package's main entry: registers every RoseUp element at once. (The CDN bundle,
 * dist/roseup.js, starts from src/cdn.ts instead and loads each element on first use.)
 */
export { RoseUpArticleCard } from './components/article-card/define.js';
export { RoseUpBookmarkButton } from './components/bookmark-button/define.js';
export { RoseUpArticleList } from './components/article-list/define.js';
export { RoseUpBookmarkList } from './components/bookmark-list/define.js';
export { RoseUpEventList } from './components/event-list/define.js';
export { RoseUpSearch } from './components/search/define.js';
export { VERSION } from './version.js';
export type * from './components/internal/events.js';
