/**
 * The half of `<roseup-bookmark-button>` that changes bookmarks, loaded when the visitor shows an
 * interest in a button (pointer over it, focus, touch, click), when the bookmarks change in
 * another tab, or at once when the page already has the bookmark store (a
 * `<roseup-bookmark-list>` imports it statically). Until then the button shows what
 * `data/bookmark-peek.ts` reads. See `RoseUpBookmarkButton.loadStore`.
 */
import type { ReactiveControllerHost } from 'lit';
import { BookmarksController } from '../internal/bookmarks-controller.js';
import { emit } from '../internal/events.js';
import { LiveRegionController } from '../internal/live-region.js';
import type { BookmarkButtonMessages } from './messages.js';

/** What the button shows and says of the store, and how it toggles. */
export class BookmarkButtonStore {
  /** What the live region says after a toggle. */
  private readonly live: LiveRegionController;
  private readonly bookmarks: BookmarksController;
  /** The state this button's own last toggle left, to tell changes made elsewhere. */
  private lastToggledTo?: boolean;

  /** `elsewhere` is called when a change made elsewhere makes the button's failure message stale. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { itemId?: string },
    elsewhere: () => void,
  ) {
    this.live = new LiveRegionController(host);
    // Saved or removed elsewhere (the list, another tab): what the live region said about the
    // last toggle here is no longer true, so it goes.
    this.bookmarks = new BookmarksController(host, () => {
      if (this.has(host.itemId) === this.lastToggledTo) return;
      this.live.clear();
      elsewhere();
    });
  }

  has(id: string | undefined): boolean {
    return !!id && this.bookmarks.store.has(id);
  }

  /** The live region's text. */
  get said(): string {
    return this.live.text;
  }

  /**
   * Saves or removes the item, says so and fires `roseup-bookmark-change`. Returns the failure
   * the visitor must also see ('' when none): the limit reached, or saved for this visit only.
   */
  toggle(id: string, title: string | undefined, url: string | undefined, m: BookmarkButtonMessages): string {
    const { store } = this.bookmarks;
    const result = store.toggle({ id, title: title?.trim() || id, url });
    if (!result.ok) {
      const failure = result.reason === 'cap' ? m.cap(store.cap) : '';
      this.live.say(failure);
      return failure;
    }
    this.lastToggledTo = result.bookmarked;
    const persistent = store.persistent;
    // Saved in memory only (private mode, a sandboxed frame, a full quota): say so, visibly too.
    const notKept = result.bookmarked && !persistent;
    this.live.say(notKept ? m.addedNotKept : result.bookmarked ? m.added : m.removed);
    emit(this.host, 'roseup-bookmark-change', { id, bookmarked: result.bookmarked, persistent });
    return notKept ? m.addedNotKept : '';
  }
}
