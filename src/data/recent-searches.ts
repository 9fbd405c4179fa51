/**
 * The visitor's recent searches, kept on their device only, for `<roseup-search remember-recent>`.
 *
 * What someone searches for on a cancer charity's site is health information. Nothing here is
 * ever sent anywhere, no query appears in a console message, and nothing is read or written
 * unless an element was explicitly asked to remember searches (the store is only created by the
 * first call to `getRecentSearches()`).
 *
 * Storage: one versioned `localStorage` value, `roseup:recent-searches:v1`, holding
 * `{ "v": 1, "items": ["perte de cheveux", ...] }`, newest first, at most `RECENT_SEARCHES_CAP`,
 * kept by `stored-list.ts` (memory fallback when storage is unavailable, disabled or full; an
 * unusable stored value copied aside before anything replaces it). Reading stops at the cap: a
 * stored list of 50,000 entries costs one `JSON.parse` and five look-ups, not a quadratic de-duplication.
 */

import { createStoredList, type ParsedEntries, type StoredList } from './stored-list.js';

/** Key of the stored value. Versioned: a future incompatible format gets a new key. */
export const RECENT_SEARCHES_KEY = 'roseup:recent-searches:v1';
/** Most searches remembered. */
export const RECENT_SEARCHES_CAP = 5;
/** Longer queries are cut to this many UTF-16 code units. */
export const RECENT_SEARCH_MAX_LENGTH = 200;

const STORE_SYMBOL = Symbol.for('roseup.recent-searches.v1');

export interface RecentSearches {
  /** Newest first. Frozen. */
  list(): readonly string[];
  /**
   * Puts `query` (trimmed, spaces collapsed) at the top of the list; an earlier copy of the same
   * search (ignoring case) is moved rather than repeated. Empty queries are ignored.
   */
  add(query: string): readonly string[];
  /** Forgets every search, on the device too. */
  clear(): void;
  /** False when storage is unavailable or failed: the list then lasts as long as the page. */
  readonly persistent: boolean;
}

export interface RecentSearchesOptions {
  /** Defaults to `localStorage` (reached inside try/catch); `null` keeps the list in memory only. */
  storage?: Storage | null;
  key?: string;
  cap?: number;
  /** Receives `storage` events from other tabs; defaults to `window`. `null`: no sync. */
  target?: EventTarget | null;
}

/** Trimmed, whitespace collapsed, cut to the maximum length; '' for nothing usable. */
function clean(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query.replace(/\s+/g, ' ').trim().slice(0, RECENT_SEARCH_MAX_LENGTH).trim();
}

/** What makes two searches the same one: case is ignored. */
const identity = (query: string): string => query.toLocaleLowerCase('fr');

/**
 * Reads stored searches until `cap` distinct ones are kept (each looked up once in a set: linear
 * however long the stored list). Entries that are not searches, and repeats, are dropped silently.
 */
export function parseRecentSearches(items: readonly unknown[], cap: number): ParsedEntries<string> {
  const list: string[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (; index < items.length && list.length < cap; index++) {
    const query = clean(items[index]);
    if (!query || seen.has(identity(query))) continue;
    seen.add(identity(query));
    list.push(query);
  }
  return { list, problems: [], readUpTo: index };
}

/** A store over `storage` (default `localStorage`), for one page; see `getRecentSearches`. */
export function createRecentSearches(options: RecentSearchesOptions = {}): RecentSearches {
  const cap = Number.isInteger(options.cap) && options.cap! > 0 ? options.cap! : RECENT_SEARCHES_CAP;
  const stored: StoredList<string> = createStoredList({
    key: options.key ?? RECENT_SEARCHES_KEY,
    // Searches past the cap are not kept: the list is only ever the last few.
    format: { version: 1, parse: parseRecentSearches, keepUnread: false },
    cap,
    storage: options.storage,
    target: options.target,
    syncEvent: 'roseup-recent-searches-sync',
    logPrefix: '[roseup] recent searches: ',
    memoryNote: 'searches are remembered for this page only',
  });
  const read = (): readonly string[] => {
    // Another tab may have searched since.
    stored.refresh();
    return stored.items;
  };
  return {
    list: read,
    add(query) {
      const search = clean(query);
      if (!search) return read();
      stored.update((items) => [search, ...items.filter((q) => identity(q) !== identity(search))].slice(0, cap));
      return stored.items;
    },
    clear() {
      stored.clear();
    },
    get persistent() {
      return stored.persistent;
    },
  };
}

/**
 * The page's shared store over `localStorage` (created on first call, so that a page whose
 * elements do not remember searches never touches storage for them).
 */
export function getRecentSearches(): RecentSearches {
  const host = globalThis as unknown as Record<symbol, RecentSearches | undefined>;
  return (host[STORE_SYMBOL] ??= createRecentSearches());
}
