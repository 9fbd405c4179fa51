/**
 * A list kept on the visitor's device under one versioned `localStorage` key,
 * `{ "v": <version>, "items": [...] }`: the plumbing that bookmarks and recent searches share.
 *
 * - Storage unavailable, disabled or full: the list lives in memory for the page's lifetime
 *   (`persistent` becomes false), with a single warning.
 * - A stored value that is not such a list, or has unusable entries: copied aside, byte for byte
 *   (see `keepAside`), with one warning naming positions and kinds only, never content; the main
 *   key is left as found until the visitor changes something.
 * - Reading stops once the format has the entries it keeps (`parse` is given the cap): a huge
 *   stored list costs one `JSON.parse`, not work per entry. Entries past the cap are written back
 *   untouched when the format asks (`keepUnread`), so nothing stored is lost.
 * - Every change re-reads storage first (another tab's recent change is kept), then writes and
 *   tells subscribers, the other lists on this page (same-page event) and, through the browser's
 *   `storage` event, other tabs.
 */
import { keepAside, reachLocalStorage } from './storage.js';

/** What a format makes of the stored `items` array. */
export interface ParsedEntries<T> {
  /** The usable entries, at most the cap. */
  list: T[];
  /** One line per unusable or altered entry ("entry 3: duplicate id"): positions and kinds, never content. */
  problems: string[];
  /** Index of the first entry not read (the cap was reached), or `items.length`. */
  readUpTo: number;
}

export interface StoredListFormat<T> {
  version: number;
  /** Reads `items` from the start and stops once `cap` entries are kept. */
  parse(items: readonly unknown[], cap: number): ParsedEntries<T>;
  /** Entries past the cap are written back as they were (true), or dropped (false). */
  keepUnread: boolean;
}

export interface StoredListOptions<T> {
  key: string;
  format: StoredListFormat<T>;
  /** Most entries read and kept in memory. */
  cap: number;
  /** Default `localStorage` (reached inside try/catch); `null`: memory only. */
  storage?: Storage | null;
  /** Receives `storage` events and the same-page notice; default `window`, `null`: no sync. */
  target?: EventTarget | null;
  /** Name of the same-page notice (no data in it). */
  syncEvent: string;
  /** Starts every warning, e.g. "[roseup] bookmarks: ". */
  logPrefix: string;
  /** What memory-only means, ending the warning ("bookmarks are kept in memory for this page only"). */
  memoryNote: string;
  warn?: (message: string) => void;
  /** For the time stamp of a kept-aside copy. */
  now?: () => string;
}

export interface StoredList<T> {
  /** The entries in memory, newest first. Frozen; the same array until they change. */
  readonly items: readonly T[];
  /** Brings `items` up to date with storage; true when they changed. Never writes the main key. */
  refresh(): boolean;
  /**
   * Re-reads storage, applies `change` to the current entries, writes the result and notifies.
   * `change` returns the new entries, or null for "nothing to do" (nothing is written).
   */
  update(change: (current: readonly T[]) => readonly T[] | null): boolean;
  /** Empties the list, the entries stored past the cap included. */
  clear(): boolean;
  /** Called after every change, here or elsewhere. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** False when nothing is being saved: storage unavailable, failed, or not wanted. */
  readonly persistent: boolean;
  /** The key under which an unusable stored value was kept aside on this page, if one was. */
  readonly keptAside: string | undefined;
  /** Entries stored past the cap, not read (kept, or dropped at the next write, as the format says). */
  readonly unread: number;
  dispose(): void;
}

interface SyncDetail {
  key: string;
  storage: Storage;
  source: object;
}

const EMPTY: readonly never[] = Object.freeze([]);

/** "null", "an array", or the `typeof`: names a value's type without showing it. */
export const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export const isRecord = (value: unknown): value is Record<string, unknown> => typeName(value) === 'object';

