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
 */
import { FeedError } from './errors.js';
import { findLoadedItem, loadFeed, type LoadFeedOptions } from './feed-client.js';
import { FeedItems } from './feed-items.js';
import { safeUrl } from './feed-parser.js';
import { categoryDocumentUrl, itemDocumentUrl } from './item-key.js';
import { runInSlices } from './main-thread.js';
import type { Feed, FeedItem, FeedResult } from './types.js';

/** Item documents fetched at once by a bookmark list (the rest wait for a free slot). */
const MAX_PARALLEL_ITEM_REQUESTS = 6;

type Options = Pick<LoadFeedOptions, 'signal' | 'force'>;

const withItems = (entry: FeedResult, items: FeedItems, nextUrl?: string): FeedResult => ({
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
const isMissing = (error: unknown): boolean =>
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

/** Pages of the events document read at most for one list, the first included. */
const MAX_EVENT_PAGES = 3;

/**
 * The entry feed at `url`, with `items` (and `nextUrl`) from its upcoming-events document when it
 * has one; otherwise the entry feed as it is (the event list picks the upcoming events out), its
 * events read (normalised) in slices that yield to the page, stopped when `signal` aborts.
 * `enough` says whether the events read so far fill the list: if not, the next pages are read
 * too, up to `MAX_EVENT_PAGES` in all (a later page that fails is left out).
 */
export async function loadEventsFeed(
  url: string,
  options: Options = {},
  enough: (items: FeedItem[]) => boolean = () => true,
): Promise<FeedResult> {
  const entry = await loadFeed(url, options);
  if (!entry.feed.eventsUrl) {
    // The list reads every event (to keep the upcoming ones): read them here a slice at a time,
    // not thousands in one task at its first render.
    const events = entry.feed.items.events();
    await runInSlices(entry.feed.items.length, () => events.next(), { checkpoint: () => options.signal?.throwIfAborted() });
    return entry;
  }
  const first = (await loadFeed(entry.feed.eventsUrl, { ...options, store: false })).feed;
  const items = [...first.items];
  const seen = new Set(items.map((item) => item.id));
  const visited = new Set([first.url]);
  let nextUrl = first.nextUrl;
  for (let pages = 1; pages < MAX_EVENT_PAGES && nextUrl && !visited.has(nextUrl) && !enough(items); pages++) {
    visited.add(nextUrl);
    let page: Feed;
    try {
      page = (await loadFeed(nextUrl, { ...options, store: false })).feed;
    } catch (error) {
      // The first page is shown as it is; a later page that fails only means fewer events.
      if (options.signal?.aborted) throw error;
      break;
    }
    for (const item of page.items) if (!seen.has(item.id) && seen.add(item.id)) items.push(item);
    nextUrl = page.nextUrl;
  }
  return withItems(entry, FeedItems.of(items), nextUrl);
}

/**
 * The entry feed at `url`, with `items` (and `nextUrl`, for "Voir plus") from the first page of
 * category `categoryId` when the feed has category pages; otherwise the entry feed as it is. A
 * category the feed does not know has no items.
 */
export async function loadCategoryFeed(url: string, categoryId: string, options: Options = {}): Promise<FeedResult> {
  const entry = await loadFeed(url, options);
  const template = entry.feed.categoryUrl;
  if (!template || !categoryId) return entry;
  try {
    const { feed } = await loadFeed(categoryDocumentUrl(template, categoryId), { ...options, store: false });
    return withItems(entry, feed.items, feed.nextUrl);
  } catch (error) {
    if (isMissing(error)) return withItems(entry, FeedItems.of([]));
    throw error;
  }
}
