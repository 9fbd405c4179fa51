/**
 * Whether an item is saved, read synchronously and without the bookmark store: what the
 * bookmark button shows on its first render, before the store's code (`bookmarks.ts` and the
 * stored-list machinery) is loaded on the visitor's first interaction.
 *
 * Read-only: it never writes, never warns, never keeps anything aside. Whenever it cannot tell
 * (storage unavailable, a stored value that is not a version-1 list, an entry without a string id
 * and title) the answer is "not saved"; the store applies its own, complete rules once loaded.
 * When the page's store already exists (another element or the host page created it), that
 * store is the answer: it may hold bookmarks that storage does not (memory only).
 */
import { BOOKMARKS_STORAGE_KEY, BOOKMARK_FORMAT_VERSION, BOOKMARK_READ_CAP, BOOKMARK_STORE_SYMBOL } from './bookmark-keys.js';

/** The page's store under `BOOKMARK_STORE_SYMBOL`, when there is one. */
export function pageBookmarkStore(): { has(id: string): boolean } | undefined {
  const existing = (globalThis as unknown as Record<symbol, { has?: unknown } | undefined>)[BOOKMARK_STORE_SYMBOL];
  return typeof existing?.has === 'function' ? (existing as { has(id: string): boolean }) : undefined;
}

/** The last stored value read, and the ids it holds: one `JSON.parse` per stored value, not per button. */
let lastRaw: string | null | undefined;
let lastIds: ReadonlySet<string> = new Set();

export function peekBookmarked(id: string): boolean {
  const store = pageBookmarkStore();
  if (store) {
    try {
      return store.has(id) === true;
    } catch {
      return false;
    }
  }
  let raw: string | null = null;
  try {
    raw = globalThis.localStorage.getItem(BOOKMARKS_STORAGE_KEY);
  } catch {
    // storage disabled: not saved, as far as we can tell
  }
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastIds = storedIds(raw);
  }
  return lastIds.has(id);
}

function storedIds(raw: string | null): ReadonlySet<string> {
  const ids = new Set<string>();
  try {
    const data = raw === null ? null : (JSON.parse(raw) as { v?: unknown; items?: unknown } | null);
    const items = data?.v === BOOKMARK_FORMAT_VERSION && Array.isArray(data.items) ? (data.items as unknown[]) : [];
    for (const entry of items.slice(0, BOOKMARK_READ_CAP) as Array<{ id?: unknown; title?: unknown } | null>) {
      if (typeof entry?.id === 'string' && typeof entry.title === 'string') ids.add(entry.id);
    }
  } catch {
    // not JSON: nothing we can read
  }
  return ids;
}
