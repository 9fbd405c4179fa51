/**
 * What an event list reads: the upcoming-events document (`_roseup.events_url`) when the feed
 * has one, else the entry feed (see `feed-resources.ts`). Loaded with the event list only.
 */
import { loadFeed } from './feed-client.js';
import { FeedItems } from './feed-items.js';
import { withItems, type Options } from './feed-resources.js';
import { runInSlices } from './main-thread.js';
import type { Feed, FeedItem, FeedResult } from './types.js';

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
