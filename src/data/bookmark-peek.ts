/**
 * Whether an item is saved, read synchronously and without the bookmark store: what the
 * bookmark button shows on its first render, before the store's code (`bookmarks.ts` and the
 * stored-list machinery) is loaded on the visitor's first interaction.
 *
 * Read-only: it never writes, never warns, never keeps anything aside. Whenever it cannot tell
 * (storage unavailable, a stored value that is not a version-1 list, an entry without a string
 * id and title) the answer is "not saved"; the store applies its own, complete rules once loaded.
 * When the page's store already exists (another element or the host page created it), that
 * store is the answer: it may hold bookmarks that storage does not (memory only).
 */
import { BOOKMARKS_STORAGE_KEY, BOOKMARK_FORMAT_VERSION, BOOKMARK_READ_CAP, BOOKMARK_STORE_SYMBOL } from './bookmark-keys.js';

type Entry = { id?: unknown; title?: unknown } | null;

/** The page's store under `BOOKMARK_STORE_SYMBOL`, when there is one. */
export function pageBookmarkStore(): { has(id: string): unknown } | undefined {
  const store = (globalThis as unknown as Record<symbol, { has?: unknown } | undefined>)[BOOKMARK_STORE_SYMBOL];
  return typeof store?.has === 'function' ? (store as { has(id: string): unknown }) : undefined;
}

/** The last stored value read and its entries: one `JSON.parse` per stored value, not per button. */
let lastRaw: string | null | undefined;
let lastEntries: Entry[] = [];

export function peekBookmarked(id: string): boolean {
  try {
    const store = pageBookmarkStore();
    if (store) return store.has(id) === true;
    const raw = localStorage.getItem(BOOKMARKS_STORAGE_KEY);
    if (raw !== lastRaw) {
      lastEntries = [];
      lastRaw = raw;
      const data = JSON.parse(raw ?? 'null') as { v?: unknown; items?: unknown } | null;
      if (data?.v === BOOKMARK_FORMAT_VERSION && Array.isArray(data.items)) lastEntries = data.items.slice(0, BOOKMARK_READ_CAP);
    }
    return lastEntries.some((entry) => entry?.id === id && typeof entry.title === 'string');
  } catch {
    // storage disabled, or not JSON: not saved, as far as can be told
    return false;
  }
}
