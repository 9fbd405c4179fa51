/**
 * What an article list of one category reads: that category's pages (`_roseup.category_url`)
 * when the feed has them, else the entry feed (see `feed-resources.ts`). Loaded with the article
 * list only.
 */
import { loadFeed } from './feed-client.js';
import { FeedItems } from './feed-items.js';
import { isMissing, withItems, type Options } from './feed-resources.js';
import { categoryDocumentUrl } from './item-key.js';
import type { FeedResult } from './types.js';

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
