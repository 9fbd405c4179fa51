import { prefetchFeed } from '../../data/feed-client.js';
import { parisDayKey } from '../../data/paris-time.js';
import { resolveFeedUrl } from './feed-url.js';

let warmed = false;

/**
 * Starts the (shared) feed request of an element whose code is still on its way, for the CDN
 * loader. Nothing is held open: if the element is removed before it takes over, the request is
 * cancelled.
 */
export function prefetchFor(feedAttribute: string | null, doc: Document): void {
  prefetchFeed(resolveFeedUrl(feedAttribute, doc));
  if (warmed) return;
  warmed = true;
  // The first Paris-time formatter loads the browser's time-zone data (15-20 ms here): do it
  // while the feed is on its way, not in the task that renders it.
  setTimeout(() => parisDayKey(new Date()), 0);
}
