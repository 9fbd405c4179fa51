/**
 * Where and how the visitor's bookmarks are kept: the names that the store (`bookmarks.ts`,
 * `bookmark-format.ts`) and the read-only peek (`bookmark-peek.ts`) share. Constants only, so
 * that the bookmark button can read the stored list before the store's code has been loaded.
 */

/** Key of the stored value. Versioned: a future incompatible format gets a new key. */
export const BOOKMARKS_STORAGE_KEY = 'roseup:bookmarks:v1';
/** The `v` of the stored value, `{ "v": 1, "items": [...] }`. */
export const BOOKMARK_FORMAT_VERSION = 1;
/** Most bookmarks read from storage (or the store's `cap`, when larger). */
export const BOOKMARK_READ_CAP = 1000;
/** Where `getBookmarkStore` keeps the page's shared store, so every copy of the bundle finds it. */
export const BOOKMARK_STORE_SYMBOL = Symbol.for('roseup.bookmark-store.v1');
/** Same-page notice between stores sharing a storage and a target (no bookmark data in it). */
export const BOOKMARK_SYNC_EVENT = 'roseup-bookmark-store-sync';
