import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getBookmarkStore, type Bookmark, type BookmarkStore } from '../../data/bookmarks.js';

/**
 * Keeps an element in step with the page's bookmark store: every button and list re-renders
 * when a bookmark changes here or in another tab. The element never touches storage itself.
 */
export class BookmarksController implements ReactiveController {
  readonly store: BookmarkStore = getBookmarkStore();
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (items: readonly Bookmark[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.store.subscribe((items) => {
      this.onChange?.(items);
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
