/**
 * The visitor's bookmarks, kept on their device only.
 *
 * Bookmarks are health-related (what someone reads about their cancer), so this module never sends
 * anything anywhere: no network, and no bookmark id, title or stored content in any warning or
 * result message either, because host pages often forward console output to monitoring services.
 *
 * Storage: one versioned `localStorage` value, `roseup:bookmarks:v1`, holding
 * `{ "v": 1, "items": [{ "id", "savedAt", "title", "url"? }] }`, newest first.
 *
 * What bad input gets (see DESIGN.md):
 * - storage unavailable, disabled or full: the store keeps working in memory for the page's
 *   lifetime (`persistent` becomes false), with a single console warning;
 * - a stored value that is not a v1 bookmark list: it is copied aside, byte for byte, under
 *   `<key>:corrupt` (or `<key>:corrupt:<ISO time>` when that key is taken, never overwriting an
 *   earlier copy), one warning names that key, and the store goes on from the last list it knew
 *   (empty on load). The main key is left as found until the visitor changes something;
 * - a valid value with some unusable entries: those entries are dropped, the original value is
 *   copied aside the same way, and nothing is written back until the visitor changes something.
 *
 * Every write first re-reads the stored list, so a change made in another tab in the meantime is
 * kept (read, apply the change, write). Changes in other tabs arrive through the `storage` event;
 * other stores over the same storage and target on this page are told through a same-page event.
 */

/** Key of the stored value. Versioned: a future incompatible format gets a new key. */
import { keepAside, reachLocalStorage } from './storage.js';

export const BOOKMARKS_STORAGE_KEY = 'roseup:bookmarks:v1';
/** Default maximum number of bookmarks. */
export const BOOKMARK_CAP = 500;
/** Titles are trimmed, whitespace-collapsed and cut at this many UTF-16 code units. */
export const BOOKMARK_TITLE_MAX_LENGTH = 500;
/** Ids (permalinks) longer than this are refused; ids are otherwise kept exactly as given. */
export const BOOKMARK_ID_MAX_LENGTH = 2048;
/** URLs longer than this are dropped. */
export const BOOKMARK_URL_MAX_LENGTH = 2048;
/** Where `getBookmarkStore` keeps the page's shared store, so every copy of the bundle finds it. */
export const BOOKMARK_STORE_SYMBOL = Symbol.for('roseup.bookmark-store.v1');

/** Same-page notice between stores sharing a storage and a target (no bookmark data in it). */
const SYNC_EVENT = 'roseup-bookmark-store-sync';
const LOG_PREFIX = '[RoseUp Elements] bookmarks: ';

export interface Bookmark {
  id: string;
  /** When it was saved, ISO 8601 in UTC (`Date#toISOString`). */
  savedAt: string;
  title: string;
  /** Absolute `http:`/`https:` URL, when one was given. */
  url?: string;
}

/** What `add` and `toggle` take. `url` is dropped unless it is an absolute http(s) URL. */
export interface BookmarkInput {
  id: string;
  title: string;
  url?: string;
}

/**
 * Why a change was refused. Storage trouble is never a failure: the store falls back to memory.
 * - `cap`: the list already holds `cap` bookmarks; nothing was stored.
 * - `invalid`: the arguments are unusable (empty id, title not a string...); nothing was stored.
 */
export type BookmarkFailureReason = 'cap' | 'invalid';

export interface BookmarkFailure {
  ok: false;
  reason: BookmarkFailureReason;
  /** For developers (English); elements localise by `reason`. Never contains bookmark data. */
  message: string;
}

export interface BookmarkSuccess {
  ok: true;
  /** False when the call changed nothing (already saved, not there, already empty). */
  changed: boolean;
}

export type BookmarkResult = BookmarkSuccess | BookmarkFailure;

export type BookmarkToggleResult = (BookmarkSuccess & { /** State after the call. */ bookmarked: boolean }) | BookmarkFailure;

export type BookmarkListener = (items: readonly Bookmark[]) => void;

export interface BookmarkStore {
  /** Newest first. Frozen; the same array until the list changes. */
  list(): readonly Bookmark[];
  has(id: string): boolean;
  get(id: string): Bookmark | undefined;
  /** Saves a bookmark at the top of the list. Already saved: `{ ok: true, changed: false }`, kept as it was. */
  add(input: BookmarkInput): BookmarkResult;
  remove(id: string): BookmarkResult;
  /** Removes the bookmark if saved, else adds it. */
  toggle(input: BookmarkInput): BookmarkToggleResult;
  clear(): BookmarkResult;
  /**
   * Calls `listener` with the new list after every change, made on this page or in another tab.
   * Not called on subscription (read `list()` for the current state). Returns the unsubscribe function.
   */
  subscribe(listener: BookmarkListener): () => void;
  /** False when nothing is being saved: storage unavailable, failed, or not wanted (`storage: null`). */
  readonly persistent: boolean;
  /** The key under which an unusable stored value was kept aside on this page, if one was. */
  readonly keptAside: string | undefined;
  readonly count: number;
  readonly cap: number;
  /**
   * Stops listening to events and drops subscribers. For stores you created yourself and for
   * tests; elements must never dispose the shared store from `getBookmarkStore()`.
   */
  dispose(): void;
}

