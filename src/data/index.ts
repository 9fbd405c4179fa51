/**
 * The data layer on its own, for developers who render RoseUp content themselves:
 * no Lit, no custom elements.
 */
export * from './types.js';
export * from './errors.js';
export { parseFeedTextInSlices, safeUrl } from './feed-parser.js';
export { normalizeFeed, parseFeedText } from './normalize-feed.js';
export { FeedItems, type ItemList } from './feed-items.js';
export {
  loadFeed,
  prefetchFeed,
  onFeedResult,
  peekFeed,
  configureFeedClient,
  resetFeedClient,
  type LoadFeedOptions,
  type FeedClientConfig,
} from './feed-client.js';
export { FeedPager, MAX_FEED_PAGES } from './feed-pager.js';
export { saveFeedCopy } from './feed-copies.js';
export { loadFeedItems, findItem } from './feed-resources.js';
export { loadEventsFeed } from './event-feed.js';
export { loadCategoryFeed } from './category-feed.js';
export * from './dates.js';
// The event list's own date helpers (kept out of dates.ts so that the core chunk does not carry them).
export * from './event-dates.js';
export {
  getBookmarkStore,
  createBookmarkStore,
  BOOKMARKS_STORAGE_KEY,
  BOOKMARK_CAP,
  type Bookmark,
  type BookmarkInput,
  type BookmarkResult,
  type BookmarkStore,
  type BookmarkStoreOptions,
} from './bookmarks.js';
export { buildIcs, icsFileName, icsBlob, googleCalendarUrl, type IcsOptions } from './calendar.js';
export { foldText, tokenize, stemFrench, highlightRanges } from './french-text.js';
// Static feeds (roseup-feed build): the file names of item and category documents.
export { itemKey, itemDocumentUrl, categoryKey, categoryDocumentUrl } from './item-key.js';
// The search engine (MiniSearch) is a separate entry, `@roseup/elements/data/search`, so that
// importing the data layer never pulls it in. The client of a static feed's sharded index is
// `@roseup/elements/data/sharded-search`.
