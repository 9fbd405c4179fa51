/**
 * Every story starts from a clean visitor: its own bookmark store, over a storage of its own
 * that starts empty, so that no story (and no earlier visit to another story) can show a
 * bookmark it did not ask for. Used as the project's `beforeEach` in .storybook/preview.ts and
 * by the stories' tests (test/stories/compose.ts), before the component's and the story's own.
 *
 * The elements take the page's one store (`getBookmarkStore()`, kept on `globalThis` under
 * `BOOKMARK_STORE_SYMBOL`) when they are created: the hook puts a fresh one there before the
 * story renders, and puts the previous one back afterwards. On a docs page, each story is shown
 * in its own frame (`docs.story.inline: false` in preview.ts), so each has its own `globalThis`.
 */
import { BOOKMARK_STORE_SYMBOL, createBookmarkStore, type BookmarkStore, type BookmarkStoreOptions } from '../../src/data/bookmarks.js';

const slot = globalThis as unknown as Record<symbol, unknown>;

/** A `Storage` kept in memory: persistent for the elements, gone with the story. */
export class MemoryStorage implements Storage {
  private readonly values = new Map<string, string>();
  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, value);
  }
  get length(): number {
    return this.values.size;
  }
  clear(): void {
    this.values.clear();
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
  setItem(key: string, value: string): void {
    this.values.set(key, String(value));
  }
}

/** A storage the browser refuses (private mode, storage blocked by the visitor): every call throws. */
export class RefusedStorage implements Storage {
  get length(): number {
    throw new DOMException('Storage is disabled', 'SecurityError');
  }
  clear(): void {
    throw new DOMException('Storage is disabled', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('Storage is disabled', 'SecurityError');
  }
  key(): string | null {
    throw new DOMException('Storage is disabled', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('Storage is disabled', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('Storage is disabled', 'SecurityError');
  }
}

/**
 * Makes a store over `storage` (default: an empty memory storage, no cross-tab sync) the page's
 * store until the cleanup, which disposes it and puts the previous one back.
 */
export function useIsolatedBookmarks(options: BookmarkStoreOptions = {}): () => void {
  const previous = Object.getOwnPropertyDescriptor(globalThis, BOOKMARK_STORE_SYMBOL);
  const store: BookmarkStore = createBookmarkStore({ storage: new MemoryStorage(), target: null, warn: () => undefined, ...options });
  Object.defineProperty(globalThis, BOOKMARK_STORE_SYMBOL, { value: store, configurable: true, writable: true });
  return () => {
    if (slot[BOOKMARK_STORE_SYMBOL] === store) {
      if (previous) Object.defineProperty(globalThis, BOOKMARK_STORE_SYMBOL, previous);
      else delete slot[BOOKMARK_STORE_SYMBOL];
    }
  };
}

/** The project's `beforeEach`: a clean bookmark store for every story. */
export const isolateStory = (): (() => void) => useIsolatedBookmarks();
