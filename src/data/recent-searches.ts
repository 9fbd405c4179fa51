/**
 * The visitor's recent searches, kept on their device only, for `<roseup-search remember-recent>`.
 *
 * What someone searches for on a cancer charity's site is health information. Nothing here is
 * ever sent anywhere, no query appears in a console message, and nothing is read or written
 * unless an element was explicitly asked to remember searches (the store is only created by the
 * first call to `getRecentSearches()`).
 *
 * Storage: one versioned `localStorage` value, `roseup:recent-searches:v1`, holding
 * `{ "v": 1, "items": ["perte de cheveux", ...] }`, newest first, at most `RECENT_SEARCHES_CAP`.
 * Every storage access is wrapped in try/catch: when storage is unavailable, disabled or full
 * the list lives in memory for the page's lifetime (`persistent` becomes false). A stored value
 * that is not such a list is copied aside under `<key>:corrupt` (or `<key>:corrupt:<ISO time>`
 * when that key holds something else) before anything replaces it, so it is never lost silently.
 */

/** Key of the stored value. Versioned: a future incompatible format gets a new key. */
import { keepAside, reachLocalStorage } from './storage.js';

export const RECENT_SEARCHES_KEY = 'roseup:recent-searches:v1';
/** Most searches remembered. */
export const RECENT_SEARCHES_CAP = 5;
/** Longer queries are cut to this many UTF-16 code units. */
export const RECENT_SEARCH_MAX_LENGTH = 200;

const FORMAT_VERSION = 1;
const LOG_PREFIX = '[RoseUp Elements] recent searches: ';
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
}

/** Trimmed, whitespace collapsed, cut to the maximum length; '' for nothing usable. */
function clean(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query.replace(/\s+/g, ' ').trim().slice(0, RECENT_SEARCH_MAX_LENGTH).trim();
}

const sameSearch = (a: string, b: string): boolean => a.toLocaleLowerCase('fr') === b.toLocaleLowerCase('fr');

/** Parses a stored value: the list, or `undefined` when it is not a v1 list. */
function parse(raw: string): string[] | undefined {
  try {
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object') return undefined;
    const { v, items } = data as { v?: unknown; items?: unknown };
    if (v !== FORMAT_VERSION || !Array.isArray(items)) return undefined;
    const list: string[] = [];
    for (const entry of items) {
      const query = clean(entry);
      if (query && !list.some((q) => sameSearch(q, query))) list.push(query);
    }
    return list;
  } catch {
    return undefined;
  }
}

/** A store over `storage` (default `localStorage`), for one page; see `getRecentSearches`. */
export function createRecentSearches(options: RecentSearchesOptions = {}): RecentSearches {
  const key = options.key ?? RECENT_SEARCHES_KEY;
  const cap = Number.isInteger(options.cap) && options.cap! > 0 ? options.cap! : RECENT_SEARCHES_CAP;
  let storage = options.storage === undefined ? reachLocalStorage().storage : options.storage;
  let memory: readonly string[] = Object.freeze([]);
  let warned = false;

  const fail = (what: string) => {
    storage = null;
    if (!warned) {
      warned = true;
      console.warn(`${LOG_PREFIX}${what}; searches are remembered for this page only.`);
    }
  };

  const read = (): readonly string[] => {
    if (!storage) return memory;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      fail('storage could not be read');
      return memory;
    }
    if (raw === null) return (memory = Object.freeze([]));
    const parsed = parse(raw);
    if (parsed) return (memory = Object.freeze(parsed.slice(0, cap)));
    // Not ours, or damaged: keep a copy aside before anything replaces it.
    try {
      const aside = keepAside(storage, key, raw, () => new Date().toISOString());
      if (aside.created) console.warn(`${LOG_PREFIX}the stored value was not a list of searches; a copy was kept under "${aside.key}".`);
    } catch {
      /* storage full or failing: the next write will tell */
    }
    return memory;
  };

  const write = (list: readonly string[]) => {
    memory = Object.freeze(list.slice());
    if (!storage) return;
    try {
      if (list.length) storage.setItem(key, JSON.stringify({ v: FORMAT_VERSION, items: list }));
      else storage.removeItem(key);
    } catch {
      fail('storage could not be written');
    }
  };

  return {
    list: () => read(),
    add(query) {
      const search = clean(query);
      if (!search) return read();
      const list = [search, ...read().filter((q) => !sameSearch(q, search))].slice(0, cap);
      write(list);
      return memory;
    },
    clear() {
      write([]);
    },
    get persistent() {
      return storage !== null;
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
