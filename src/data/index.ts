/**
 * The data layer on its own, for developers who render RoseUp content themselves:
 * no Lit, no custom elements.
 */
export * from './types.js';
export * from './errors.js';
export { normalizeFeed, parseFeedText, safeUrl } from './feed-parser.js';
export {
  loadFeed,
  peekFeed,
  configureFeedClient,
  resetFeedClient,
  FeedPager,
  MAX_FEED_PAGES,
  type LoadFeedOptions,
  type FeedClientConfig,
} from './feed-client.js';
export * from './dates.js';
