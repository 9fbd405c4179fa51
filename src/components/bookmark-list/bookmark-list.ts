import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus } from '@lit/task';
import type { Bookmark } from '../../data/bookmarks.js';
import { formatLongDate } from '../../data/dates.js';
import type { FeedResult } from '../../data/types.js';
import type { FeedItems } from '../../data/feed-items.js';
import type { LoadFeedOptions } from '../../data/feed-client.js';
import { loadFeedItems } from '../../data/feed-resources.js';
import { BookmarksController } from '../internal/bookmarks-controller.js';
import { emit } from '../internal/events.js';
import { heading, headingLevel } from '../internal/attributes.js';
import { FeedElement } from '../internal/feed-element.js';
import { LiveRegionController } from '../internal/live-region.js';
import { baseStyles } from '../internal/styles.js';
import { bookmarkListStyles } from './bookmark-list.styles.js';
import { bookmarkListMessages, type BookmarkListMessages } from './messages.js';
import '../article-card/define.js';

/** Saved items looked up in the feed, newest first; older ones show what was saved with them. */
const MAX_RESOLVED = 50;

/**
 * Most bookmarks rendered: a device can hold thousands (the store reads up to a thousand), and
 * the list must stay quick to render and to move through. The count says how many there are.
 */
export const BOOKMARKS_SHOWN = 100;

/** Where focus goes after the next render. A number is the position of the item removed. */
type FocusTarget = number | 'heading' | 'clear' | 'cancel';

/**
 * The visitor's saved items ("Mes favoris"), newest first. Bookmarks live on the visitor's device
 * only; the feed just adds details (image-less compact cards), so the list shows every saved item
 * with its stored title and link even when the feed fails or the item has left it. Follows
 * changes made by any bookmark button on the page and in other tabs.
 *
 * @tag roseup-bookmark-list
 * @summary The visitor’s bookmarks, with remove and "Tout effacer".
 *
 * @fires roseup-load - The feed was loaded (`detail: { url, stale, fetchedAt, skipped }`).
 * @fires roseup-error - The feed could not be loaded; the bookmarks are still shown (`detail: { url, reason, status?, message }`).
 * @fires roseup-bookmark-change - The visitor removed an item here, or cleared the list (once per item; `detail: { id, bookmarked: false, persistent }`).
 *
 * @csspart heading - The heading ("Mes favoris").
 * @csspart count - The number of bookmarks under the heading.
 * @csspart list - The `<ul>` of bookmarks.
 * @csspart item - Each `<li>`.
 * @csspart card - A bookmark found in the feed, as a compact `<roseup-article-card>`.
 * @csspart entry - A bookmark no longer in the feed (or while the feed is unavailable): its stored title and link.
 * @csspart remove - Each "Retirer" button.
 * @csspart empty - The message shown when there is no bookmark.
 * @csspart clear - The "Tout effacer" button.
 * @csspart confirm - The confirmation step of "Tout effacer".
 * @csspart retry - The retry button in the note shown when the feed failed.
 * @csspart note - The notes about the feed being unavailable, or bookmarks not being kept after the page closes.
 * @csspart stale - The notice shown when the feed details come from an earlier visit.
 *
 * @cssprop [--roseup-color-accent=#a3134f] - Brand colour: category labels, links, buttons, icons.
 * @cssprop [--roseup-color-text=inherit] - Text colour (inherited from the page).
 * @cssprop [--roseup-color-muted=#5c5666] - Secondary text: summaries, dates, places.
 * @cssprop [--roseup-color-surface=#ffffff] - Background of cards, lists and menus.
 * @cssprop [--roseup-color-on-accent=#ffffff] - Text of filled buttons, drawn on the accent colour.
 * @cssprop [--roseup-color-border=#d6d0d8] - Borders of cards and fields.
 * @cssprop [--roseup-font-family=inherit] - Font (inherited from the page).
 * @cssprop [--roseup-font-size=medium] - Base text size; everything else is in em.
 * @cssprop [--roseup-radius=0.5rem] - Corner radius.
 * @cssprop [--roseup-space=1rem] - Inner spacing and gaps.
 * @cssprop [--roseup-focus-ring=3px solid #1a5fb4] - Keyboard focus outline (always visible).
 */
