/**
 * Plans the static feed tree: every file `roseup-feed build` writes, as path → content, from the
 * normalised corpus. Pure (no disk): the same corpus, base URL and build time always give the
 * same bytes, which is what lets the writer keep unchanged files as they are.
 *
 *   feed.json                    newest articles (summaries only), links to everything below
 *   pages/<n>.json               the archive, numbered from the OLDEST page (1 = oldest articles):
 *                                a new article changes feed.json and the newest page only
 *   items/<itemKey(id)>.json     one item with its full text (items whose keys collide share it)
 *   events.json, events/<n>.json upcoming events, soonest first
 *   categories/<key>.json        a category's newest articles; then categories/<key>/<n>.json,
 *                                numbered from the oldest like the archive
 *   search/…                     the sharded search index (search-shards.ts): articles and
 *                                upcoming events
 */
import { categoryKey, itemKey } from '../data/item-key.js';
import type { Article, FeedItem, RoseUpEvent } from '../data/types.js';
import type { CorpusFeedFields } from './corpus.js';
import { itemToJson } from './json-feed-item.js';
import { buildSearchShards, type SearchShardOptions } from './search-shards.js';

export interface StaticFeedOptions {
  /** Public URL of the output folder, ending with "/". */
  baseUrl: string;
  /** Events that ended before this are left out. */
  now: Date;
  /** Feed-level fields (title, language, the corpus's `_roseup`…). */
  feed: CorpusFeedFields;
  /** Articles per list page (feed.json, archive and category pages). Default 12. */
  pageSize?: number;
  /** Events per page of events.json. Default 50. */
  eventsPageSize?: number;
  search?: SearchShardOptions;
}

export interface StaticFeed {
  files: Map<string, string>;
  counts: { articles: number; events: number; upcomingEvents: number; archivePages: number; categories: number; searchShards: number };
}

type Json = Record<string, unknown>;

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const byId = (a: FeedItem, b: FeedItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Newest first; undated articles last; ties by id, so the order never depends on the corpus's. */
const newestFirst = (a: Article, b: Article) =>
  (b.datePublished?.getTime() ?? -Infinity) - (a.datePublished?.getTime() ?? -Infinity) || byId(a, b);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The end of an event, or its start when it has no end. */
const endOf = (event: RoseUpEvent): number => (event.end ?? event.start).getTime();

export function planStaticFeed(items: readonly FeedItem[], options: StaticFeedOptions): StaticFeed {
  const pageSize = options.pageSize ?? 12;
  const eventsPageSize = options.eventsPageSize ?? 50;
  const base = options.baseUrl;
  const url = (path: string) => new URL(path, base).href;
  const files = new Map<string, string>();
  const put = (path: string, doc: Json) => files.set(path, `${JSON.stringify(doc)}\n`);

  const info = options.feed;
  const title = info.title ?? 'RoseUp';
  /** A JSON Feed document for `path`: the feed's identity, then the given fields. */
  const document = (path: string, fields: Json): Json => {
    const doc: Json = { version: JSON_FEED_VERSION, title };
    if (info.homePageUrl) doc.home_page_url = info.homePageUrl;
    doc.feed_url = url(path);
    if (info.language) doc.language = info.language;
    return { ...doc, ...fields };
  };
  // An article appears in feed.json, an archive page and category pages: its summary is made once.
  const summaryCache = new Map<FeedItem, Json>();
  const summaryOf = (item: FeedItem): Json => {
    let json = summaryCache.get(item);
    if (!json) summaryCache.set(item, (json = itemToJson(item, { content: false })));
    return json;
  };
  const summaries = (list: readonly FeedItem[]) => list.map(summaryOf);

  const articles = items.filter((item): item is Article => item.kind === 'article').sort(newestFirst);
  const events = items.filter((item): item is RoseUpEvent => item.kind === 'event');

  // Archive, oldest page first: page n holds the (n-1)th dozen from the oldest, newest first inside.
  const oldestFirst = [...articles].reverse();
  const archive = chunks(oldestFirst, pageSize).map((page) => page.reverse());
  archive.forEach((page, i) => {
    const n = i + 1;
    put(`pages/${n}.json`, document(`pages/${n}.json`, { items: summaries(page), ...(n > 1 ? { next_url: url(`pages/${n - 1}.json`) } : {}) }));
  });

  // Categories: the newest dozen, then an archive of the category like the main one.
  const byCategory = new Map<string, Article[]>();
  for (const article of articles) {
    if (!article.category) continue;
    const key = categoryKey(article.category.id);
    let list = byCategory.get(key);
    if (!list) byCategory.set(key, (list = []));
    list.push(article);
  }
  for (const [key, list] of byCategory) {
    const pages = chunks([...list].reverse(), pageSize).map((page) => page.reverse());
    pages.forEach((page, i) => {
      const path = `categories/${key}/${i + 1}.json`;
      put(path, document(path, { items: summaries(page), ...(i > 0 ? { next_url: url(`categories/${key}/${i}.json`) } : {}) }));
    });
    const path = `categories/${key}.json`;
    put(path, document(path, { items: summaries(list.slice(0, pageSize)), next_url: url(`categories/${key}/${pages.length}.json`) }));
  }

  // Upcoming events only, soonest first, paged.
  const now = options.now.getTime();
  const upcoming = events.filter((event) => endOf(event) >= now).sort((a, b) => a.start.getTime() - b.start.getTime() || byId(a, b));
  const eventPages = chunks(upcoming, eventsPageSize);
  if (!eventPages.length) eventPages.push([]);
  eventPages.forEach((page, i) => {
    const path = i === 0 ? 'events.json' : `events/${i + 1}.json`;
    const next = i + 1 < eventPages.length ? { next_url: url(`events/${i + 2}.json`) } : {};
    put(path, document(path, { items: summaries(page), ...next }));
  });

  // One document per item key (all items of a key, if two ids ever collide).
  const byKey = new Map<string, FeedItem[]>();
  for (const item of [...items].sort(byId)) {
    const key = itemKey(item.id);
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  for (const [key, list] of byKey) {
    const path = `items/${key}.json`;
    put(path, document(path, { items: list.map((item) => itemToJson(item, { content: true })) }));
  }

  // Past events stay reachable by their item document (a saved bookmark), not by search.
  const searchable = items.filter((item) => item.kind !== 'event' || endOf(item) >= now);
  const search = buildSearchShards(searchable, options.search);
  for (const [path, content] of search.files) files.set(path, content);

  const roseup: Json = {
    search_url: info.searchUrl,
    agenda_url: info.agendaUrl,
    suggestions: info.suggestions.length ? info.suggestions : undefined,
    schema: 1,
    item_url: `${base}items/{key}.json`,
    events_url: url('events.json'),
    search_index_url: url(search.manifestPath),
    category_url: `${base}categories/{category}.json`,
  };
  const feed = document('feed.json', {
    ...(info.description ? { description: info.description } : {}),
    ...(info.icon ? { icon: info.icon } : {}),
    ...(info.favicon ? { favicon: info.favicon } : {}),
    _roseup: roseup,
    items: summaries(articles.slice(0, pageSize)),
    ...(archive.length ? { next_url: url(`pages/${archive.length}.json`) } : {}),
  });
  put('feed.json', feed);

  return {
    files,
    counts: {
      articles: articles.length,
      events: events.length,
      upcomingEvents: upcoming.length,
      archivePages: archive.length,
      categories: byCategory.size,
      searchShards: search.shardCount,
    },
  };
}
