import { loadFeed, type LoadFeedOptions } from './feed-client.js';
import { isAbortError } from './errors.js';
import { FeedItems } from './feed-items.js';
import type { Feed } from './types.js';

/** How many `next_url` pages a pager follows at most. */
export const MAX_FEED_PAGES = 20;

/**
 * Follows a feed's `next_url` chain on demand, at most `MAX_FEED_PAGES` pages, never the same
 * URL twice. Items already seen (by id) are dropped from later pages.
 */
export class FeedPager {
  private readonly visited = new Set<string>();
  private readonly seen = new Set<string>();
  private nextUrl?: string;
  private pages = 1;
  /** A page that failed: asking for it again means asking the network again. */
  private failedUrl?: string;

  constructor(first: Feed) {
    this.visited.add(first.url);
    for (const id of first.items.ids) this.seen.add(id);
    this.nextUrl = first.nextUrl;
  }

  get hasMore(): boolean {
    return !!this.nextUrl && !this.visited.has(this.nextUrl) && this.pages < MAX_FEED_PAGES;
  }

  /** Fetches the next page; resolves with its new items (none when there is no next page). */
  async next(options: LoadFeedOptions = {}): Promise<FeedItems> {
    if (!this.hasMore || !this.nextUrl) return FeedItems.of([]);
    const url = this.nextUrl;
    let feed: Feed;
    try {
      // Pages are not kept on the device: only the entry feed is (see `LoadFeedOptions.store`).
      ({ feed } = await loadFeed(url, { force: this.failedUrl === url, ...options, store: false }));
    } catch (error) {
      if (!isAbortError(error)) this.failedUrl = url;
      throw error;
    }
    this.visited.add(url);
    this.pages++;
    this.nextUrl = feed.nextUrl;
    // A page is as long as the site makes it (a plain feed's next page may hold thousands):
    // its items are normalised as they are shown, like the first page's.
    const fresh: number[] = [];
    feed.items.ids.forEach((id, index) => {
      if (!this.seen.has(id)) {
        this.seen.add(id);
        fresh.push(index);
      }
    });
    return feed.items.pick(fresh);
  }
}