export class RoseUpBookmarkList extends FeedElement<BookmarkListMessages> {
  static override styles = [baseStyles, bookmarkListStyles];

  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { attribute: 'heading-level', type: Number },
      heading: {},
      confirming: { state: true, attribute: false },
    };
  }


  /** Level of the heading, 2 to 6 (default 2); the items' titles are one level below. */
  declare headingLevel: number;

  /** Text of the heading (default "Mes favoris" / "My bookmarks"). */
  declare heading?: string;

  /** "Tout effacer" is waiting for confirmation. */
  declare private confirming: boolean;

  constructor() {
    super(bookmarkListMessages, (english) => english.bookmarkList);
    this.headingLevel = 2;
    this.confirming = false;
  }

  private readonly live = new LiveRegionController(this);

  private readonly bookmarks = new BookmarksController(this, (items) => this.bookmarksChanged(items));
  private focusTarget?: FocusTarget;
  /** The last feed that loaded; kept while a new load is pending or fails. */
  private lastResult?: FeedResult;
  private index?: { result: FeedResult; byId: FeedItems };
  private unresolved = new Set<string>();

  /** The feed is only needed when there is something to resolve. */
  protected override needsFeed(): boolean {
    return this.bookmarks.store.count > 0;
  }

  /** The saved items only: from the entry feed, else each from its own document. */
  protected override loadResource(url: string, options: LoadFeedOptions): Promise<FeedResult> {
    const ids = this.bookmarks.store.list().slice(0, MAX_RESOLVED).map((b) => b.id);
    return loadFeedItems(url, ids, options);
  }

  protected override feedLoaded(result: FeedResult): void {
    super.feedLoaded(result);
    this.lastResult = result;
  }

  /** A change from here, another element or another tab. */
  private bookmarksChanged(items: readonly Bookmark[]): void {
    if (!items.length) this.confirming = false;
    // Saved elsewhere on the page: fetch its document if the feed serves items one by one.
    const byId = this.resolve();
    if (byId && this.lastResult?.feed.itemUrl && items.slice(0, MAX_RESOLVED).some((b) => !byId.get(b.id) && !this.unresolved.has(b.id))) {
      this.reloadResource();
    }
    if (this.focusTarget !== undefined) return;
    // Focus was on an item that has just gone (removed elsewhere): keep it in the list.
    const active = this.shadowRoot?.activeElement;
    const li = active?.closest<HTMLElement>('li[data-index]');
    if (li && !items.some((b) => b.id === li.dataset.id)) this.focusTarget = Number(li.dataset.index);
  }

  private resolve(): FeedItems | undefined {
    const result = this.lastResult;
    if (!result) return undefined;
    if (this.index?.result !== result) {
      this.index = { result, byId: result.feed.items };
      // Asked for and not found (no longer published): not worth asking again on every change.
      this.unresolved = new Set(this.bookmarks.store.list().slice(0, MAX_RESOLVED).map((b) => b.id).filter((id) => !this.index!.byId.get(id)));
    }
    return this.index.byId;
  }

  private removeBookmark(bookmark: Bookmark, index: number, title: string): void {
    this.focusTarget = index;
    const result = this.bookmarks.store.remove(bookmark.id);
    if (!result.ok) {
      this.focusTarget = undefined;
      return;
    }
    this.live.say(this.messages.removed(title));
    emit(this, 'roseup-bookmark-change', { id: bookmark.id, bookmarked: false, persistent: this.bookmarks.store.persistent });
    this.requestUpdate();
  }

  private askClear(): void {
    this.live.clear();
    this.confirming = true;
    this.focusTarget = 'cancel';
  }

  private cancelClear(): void {
    this.confirming = false;
    this.focusTarget = 'clear';
  }

  private confirmClear(): void {
    const ids = this.bookmarks.store.list().map((b) => b.id);
    this.focusTarget = 'heading';
    this.confirming = false;
    this.bookmarks.store.clear();
    this.live.say(this.messages.cleared);
    for (const id of ids) emit(this, 'roseup-bookmark-change', { id, bookmarked: false, persistent: this.bookmarks.store.persistent });
  }

  private onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // Escape belongs to this step here: the host page (a dialog, a menu) must not also close.
    event.preventDefault();
    event.stopPropagation();
    this.cancelClear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusTarget;
    if (target === undefined) return;
    this.focusTarget = undefined;
    const root = this.renderRoot;
    let element: HTMLElement | null | undefined;
    if (typeof target === 'number') {
      const buttons = root.querySelectorAll<HTMLElement>('[part="remove"]');
      // The next item (now at the same position), else the previous one, else the heading.
      element = buttons[Math.min(target, buttons.length - 1)];
    } else if (target !== 'heading') {
      element = root.querySelector<HTMLElement>(`[data-focus="${target}"]`);
    }
    (element ?? root.querySelector<HTMLElement>('#heading'))?.focus();
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const store = this.bookmarks.store;
    const items = store.list();
    const total = items.length + store.unread;
    const level = headingLevel(this.headingLevel, 2);
    const title = this.heading?.trim() || m.heading;

    return html`${heading(level, { class: 'heading', id: 'heading', part: 'heading', tabindex: -1 }, title)}
      ${items.length
        ? html`<p class="count" part="count">${m.count(total)}${total > BOOKMARKS_SHOWN ? ` ${m.newestShown(BOOKMARKS_SHOWN)}` : ''}</p>`
        : nothing}
      ${store.persistent ? nothing : html`<p class="note" part="note">${m.memoryOnly}</p>`}
      ${store.keptAside ? html`<p class="note" part="note">${m.unreadable}</p>` : nothing}
      ${items.length ? this.renderItems(items.slice(0, BOOKMARKS_SHOWN), total, Math.min(level + 1, 6)) : html`<p class="empty" part="empty">${m.empty}</p>`}
      <p class="visually-hidden" role="status">${this.live.text}</p>`;
  }

  private renderFeedState(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (this.feedTask.status === TaskStatus.ERROR) {
      return html`<div class="note" part="note" role="alert">
        <p>${m.feedFailed}</p>
        <button type="button" class="button secondary" part="retry" @click=${() => this.retry()}>${this.common.retry}</button>
      </div>`;
    }
    return this.lastResult ? this.renderStale(this.lastResult) : nothing;
  }

  private renderItems(items: readonly Bookmark[], count: number, itemLevel: number): TemplateResult {
    const m = this.messages;
    const byId = this.resolve();
    return html`${this.renderFeedState()}
      <ul class="items" part="list" aria-labelledby="heading">
        ${repeat(
          items,
          (bookmark) => bookmark.id,
          (bookmark, index) => {
            const item = byId?.get(bookmark.id);
            const title = item?.title ?? bookmark.title;
            return html`<li part="item" data-id=${bookmark.id} data-index=${index}>
              ${item
                ? html`<roseup-article-card part="card" variant="compact" no-bookmark heading-level=${itemLevel} .article=${item}></roseup-article-card>`
                : this.renderEntry(bookmark, itemLevel)}
              <button type="button" class="button secondary remove" part="remove" @click=${() => this.removeBookmark(bookmark, index, title)}>
                ${m.remove}<span class="visually-hidden">${m.removeContext(title)}</span>
              </button>
            </li>`;
          },
        )}
      </ul>
      <div class="actions">
        ${this.confirming
          ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-question" @keydown=${this.onConfirmKeydown}>
              <p id="confirm-question">${m.clearQuestion(count)}</p>
              <div class="buttons">
                <button type="button" class="button" data-focus="confirm" @click=${this.confirmClear}>${m.confirm}</button>
                <button type="button" class="button secondary" data-focus="cancel" @click=${this.cancelClear}>${m.cancel}</button>
              </div>
            </div>`
          : html`<button type="button" class="button secondary" part="clear" data-focus="clear" @click=${this.askClear}>${m.clear}</button>`}
      </div>`;
  }

  /** A bookmark the feed does not (or cannot, right now) describe: its stored title and link. */
  private renderEntry(bookmark: Bookmark, level: number): TemplateResult {
    const m = this.messages;
    const saved = new Date(bookmark.savedAt);
    return html`<div class="entry" part="entry">
      ${heading(level, { class: 'title' }, bookmark.url ? html`<a href=${bookmark.url}>${bookmark.title}</a>` : bookmark.title)}
      ${Number.isNaN(saved.getTime())
        ? nothing
        : html`<p class="saved">${m.savedOn(formatLongDate(saved, this.language))}</p>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-bookmark-list': RoseUpBookmarkList;
  }
}
