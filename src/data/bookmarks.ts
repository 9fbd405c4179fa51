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

const FORMAT_VERSION = 1;
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

/* ------------------------------------------------------------------------------------------ */
/* Sanitising                                                                                 */
/* ------------------------------------------------------------------------------------------ */

// C0/C1 control characters that are not whitespace (whitespace is collapsed separately).
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Trimmed, whitespace collapsed, control characters removed, cut at the maximum length. */
function cleanTitle(title: string): { title: string; cut: boolean } {
  let clean = title.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
  const cut = clean.length > BOOKMARK_TITLE_MAX_LENGTH;
  if (cut) {
    clean = clean.slice(0, BOOKMARK_TITLE_MAX_LENGTH);
    // Do not leave half of a surrogate pair at the end.
    if (/[\uD800-\uDBFF]$/.test(clean)) clean = clean.slice(0, -1);
    clean = clean.trimEnd();
  }
  return { title: clean, cut };
}

/** The URL's normalised form if it is an absolute http(s) URL, else undefined. */
function cleanUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > BOOKMARK_URL_MAX_LENGTH) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.length > BOOKMARK_URL_MAX_LENGTH ? undefined : parsed.href;
}

/** Why an id is unusable, or null when it is fine. Ids are never altered. */
function idProblem(id: unknown): string | null {
  if (typeof id !== 'string') return `id must be a string, got ${describeType(id)}`;
  if (id.trim() === '') return 'id must not be empty';
  if (id.length > BOOKMARK_ID_MAX_LENGTH) return `id is longer than ${BOOKMARK_ID_MAX_LENGTH} characters`;
  return null;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function makeBookmark(id: string, savedAt: string, title: string, url: string | undefined): Bookmark {
  const bookmark: Bookmark = url === undefined ? { id, savedAt, title } : { id, savedAt, title, url };
  return Object.freeze(bookmark);
}

function isoNow(now: () => Date): string {
  let date: Date;
  try {
    date = now();
  } catch {
    date = new Date();
  }
  return date instanceof Date && Number.isFinite(date.getTime()) ? date.toISOString() : new Date().toISOString();
}

/* ------------------------------------------------------------------------------------------ */
/* Stored format                                                                              */
/* ------------------------------------------------------------------------------------------ */

type Parsed =
  | { usable: true; items: Bookmark[]; problems: string[] }
  | { usable: false; problem: string };

/**
 * Reads a stored value. `usable: false` means the value as a whole is not a v1 list.
 * `problems` lists entries dropped or altered in a way that loses information (an entry, a URL,
 * the end of a title); harmless normalisation (whitespace, URL and date spelling) is not listed.
 * Problems describe positions and kinds only, never content.
 */
function parseStored(raw: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { usable: false, problem: 'not valid JSON' };
  }
  if (!isRecord(data)) return { usable: false, problem: `not an object (${describeType(data)})` };
  if (data.v !== FORMAT_VERSION) {
    const v = typeof data.v === 'number' || typeof data.v === 'string' ? JSON.stringify(data.v) : describeType(data.v);
    return { usable: false, problem: `unknown format version ${v}` };
  }
  if (!Array.isArray(data.items)) return { usable: false, problem: `"items" is not an array (${describeType(data.items)})` };

  const items: Bookmark[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  data.items.forEach((entry: unknown, index: number) => {
    const where = `entry ${index}`;
    if (!isRecord(entry)) return void problems.push(`${where}: not an object`);
    const badId = idProblem(entry.id);
    if (badId) return void problems.push(`${where}: ${badId}`);
    if (typeof entry.title !== 'string') return void problems.push(`${where}: title must be a string, got ${describeType(entry.title)}`);
    const time = typeof entry.savedAt === 'string' ? Date.parse(entry.savedAt) : NaN;
    if (!Number.isFinite(time)) return void problems.push(`${where}: savedAt is not a date`);
    const id = entry.id as string;
    if (seen.has(id)) return void problems.push(`${where}: duplicate id`);
    seen.add(id);
    const { title, cut } = cleanTitle(entry.title);
    if (cut) problems.push(`${where}: title cut at ${BOOKMARK_TITLE_MAX_LENGTH} characters`);
    const url = cleanUrl(entry.url);
    if (url === undefined && entry.url !== undefined && entry.url !== null) problems.push(`${where}: url dropped (not an absolute http(s) URL)`);
    items.push(makeBookmark(id, new Date(time).toISOString(), title, url));
  });
  return { usable: true, items, problems };
}

function serialise(items: readonly Bookmark[]): string {
  return JSON.stringify({ v: FORMAT_VERSION, items });
}

function sameList(a: readonly Bookmark[], b: readonly Bookmark[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return x.id === y.id && x.savedAt === y.savedAt && x.title === y.title && x.url === y.url;
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Environment                                                                                */
/* ------------------------------------------------------------------------------------------ */

/** `localStorage`, whose mere getter throws in some browsers and settings (SecurityError). */
function reachLocalStorage(): { storage: Storage | null; error?: unknown } {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return { storage: storage ?? null, error: storage ? undefined : new Error('localStorage is not defined') };
  } catch (error) {
    return { storage: null, error };
  }
}

function defaultTarget(): EventTarget | null {
  return typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : null;
}

function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof name === 'string' && typeof message === 'string') return message ? `${name}: ${message}` : name;
  }
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Reports a subscriber's exception like an uncaught one, without stopping the other subscribers. */
function reportListenerError(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

interface SyncDetail {
  key: string;
  storage: Storage;
  source: object;
}

/* ------------------------------------------------------------------------------------------ */
/* Store                                                                                      */
/* ------------------------------------------------------------------------------------------ */

const EMPTY: readonly Bookmark[] = Object.freeze([]);
/** `readRaw` could not read (the store has fallen back to memory). */
const UNREADABLE = Symbol('unreadable');

class LocalBookmarkStore implements BookmarkStore {
  readonly cap: number;
  private readonly key: string;
  private readonly target: EventTarget | null;
  private readonly now: () => Date;
  private readonly warn: (message: string) => void;
  /** Null once storage is unavailable or has failed: memory only from then on. */
  private storage: Storage | null;
  private items: readonly Bookmark[] = EMPTY;
  private byId = new Map<string, Bookmark>();
  /** Last stored value read or written; `undefined` before the first read. */
  private lastRaw: string | null | undefined = undefined;
  private storageWarned = false;
  /** Values this store has kept aside, and where. */
  private readonly keptAside = new Map<string, string>();
  private readonly listeners = new Set<{ listener: BookmarkListener }>();
  private readonly onStorage: (event: Event) => void;
  private readonly onSync: (event: Event) => void;
  private disposed = false;

  constructor(options: BookmarkStoreOptions) {
    this.key = typeof options.key === 'string' && options.key !== '' ? options.key : BOOKMARKS_STORAGE_KEY;
    this.cap =
      typeof options.cap === 'number' && Number.isInteger(options.cap) && options.cap >= 0 ? options.cap : BOOKMARK_CAP;
    this.now = options.now ?? (() => new Date());
    this.warn = options.warn ?? ((message) => console.warn(message));
    this.target = options.target === undefined ? defaultTarget() : options.target;
    this.onStorage = (event) => this.handleStorageEvent(event);
    this.onSync = (event) => this.handleSyncEvent(event);

    if (options.storage === undefined) {
      const reached = reachLocalStorage();
      this.storage = reached.storage;
      if (!reached.storage) this.fallBack('localStorage is not available', reached.error);
    } else {
      this.storage = options.storage;
    }
    this.refresh();
    this.target?.addEventListener('storage', this.onStorage);
    this.target?.addEventListener(SYNC_EVENT, this.onSync);
  }

  get persistent(): boolean {
    return this.storage !== null;
  }

  get count(): number {
    return this.items.length;
  }

  list(): readonly Bookmark[] {
    return this.items;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Bookmark | undefined {
    return this.byId.get(id);
  }

  add(input: BookmarkInput): BookmarkResult {
    const candidate = validateInput(input, true);
    if (!candidate.ok) return candidate;
    return this.mutate((current) => (current.some((b) => b.id === candidate.id) ? null : this.prepend(current, candidate)));
  }

  remove(id: string): BookmarkResult {
    const problem = idProblem(id);
    if (problem) return failure('invalid', `Cannot remove the bookmark: ${problem}.`);
    return this.mutate((current) => (current.some((b) => b.id === id) ? current.filter((b) => b.id !== id) : null));
  }

  toggle(input: BookmarkInput): BookmarkToggleResult {
    const id = validateInput(input, false);
    if (!id.ok) return id;
    let bookmarked = false;
    let invalid: BookmarkFailure | undefined;
    const result = this.mutate((current) => {
      if (current.some((b) => b.id === id.id)) return current.filter((b) => b.id !== id.id);
      const candidate = validateInput(input, true);
      if (!candidate.ok) return (invalid = candidate);
      const next = this.prepend(current, candidate);
      bookmarked = !('ok' in next);
      return next;
    });
    if (invalid) return invalid;
    return result.ok ? { ok: true, changed: result.changed, bookmarked } : result;
  }

  clear(): BookmarkResult {
    return this.mutate((current) => (current.length > 0 ? EMPTY : null));
  }

  subscribe(listener: BookmarkListener): () => void {
    if (typeof listener !== 'function') throw new TypeError(`${LOG_PREFIX}subscribe() needs a function.`);
    // A wrapper per subscription: subscribing the same function twice gives two independent subscriptions.
    const entry = { listener };
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.target?.removeEventListener('storage', this.onStorage);
    this.target?.removeEventListener(SYNC_EVENT, this.onSync);
    this.listeners.clear();
    const slot = globalThis as unknown as Record<symbol, unknown>;
    if (slot[BOOKMARK_STORE_SYMBOL] === this) delete slot[BOOKMARK_STORE_SYMBOL];
  }

  /* -- changes ------------------------------------------------------------------------------ */

  private prepend(current: readonly Bookmark[], candidate: ValidInput): readonly Bookmark[] | BookmarkFailure {
    if (current.length >= this.cap) {
      return failure(
        'cap',
        `Cannot save the bookmark: the limit of ${this.cap} bookmarks is reached. Remove one first.`,
      );
    }
    return [makeBookmark(candidate.id, isoNow(this.now), candidate.title, candidate.url), ...current];
  }

  /**
   * Re-reads storage (so another tab's recent change is kept), applies `change` to the current
   * list, writes the result and notifies. `change` returns the new list, null for "nothing to do",
   * or a failure (nothing is written then).
   */
  private mutate(change: (current: readonly Bookmark[]) => readonly Bookmark[] | BookmarkFailure | null): BookmarkResult {
    const refreshed = this.refresh();
    const next = change(this.items);
    if (next === null || 'ok' in next) {
      if (refreshed) this.notify();
      return next ?? { ok: true, changed: false };
    }
    this.setItems(next);
    const written = this.write();
    this.notify();
    if (written) this.broadcast();
    return { ok: true, changed: true };
  }

  private setItems(next: readonly Bookmark[]): boolean {
    if (sameList(this.items, next)) return false;
    this.items = next.length === 0 ? EMPTY : Object.freeze([...next]);
    this.byId = new Map(this.items.map((b) => [b.id, b]));
    return true;
  }

  private notify(): void {
    const items = this.items;
    for (const entry of [...this.listeners]) {
      if (!this.listeners.has(entry)) continue; // unsubscribed by an earlier listener
      try {
        entry.listener(items);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  /** Tells other stores on this page over the same storage and target to re-read. */
  private broadcast(): void {
    if (!this.target || !this.storage || typeof CustomEvent !== 'function') return;
    const detail: SyncDetail = { key: this.key, storage: this.storage, source: this };
    this.target.dispatchEvent(new CustomEvent<SyncDetail>(SYNC_EVENT, { detail }));
  }

  /* -- storage ------------------------------------------------------------------------------ */

  /** Switches to memory for the rest of the page's life; warns the first time only. */
  private fallBack(what: string, error?: unknown): void {
    this.storage = null;
    if (this.storageWarned) return;
    this.storageWarned = true;
    const cause = error === undefined ? '' : ` (${describeError(error)})`;
    this.warn(
      `${LOG_PREFIX}${what}${cause}. Bookmarks are kept in memory for the lifetime of this page only and will not be saved.`,
    );
  }

  private readRaw(): string | null | typeof UNREADABLE {
    const storage = this.storage;
    if (!storage) return UNREADABLE;
    try {
      const raw: unknown = storage.getItem(this.key);
      return raw === null || raw === undefined ? null : String(raw);
    } catch (error) {
      this.fallBack('reading localStorage failed', error);
      return UNREADABLE;
    }
  }

  /**
   * Brings the in-memory list up to date with storage. Returns true when the list changed.
   * Never writes the main key; may copy an unusable value aside.
   */
  private refresh(): boolean {
    const raw = this.readRaw();
    if (raw === UNREADABLE || raw === this.lastRaw) return false;
    this.lastRaw = raw;
    if (raw === null) return this.setItems(EMPTY);

    const parsed = parseStored(raw);
    if (!parsed.usable) {
      const asideKey = this.keepAside(raw);
      if (asideKey === null) return false; // could not keep it: fell back to memory, main key untouched
      this.warn(
        `${LOG_PREFIX}the value stored under "${this.key}" is unusable (${parsed.problem}); ` +
          `it was kept unchanged under "${asideKey}". ` +
          (this.items.length === 0 ? 'Bookmarks start empty.' : 'Bookmarks go on from the last list read on this page.'),
      );
      return false;
    }
    if (parsed.problems.length > 0) {
      const asideKey = this.keepAside(raw);
      if (asideKey === null) return this.setItems(parsed.items);
      const shown = parsed.problems.slice(0, 5).join('; ');
      const more = parsed.problems.length > 5 ? `; and ${parsed.problems.length - 5} more` : '';
      this.warn(
        `${LOG_PREFIX}the value stored under "${this.key}" has unusable parts (${shown}${more}); ` +
          `they were left out and the original value was kept unchanged under "${asideKey}".`,
      );
    }
    return this.setItems(parsed.items);
  }

  /**
   * Copies `raw` under `<key>:corrupt`, or a timestamped key when that one is taken, never
   * overwriting anything. Reuses an existing copy with the same content. Returns the key, or null
   * when it could not be kept (the store then stops using storage, so the original stays put).
   */
  private keepAside(raw: string): string | null {
    const storage = this.storage;
    if (!storage) return null;
    const base = `${this.key}:corrupt`;
    try {
      const known = this.keptAside.get(raw);
      if (known !== undefined && storage.getItem(known) === raw) return known;
      for (let i = 0; i < storage.length; i++) {
        const existing = storage.key(i);
        if (existing !== null && (existing === base || existing.startsWith(`${base}:`)) && storage.getItem(existing) === raw) {
          this.keptAside.set(raw, existing);
          return existing;
        }
      }
      let asideKey = base;
      if (storage.getItem(asideKey) !== null) {
        const stamped = `${base}:${isoNow(this.now)}`;
        asideKey = stamped;
        for (let n = 2; storage.getItem(asideKey) !== null; n++) asideKey = `${stamped}-${n}`;
      }
      storage.setItem(asideKey, raw);
      this.keptAside.set(raw, asideKey);
      return asideKey;
    } catch (error) {
      this.fallBack(
        `the value stored under "${this.key}" is unusable and could not be kept aside, so it is left untouched`,
        error,
      );
      return null;
    }
  }

  /** Writes the in-memory list (an empty list removes the key). False when it fell back to memory. */
  private write(): boolean {
    const storage = this.storage;
    if (!storage) return false;
    try {
      if (this.items.length === 0) {
        storage.removeItem(this.key);
        this.lastRaw = null;
      } else {
        const raw = serialise(this.items);
        storage.setItem(this.key, raw);
        this.lastRaw = raw;
      }
      return true;
    } catch (error) {
      this.fallBack(isQuotaError(error) ? 'localStorage is full' : 'writing to localStorage failed', error);
      return false;
    }
  }

  private handleStorageEvent(event: Event): void {
    if (!this.storage) return;
    const { key, storageArea } = event as Partial<StorageEvent>;
    // key null: localStorage.clear() in another tab.
    if (key !== null && key !== this.key) return;
    if (storageArea && storageArea !== this.storage) return;
    if (this.refresh()) this.notify();
  }

  private handleSyncEvent(event: Event): void {
    if (!this.storage) return;
    const detail = (event as CustomEvent<Partial<SyncDetail> | undefined>).detail;
    if (!detail || detail.source === this || detail.key !== this.key || detail.storage !== this.storage) return;
    if (this.refresh()) this.notify();
  }
}

interface ValidInput {
  ok: true;
  id: string;
  title: string;
  url: string | undefined;
}

function failure(reason: BookmarkFailureReason, message: string): BookmarkFailure {
  return { ok: false, reason, message };
}

/** Checks `add`/`toggle` arguments; `full` also checks the title (not needed to remove). */
function validateInput(input: unknown, full: boolean): ValidInput | BookmarkFailure {
  if (!isRecord(input)) return failure('invalid', `Cannot save the bookmark: expected { id, title, url? }, got ${describeType(input)}.`);
  const problem = idProblem(input.id);
  if (problem) return failure('invalid', `Cannot save the bookmark: ${problem}.`);
  if (!full) return { ok: true, id: input.id as string, title: '', url: undefined };
  if (typeof input.title !== 'string') {
    return failure('invalid', `Cannot save the bookmark: title must be a string, got ${describeType(input.title)}.`);
  }
  return { ok: true, id: input.id as string, title: cleanTitle(input.title).title, url: cleanUrl(input.url) };
}

/* ------------------------------------------------------------------------------------------ */
/* Public entry points                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** A store of your own (tests, special cases). Elements use `getBookmarkStore()`. */
export function createBookmarkStore(options: BookmarkStoreOptions = {}): BookmarkStore {
  return new LocalBookmarkStore(options);
}

function looksLikeStore(value: unknown): value is BookmarkStore {
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Record<string, unknown>;
  return ['list', 'has', 'get', 'add', 'remove', 'toggle', 'clear', 'subscribe'].every((name) => typeof store[name] === 'function');
}

/**
 * The page's one bookmark store, over `localStorage` and `window`. Kept on `globalThis` under
 * `Symbol.for('roseup.bookmark-store.v1')`, so every copy of the bundle on a page shares it and
 * every element sees the same list. Created on first use (importing this module does nothing).
 */
export function getBookmarkStore(): BookmarkStore {
  const slot = globalThis as unknown as Record<symbol, unknown>;
  const existing = slot[BOOKMARK_STORE_SYMBOL];
  if (looksLikeStore(existing)) return existing;
  const store = createBookmarkStore();
  Object.defineProperty(globalThis, BOOKMARK_STORE_SYMBOL, { value: store, configurable: true, writable: true, enumerable: false });
  return store;
}
