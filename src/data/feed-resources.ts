/**
 * Each element asks for the smallest document the feed advertises for what it shows:
 *
 * - a card or a bookmark list: the items it names, from the entry feed when they are there,
 *   from documents already loaded on the page, else from each item's own document
 *   (`_roseup.item_url`);
 * - an event list: the upcoming-events document (`_roseup.events_url`);
 * - an article list of one category: that category's pages (`_roseup.category_url`).
 *
 * A plain JSON Feed advertises none of these: everything then comes from the entry feed, as it
 * always did. Every function resolves with a `FeedResult` shaped like the entry feed's (its
 * links, title, language, staleness) whose `items` (and `nextUrl`) are the ones asked for, so
 * an element renders it the same way whichever documents it came from.
 *
 * The event list's and the article list's loaders are modules of their own (`event-feed.ts`,
 * `category-feed.ts`), so that they load with those elements and not with every card.
 */
import { FeedError } from './errors.js';
import { findLoadedItem, loadFeed, type LoadFeedOptions } from './feed-client.js';
import { FeedItems } from './feed-items.js';
import { safeUrl } from './feed-parser.js';
import { itemDocumentUrl } from './item-key.js';
import type { Feed, FeedItem, FeedResult } from './types.js';

/** Item documents fetched at once by a bookmark list (the rest wait for a free slot). */
const MAX_PARALLEL_ITEM_REQUESTS = 6;

export type Options = Pick<LoadFeedOptions, 'signal' | 'force'>;

export const withItems = (entry: FeedResult, items: FeedItems, nextUrl?: string): FeedResult => ({
  ...entry,
  feed: { ...entry.feed, items, nextUrl },
});

/**
 * The item of `feed` whose id is `id`, or `id` resolved against the feed's URL ("/magazine/…/").
 * Only that item is normalised.
 */
export function findItem(feed: Pick<Feed, 'items' | 'url'>, id: string): FeedItem | undefined {
  const exact = feed.items.get(id);
  if (exact) return exact;
  const absolute = canonicalId(id, feed.url);
  return absolute && absolute !== id ? feed.items.get(absolute) : undefined;
}

/** RoseUp's ids are URLs: a path ("/magazine/…/") stands for the same path on the feed's site. */
const canonicalId = (id: string, feedUrl: string): string | undefined => (id.startsWith('/') ? safeUrl(id, feedUrl) : id);

/** An item document that does not exist means "no such item", not a failure. */
export const isMissing = (error: unknown): boolean =>
  error instanceof FeedError && error.kind === 'http' && (error.status === 404 || error.status === 410);

async function loadOne(entry: Feed, id: string, options: Options): Promise<FeedItem | undefined> {
  const here = findItem(entry, id);
  if (here) return here;
  const absolute = canonicalId(id, entry.url);
  if (!absolute) return undefined;
  const loaded = options.force ? undefined : findLoadedItem(absolute);
  if (loaded || !entry.itemUrl) return loaded;
  try {
    const { feed } = await loadFeed(itemDocumentUrl(entry.itemUrl, absolute), { ...options, store: false });
    return feed.items.get(absolute);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The entry feed at `url`, with `items` holding those of `ids` that exist, in the order asked.
 * Rejects when the entry feed fails (without a stored copy) or an item document fails for
 * another reason than not existing.
 */
export async function loadFeedItems(url: string, ids: readonly string[], options: Options = {}): Promise<FeedResult> {
  const entry = await loadFeed(url, options);
  const found: Array<FeedItem | undefined> = new Array(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const index = next++;
      found[index] = await loadOne(entry.feed, ids[index], options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_PARALLEL_ITEM_REQUESTS, ids.length) }, worker));
  const unique = new Map<string, FeedItem>();
  for (const item of found) if (item) unique.set(item.id, item);
  return withItems(entry, FeedItems.of([...unique.values()]));
}