export interface BookmarkStoreOptions {
  /** Defaults to `localStorage` (reached inside try/catch); `null` keeps bookmarks in memory only. */
  storage?: Storage | null;
  key?: string;
  cap?: number;
  /** Receives `storage` events from other tabs; defaults to `window`. `null`: no sync. */
  target?: EventTarget | null;
  now?: () => Date;
  /** Defaults to `console.warn`. */
  warn?: (message: string) => void;
}

interface SyncDetail {
  key: string;
  storage: Storage;
  source: object;
}

const EMPTY: readonly Bookmark[] = Object.freeze([]);
const slot = globalThis as unknown as Record<symbol, unknown>;

/** "null", "an array", or the `typeof`: names a value's type without showing it. */
const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeName(value) == 'object';

/** Why an id is unusable, or '' when it is fine. Ids are never altered. */
const idProblem = (id: unknown): string =>
  typeof id != 'string'
    ? `id must be a string, got ${typeName(id)}`
    : !id.trim()
      ? 'id must not be empty'
      : id.length > BOOKMARK_ID_MAX_LENGTH
        ? `id is longer than ${BOOKMARK_ID_MAX_LENGTH} characters`
        : '';

/** Why `{ id, title, url? }` is unusable, or ''. Without `withTitle`, only the id is checked (enough to remove). */
const inputProblem = (input: unknown, withTitle?: boolean): string =>
  !isRecord(input)
    ? `expected { id, title, url? }, got ${typeName(input)}`
    : idProblem(input.id) ||
      (withTitle && typeof input.title != 'string' ? `title must be a string, got ${typeName(input.title)}` : '');

const invalid = (action: string, problem: string): BookmarkFailure => ({
  ok: false,
  reason: 'invalid',
  message: `Cannot ${action} the bookmark: ${problem}.`,
});