/** Reports a subscriber's exception like an uncaught one, without stopping the other subscribers. */
function reportListenerError(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

export function createStoredList<T>(options: StoredListOptions<T>): StoredList<T> {
  const { key, format, cap, logPrefix } = options;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const now = options.now ?? (() => new Date().toISOString());
  const target =
    options.target !== undefined
      ? options.target
      : typeof window !== 'undefined' && typeof window.addEventListener === 'function'
        ? window
        : null;
  /** Null once storage is unavailable or has failed: memory only from then on. */
  let storage: Storage | null | undefined = options.storage;
  let items: readonly T[] = EMPTY;
  /** Stored entries past the cap, as they were. */
  let tail: readonly unknown[] = EMPTY;
  /** Last stored value read or written; `undefined` before the first read. */
  let lastRaw: string | null | undefined;
  let warned = false;
  let asideKey: string | undefined;
  // A wrapper per subscription: the same function subscribed twice is two subscriptions.
  const listeners = new Set<{ listener: () => void }>();

  /** Switches to memory for the rest of the page's life; warns the first time only. */
  const fallBack = (what: string, error?: unknown): void => {
    storage = null;
    if (warned) return;
    warned = true;
    warn(`${logPrefix}${what}${error === undefined ? '' : ` (${String(error)})`}; ${options.memoryNote}.`);
  };

  const setItems = (next: readonly T[]): boolean => {
    if (next === items || JSON.stringify(next) === JSON.stringify(items)) return false;
    items = next.length ? Object.freeze([...next]) : EMPTY;
    return true;
  };

  const notify = (): void => {
    for (const entry of [...listeners]) {
      if (!listeners.has(entry)) continue; // unsubscribed by an earlier listener
      try {
        entry.listener();
      } catch (error) {
        reportListenerError(error);
      }
    }
  };

  /** The value's entries, or why the value as a whole is not a list of this format. */
  const parseRaw = (raw: string): string | ParsedEntries<T> => {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return 'not valid JSON';
    }
    if (!isRecord(data)) return `not an object (${typeName(data)})`;
    const { v, items: entries } = data;
    if (v !== format.version) {
      return `unknown format version ${typeof v === 'number' || typeof v === 'string' ? JSON.stringify(v) : typeName(v)}`;
    }
    if (!Array.isArray(entries)) return `"items" is not an array (${typeName(entries)})`;
    const parsed = format.parse(entries, cap);
    tail = format.keepUnread && parsed.readUpTo < entries.length ? entries.slice(parsed.readUpTo) : EMPTY;
    return parsed;
  };

  /** Keeps an unusable stored value aside, with one warning; storage is dropped if that fails. */
  const keepBadValueAside = (store: Storage, raw: string, problems: string[], whole: boolean): void => {
    let aside: string;
    try {
      aside = keepAside(store, key, raw, now).key;
    } catch (error) {
      fallBack(`the value stored under "${key}" is unusable and could not be kept aside, so it is left untouched`, error);
      return;
    }
    asideKey = aside;
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    warn(
      `${logPrefix}the value stored under "${key}" ${whole ? 'is unusable' : 'has unusable parts, left out'} ` +
        `(${problems.slice(0, 5).join('; ')}${more}); the original was kept unchanged under "${aside}"` +
        (!whole ? '.' : items.length ? '. Going on from the last list read on this page.' : '. The list starts empty.'),
    );
  };

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
    raw = raw === null || raw === undefined ? null : String(raw);
    if (raw === lastRaw) return false;
    lastRaw = raw;
    if (raw === null) {
      tail = EMPTY;
      return setItems(EMPTY);
    }
    const parsed = parseRaw(raw);
    const whole = typeof parsed === 'string';
    if (whole || parsed.problems.length) keepBadValueAside(store, raw, whole ? [parsed] : parsed.problems, whole);
    return !whole && setItems(parsed.list);
  };

  /** Writes the entries, and the unread ones after them (nothing left removes the key). */
  const write = (): boolean => {
    if (!storage) return false;
    try {
      const all = tail.length ? [...items, ...tail] : items;
      const raw = all.length ? JSON.stringify({ v: format.version, items: all }) : null;
      if (raw === null) storage.removeItem(key);
      else storage.setItem(key, raw);
      lastRaw = raw;
      return true;
    } catch (error) {
      fallBack(/quota/i.test((error as Error)?.name) ? 'localStorage is full' : 'writing to localStorage failed', error);
      return false;
    }
  };

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
    if (detail && detail.source !== list && detail.key === key && detail.storage === storage) reread();
  };

  const list: StoredList<T> = {
    get items() {
      return items;
    },
    get persistent() {
      return storage !== null;
    },
    get keptAside() {
      return asideKey;
    },
    get unread() {
      return tail.length;
    },
    refresh,
    update(change) {
      const refreshed = refresh();
      const next = change(items);
      if (!next) {
        if (refreshed) notify();
        return false;
      }
      setItems(next);
      const written = write();
      notify();
      // Tells other lists on this page over the same storage and target to re-read.
      if (written && target && typeof CustomEvent === 'function') {
        target.dispatchEvent(new CustomEvent<SyncDetail>(options.syncEvent, { detail: { key, storage: storage!, source: list } }));
      }
      return true;
    },
    clear() {
      tail = EMPTY;
      // Written even when nothing is read: the entries past the cap, or a bad value, go too.
      return list.update(() => []);
    },
    subscribe(listener) {
      const entry = { listener };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    dispose() {
      target?.removeEventListener('storage', onStorage);
      target?.removeEventListener(options.syncEvent, onSync);
      listeners.clear();
    },
  };

  if (storage === undefined) {
    const reached = reachLocalStorage();
    storage = reached.storage;
    if (!storage) fallBack('localStorage is not available', reached.error);
  }
  refresh();
  target?.addEventListener('storage', onStorage);
  target?.addEventListener(options.syncEvent, onSync);
  return list;
}
