/**
 * The visitor's bookmarks, kept on their device only.
 *
 * Bookmarks are health-related (what someone reads about their cancer), so this module never sends
 * anything anywhere: no network, and no bookmark id, title or stored content in any warning or
 * result message either, because host pages often forward console output to monitoring services.
 *
 * Storage: one versioned `localStorage` value, `roseup:bookmarks:v1`, holding
 * `{ "v": 1, "items": [{ "id", "savedAt", "title", "url"? }] }`, newest first, kept by
 * `stored-list.ts` (memory fallback, unusable values kept aside, same-page and cross-tab sync);
 * the format and its checks are in `bookmark-format.ts`, the key and version in `bookmark-keys.ts`
 * (shared with `bookmark-peek.ts`, the bookmark button's read before this module is loaded). At most `BOOKMARK_READ_CAP` bookmarks
 * are read (a huge stored list must not freeze the page); the others stay stored as they were.
 */
import { createStoredList } from './stored-list.js';
import { BOOKMARKS_STORAGE_KEY, BOOKMARK_READ_CAP, BOOKMARK_STORE_SYMBOL, BOOKMARK_SYNC_EVENT } from './bookmark-keys.js';
import {
  BOOKMARK_CAP,
  bookmarkFormat,
  cleanTitle,
  cleanUrl,
  idProblem,
  inputProblem,
  invalid,
  makeBookmark,
  type Bookmark,
  type BookmarkFailure,
  type BookmarkInput,
  type BookmarkSuccess,
} from './bookmark-format.js';

export {
  BOOKMARK_CAP,
  BOOKMARK_ID_MAX_LENGTH,
  BOOKMARK_TITLE_MAX_LENGTH,
  BOOKMARK_URL_MAX_LENGTH,
  type Bookmark,
  type BookmarkFailure,
  type BookmarkFailureReason,
  type BookmarkInput,
  type BookmarkSuccess,
} from './bookmark-format.js';

export { BOOKMARKS_STORAGE_KEY, BOOKMARK_READ_CAP, BOOKMARK_STORE_SYMBOL } from './bookmark-keys.js';

const LOG_PREFIX = '[roseup] bookmarks: ';

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
  /** Bookmarks in the list (at most `BOOKMARK_READ_CAP`, or `cap` when larger). */
  readonly count: number;
  /** Bookmarks stored past what is read: kept in storage as they were, not listed. */
  readonly unread: number;
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

const slot = globalThis as unknown as Record<symbol, unknown>;

/** A store of your own (tests, special cases). Elements use `getBookmarkStore()`. */
export function createBookmarkStore(options: BookmarkStoreOptions = {}): BookmarkStore {
  const key = typeof options.key === 'string' && options.key ? options.key : BOOKMARKS_STORAGE_KEY;
  const cap = Number.isInteger(options.cap) && options.cap! >= 0 ? options.cap! : BOOKMARK_CAP;
  const isoNow = (): string => {
    let date: unknown;
    try {
      date = options.now?.();
    } catch {
      // a broken clock: use the real one
    }
    return (date instanceof Date && isFinite(date.getTime()) ? date : new Date()).toISOString();
  };
  const stored = createStoredList<Bookmark>({
    key,
    format: bookmarkFormat,
    cap: Math.max(cap, BOOKMARK_READ_CAP),
    storage: options.storage,
    target: options.target,
    syncEvent: BOOKMARK_SYNC_EVENT,
    logPrefix: LOG_PREFIX,
    memoryNote: 'bookmarks are kept in memory for this page only',
    warn: options.warn,
    now: isoNow,
  });
  let byIdOf: readonly Bookmark[] | undefined;
  let byIdMap = new Map<string, Bookmark>();
  const byId = (): Map<string, Bookmark> => {
    if (byIdOf !== stored.items) byIdMap = new Map((byIdOf = stored.items).map((b) => [b.id, b]));
    return byIdMap;
  };

  /** Applies `change` to the list re-read from storage; a failure leaves everything as it was. */
  const mutate = (change: (items: readonly Bookmark[]) => readonly Bookmark[] | BookmarkFailure | null): BookmarkResult => {
    let failure: BookmarkFailure | undefined;
    const changed = stored.update((items) => {
      const next = change(items);
      if (next && 'ok' in next) {
        failure = next;
        return null;
      }
      return next;
    });
    return failure ?? { ok: true, changed };
  };

  const prepend = (items: readonly Bookmark[], input: BookmarkInput): readonly Bookmark[] | BookmarkFailure =>
    items.length >= cap
      ? { ok: false, reason: 'cap', message: `Cannot save the bookmark: the limit of ${cap} bookmarks is reached. Remove one first.` }
      : [makeBookmark(input.id, isoNow(), cleanTitle(input.title)[0], cleanUrl(input.url)), ...items];

  const without = (items: readonly Bookmark[], id: string) => items.filter((b) => b.id !== id);

  const store: BookmarkStore = {
    cap,
    get persistent() {
      return stored.persistent;
    },
    get keptAside() {
      return stored.keptAside;
    },
    get count() {
      return stored.items.length;
    },
    get unread() {
      return stored.unread;
    },
    list: () => stored.items,
    has: (id) => byId().has(id),
    get: (id) => byId().get(id),
    add(input) {
      const problem = inputProblem(input, true);
      return problem ? invalid('save', problem) : mutate((items) => (byId().has(input.id) ? null : prepend(items, input)));
    },
    remove(id) {
      const problem = idProblem(id);
      return problem ? invalid('remove', problem) : mutate((items) => (byId().has(id) ? without(items, id) : null));
    },
    toggle(input) {
      let problem = inputProblem(input);
      if (problem) return invalid('save', problem);
      let bookmarked = false;
      const result = mutate((items) => {
        if (byId().has(input.id)) return without(items, input.id);
        problem = inputProblem(input, true);
        if (problem) return invalid('save', problem);
        const next = prepend(items, input);
        bookmarked = !('ok' in next);
        return next;
      });
      return result.ok ? { ...result, bookmarked } : result;
    },
    // "Tout effacer" means all: the bookmarks stored past what is read go too.
    clear: () => (stored.unread ? { ok: true, changed: stored.clear() } : mutate((items) => (items.length ? [] : null))),
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError(`${LOG_PREFIX}subscribe() needs a function.`);
      return stored.subscribe(() => listener(stored.items));
    },
    dispose() {
      stored.dispose();
      if (slot[BOOKMARK_STORE_SYMBOL] === store) delete slot[BOOKMARK_STORE_SYMBOL];
    },
  };
  return store;
}

/**
 * The page's one bookmark store, over `localStorage` and `window`. Kept on `globalThis` under
 * `Symbol.for('roseup.bookmark-store.v1')`, so every copy of the bundle on a page shares it and
 * every element sees the same list. Created on first use (importing this module does nothing).
 */
export function getBookmarkStore(): BookmarkStore {
  const existing = slot[BOOKMARK_STORE_SYMBOL] as Record<string, unknown> | undefined;
  if (['list', 'has', 'get', 'add', 'remove', 'toggle', 'clear', 'subscribe'].every((name) => typeof existing?.[name] === 'function')) {
    return existing as unknown as BookmarkStore;
  }
  const store = createBookmarkStore();
  Object.defineProperty(globalThis, BOOKMARK_STORE_SYMBOL, { value: store, configurable: true, writable: true });
  return store;
}
