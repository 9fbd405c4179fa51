import { prefetchFeed } from '../../data/feed-client.js';
import { resolveFeedUrl } from './feed-url.js';

/**
 * Starts the (shared) feed request of an element whose code is still on its way, for the CDN
 * loader (which has usually started it already: the feed client adopts that request). Nothing is
 * held open: if the element is removed before it takes over, the request is cancelled.
 */
export function prefetchFor(feedAttribute: string | null, doc: Document): void {
  prefetchFeed(resolveFeedUrl(feedAttribute, doc));
}