/** Trimmed, whitespace collapsed, control characters removed, cut at the maximum length; and whether it was cut. */
function cleanTitle(title: string): [string, boolean] {
  // C0/C1 controls that are not whitespace become spaces, then whitespace is collapsed.
  const clean = title.replace(/[\0-\b\x0E-\x1F\x7F-\x9F]/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = clean.length > BOOKMARK_TITLE_MAX_LENGTH;
  // Cut, never leaving half of a surrogate pair at the end.
  return [cut ? clean.slice(0, BOOKMARK_TITLE_MAX_LENGTH).replace(/[\uD800-\uDBFF]$/, '').trimEnd() : clean, cut];
}

/** The URL's normalised form if it is an absolute http(s) URL, else undefined. */
function cleanUrl(url: unknown): string | undefined {
  if (typeof url == 'string' && url.trim().length <= BOOKMARK_URL_MAX_LENGTH) {
    try {
      const { protocol, href } = new URL(url.trim());
      if (/^https?:$/.test(protocol) && href.length <= BOOKMARK_URL_MAX_LENGTH) return href;
    } catch {
      // not a URL
    }
  }
  return undefined;
}

const makeBookmark = (id: string, savedAt: string, title: string, url: string | undefined): Bookmark =>
  Object.freeze(url === undefined ? { id, savedAt, title } : { id, savedAt, title, url });

/**
 * Reads a stored value: the problem (a string) when the value as a whole is not a v1 list, else
 * its usable entries and what was dropped or lost (an entry, a URL, the end of a title; harmless
 * normalisation of whitespace, URL and date spelling is not listed). Problems name positions and
 * kinds only, never content.
 */
function parseStored(raw: string): string | [Bookmark[], string[]] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  if (!isRecord(data)) return `not an object (${typeName(data)})`;
  const { v, items } = data;
  if (v !== 1) return `unknown format version ${typeof v == 'number' || typeof v == 'string' ? JSON.stringify(v) : typeName(v)}`;
  if (!Array.isArray(items)) return `"items" is not an array (${typeName(items)})`;

  const list: Bookmark[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  items.forEach((entry: unknown, index) => {
    const problem = (text: string) => problems.push(`entry ${index}: ${text}`);
    const bad = inputProblem(entry, true);
    if (bad) return problem(bad);
    const { id, title, savedAt, url } = entry as Record<string, unknown> & BookmarkInput;
    const time = typeof savedAt == 'string' ? Date.parse(savedAt) : NaN;
    if (isNaN(time)) return problem('savedAt is not a date');
    if (seen.has(id)) return problem('duplicate id');
    seen.add(id);
    const [clean, cut] = cleanTitle(title);
    if (cut) problem(`title cut at ${BOOKMARK_TITLE_MAX_LENGTH} characters`);
    const href = cleanUrl(url);
    if (href === undefined && url != null) problem('url dropped (not an absolute http(s) URL)');
    list.push(makeBookmark(id, new Date(time).toISOString(), clean, href));
  });
  return [list, problems];
}

/** Reports a subscriber's exception like an uncaught one, without stopping the other subscribers. */
function reportListenerError(error: unknown): void {
  if (typeof reportError == 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

/** A store of your own (tests, special cases). Elements use `getBookmarkStore()`. */
export function createBookmarkStore(options: BookmarkStoreOptions = {}): BookmarkStore {
  const key = typeof options.key == 'string' && options.key ? options.key : BOOKMARKS_STORAGE_KEY;
  const cap = Number.isInteger(options.cap) && options.cap! >= 0 ? options.cap! : BOOKMARK_CAP;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const target =
    options.target !== undefined
      ? options.target
      : typeof window != 'undefined' && typeof window.addEventListener == 'function'
        ? window
        : null;
  /** Null once storage is unavailable or has failed: memory only from then on. */
  let storage: Storage | null | undefined = options.storage;
  let items = EMPTY;
  let byId = new Map<string, Bookmark>();
  /** Last stored value read or written; `undefined` before the first read. */
  let lastRaw: string | null | undefined;
  let warned = false;
  // A wrapper per subscription: the same function subscribed twice is two subscriptions.
  const listeners = new Set<{ listener: BookmarkListener }>();

  const isoNow = (): string => {
    let date: unknown;
    try {
      date = options.now?.();
    } catch {
      // a broken clock: use the real one
    }
    return (date instanceof Date && isFinite(date.getTime()) ? date : new Date()).toISOString();
  };

  /** Switches to memory for the rest of the page's life; warns the first time only. */
  const fallBack = (what: string, error?: unknown): void => {
    storage = null;
    if (warned) return;
    warned = true;
    warn(`${LOG_PREFIX}${what}${error === undefined ? '' : ` (${String(error)})`}; bookmarks are kept in memory for this page only.`);
  };

  const setItems = (next: readonly Bookmark[]): boolean => {
    if (next === items || JSON.stringify(next) == JSON.stringify(items)) return false;
    items = next.length ? Object.freeze([...next]) : EMPTY;
    byId = new Map(items.map((b) => [b.id, b]));
    return true;
  };

  const notify = (): void => {
    for (const entry of [...listeners]) {
      if (!listeners.has(entry)) continue; // unsubscribed by an earlier listener
      try {
        entry.listener(items);
      } catch (error) {
        reportListenerError(error);
      }
    }
  };

  let asideKey: string | undefined;

  /** Keeps an unusable stored value aside; undefined when it could not be kept (storage is then dropped). */
  const keepCorruptAside = (store: Storage, raw: string): string | undefined => {
    try {
      return keepAside(store, key, raw, isoNow).key;
    } catch (error) {
      fallBack(`the value stored under "${key}" is unusable and could not be kept aside, so it is left untouched`, error);
    }
  };

  /**
   * Brings the in-memory list up to date with storage. Returns true when the list changed.
   * Never writes the main key; may copy an unusable value aside.
   */
  const refresh = (): boolean => {
    const store = storage;
    if (!store) return false;
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch (error) {
      fallBack('reading localStorage failed', error);
      return false;
    }
    raw = raw == null ? null : String(raw);
    if (raw === lastRaw) return false;
    lastRaw = raw;
    if (raw === null) return setItems(EMPTY);
    const parsed = parseStored(raw);
    const whole = typeof parsed == 'string';
    if (whole || parsed[1].length) {
      const aside = keepCorruptAside(store, raw);
      if (aside) {
        asideKey = aside;
        const problems = whole ? [parsed] : parsed[1];
        const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
        warn(
          `${LOG_PREFIX}the value stored under "${key}" ${whole ? 'is unusable' : 'has unusable parts, left out'} ` +
            `(${problems.slice(0, 5).join('; ')}${more}); the original was kept unchanged under "${aside}"` +
            (!whole ? '.' : items.length ? '. Going on from the last list read on this page.' : '. Bookmarks start empty.'),
        );
      }
    }
    return !whole && setItems(parsed[0]);
  };

  /** Writes the in-memory list (an empty list removes the key). False when it fell back to memory. */
  const write = (): boolean => {
    if (!storage) return false;
    try {
      const raw = items.length ? JSON.stringify({ v: 1, items }) : null;
      if (raw === null) storage.removeItem(key);
      else storage.setItem(key, raw);
      lastRaw = raw;
      return true;
    } catch (error) {
      fallBack(/quota/i.test((error as Error)?.name) ? 'localStorage is full' : 'writing to localStorage failed', error);
      return false;
    }
  };

  /**
   * Re-reads storage (so another tab's recent change is kept), applies `change` to the current
   * list, writes the result and notifies. `change` returns the new list, null for "nothing to do",
   * or a failure (nothing is written then).
   */
  const mutate = (change: () => readonly Bookmark[] | BookmarkFailure | null): BookmarkResult => {
    const refreshed = refresh();
    const next = change();
    if (!next || 'ok' in next) {
      if (refreshed) notify();
      return next ?? { ok: true, changed: false };
    }
    setItems(next);
    const written = write();
    notify();
    // Tells other stores on this page over the same storage and target to re-read.
    if (written && target && typeof CustomEvent == 'function') {
      target.dispatchEvent(new CustomEvent<SyncDetail>(SYNC_EVENT, { detail: { key, storage: storage!, source: store } }));
    }
    return { ok: true, changed: true };
  };

  const prepend = (input: BookmarkInput): readonly Bookmark[] | BookmarkFailure =>
    items.length >= cap
      ? { ok: false, reason: 'cap', message: `Cannot save the bookmark: the limit of ${cap} bookmarks is reached. Remove one first.` }
      : [makeBookmark(input.id, isoNow(), cleanTitle(input.title)[0], cleanUrl(input.url)), ...items];

  const without = (id: string) => items.filter((b) => b.id !== id);

  const reread = () => {
    if (refresh()) notify();
  };
  const onStorage = (event: Event) => {
    // key null: localStorage.clear() in another tab.
    const { key: changed, storageArea } = event as StorageEvent;
    if ((changed === null || changed === key) && (!storageArea || storageArea === storage)) reread();
  };
  const onSync = (event: Event) => {
    const detail = (event as CustomEvent<SyncDetail | undefined>).detail;
    if (detail && detail.source !== store && detail.key === key && detail.storage === storage) reread();
  };

  const store: BookmarkStore = {
    cap,
    get persistent() {
      return storage !== null;
    },
    get keptAside() {
      return asideKey;
    },
    get count() {
      return items.length;
    },
    list: () => items,
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    add(input) {
      const problem = inputProblem(input, true);
      return problem ? invalid('save', problem) : mutate(() => (byId.has(input.id) ? null : prepend(input)));
    },
    remove(id) {
      const problem = idProblem(id);
      return problem ? invalid('remove', problem) : mutate(() => (byId.has(id) ? without(id) : null));
    },
    toggle(input) {
      let problem = inputProblem(input);
      if (problem) return invalid('save', problem);
      let bookmarked = false;
      const result = mutate(() => {
        if (byId.has(input.id)) return without(input.id);
        problem = inputProblem(input, true);
        if (problem) return invalid('save', problem);
        const next = prepend(input);
        bookmarked = !('ok' in next);
        return next;
      });
      return result.ok ? { ...result, bookmarked } : result;
    },
    clear: () => mutate(() => (items.length ? EMPTY : null)),
    subscribe(listener) {
      if (typeof listener != 'function') throw new TypeError(`${LOG_PREFIX}subscribe() needs a function.`);
      const entry = { listener };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    dispose() {
      target?.removeEventListener('storage', onStorage);
      target?.removeEventListener(SYNC_EVENT, onSync);
      listeners.clear();
      if (slot[BOOKMARK_STORE_SYMBOL] === store) delete slot[BOOKMARK_STORE_SYMBOL];
    },
  };

  if (storage === undefined) {
    const reached = reachLocalStorage();
    storage = reached.storage;
    if (!storage) fallBack('localStorage is not available', reached.error);
  }
  refresh();
  target?.addEventListener('storage', onStorage);
  target?.addEventListener(SYNC_EVENT, onSync);
  return store;
}

/**
 * The page's one bookmark store, over `localStorage` and `window`. Kept on `globalThis` under
 * `Symbol.for('roseup.bookmark-store.v1')`, so every copy of the bundle on a page shares it and
 * every element sees the same list. Created on first use (importing this module does nothing).
 */
export function getBookmarkStore(): BookmarkStore {
  const existing = slot[BOOKMARK_STORE_SYMBOL] as Record<string, unknown> | undefined;
  if (['list', 'has', 'get', 'add', 'remove', 'toggle', 'clear', 'subscribe'].every((name) => typeof existing?.[name] == 'function')) {
    return existing as unknown as BookmarkStore;
  }
  const store = createBookmarkStore();
  Object.defineProperty(globalThis, BOOKMARK_STORE_SYMBOL, { value: store, configurable: true, writable: true });
  return store;
}
