import type { FeedErrorKind } from '../../data/errors.js';
import type { FeedItem, SkippedItem, Suggestion } from '../../data/types.js';

/** `roseup-load`: the element has data to show (possibly a stale copy). */
export interface RoseUpLoadDetail {
  url: string;
  stale: boolean;
  fetchedAt: Date;
  /** Items of the feed that were skipped because they could not be used. */
  skipped: SkippedItem[];
}

/** Why an element could not show what was asked. */
export type RoseUpErrorReason = FeedErrorKind | 'not-found' | 'missing-id';

/** `roseup-error`: the element shows an error message instead of content. */
export interface RoseUpErrorDetail {
  url: string;
  reason: RoseUpErrorReason;
  /** HTTP status when `reason` is `http`. */
  status?: number;
  message: string;
  /** `next-page` when only a further page (`next_url`, "Voir plus") failed: what is shown stays. */
  scope?: 'next-page';
}

/** `roseup-bookmark-change`: the visitor saved or removed an item. */
export interface RoseUpBookmarkChangeDetail {
  id: string;
  bookmarked: boolean;
  /** False when bookmarks last only for this visit (storage blocked or full). */
  persistent: boolean;
}

/** `roseup-search-select`: the visitor chose a result or a suggestion. Cancelable. */
export interface RoseUpSearchSelectDetail {
  query: string;
  item?: FeedItem;
  suggestion?: Suggestion;
}

export interface RoseUpEventMap {
  'roseup-load': RoseUpLoadDetail;
  'roseup-error': RoseUpErrorDetail;
  'roseup-bookmark-change': RoseUpBookmarkChangeDetail;
  'roseup-search-select': RoseUpSearchSelectDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'roseup-load': CustomEvent<RoseUpLoadDetail>;
    'roseup-error': CustomEvent<RoseUpErrorDetail>;
    'roseup-bookmark-change': CustomEvent<RoseUpBookmarkChangeDetail>;
    'roseup-search-select': CustomEvent<RoseUpSearchSelectDetail>;
  }
}

/**
 * Dispatches a typed, bubbling, composed `roseup-*` event from `target`.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof RoseUpEventMap>(
  target: EventTarget,
  name: K,
  detail: RoseUpEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
