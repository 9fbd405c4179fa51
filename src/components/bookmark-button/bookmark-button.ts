import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { BOOKMARKS_STORAGE_KEY, BOOKMARK_SYNC_EVENT } from '../../data/bookmark-keys.js';
import { pageBookmarkStore, peekBookmarked } from '../../data/bookmark-peek.js';
import { emit } from '../internal/events.js';
import { RoseUpElement } from '../internal/roseup-element.js';
import { baseStyles } from '../internal/styles.js';
import { bookmarkButtonMessages, type BookmarkButtonMessages } from './messages.js';

/** The bookmark store, its controller and the live region (`./bookmark-store.ts`), loaded on interaction. */
type StoreModule = typeof import('./bookmark-store.js');

/**
 * The store module, shared by every button of the page: loaded once, by whichever button the
 * visitor shows an interest in first, and then every waiting button hydrates (two buttons for
 * the same item follow each other from then on); a button connected later hydrates at once.
 */
let loaded: StoreModule | undefined;
let loading: Promise<void> | undefined;
/** Connected buttons showing the peeked state, and buttons holding a click not applied yet. */
const waiting = new Set<RoseUpBookmarkButton>();
let listening = false;
/** Interest in the button itself. Pointer and focus come before most clicks: the store is usually there by the click. */
const INTENT_EVENTS = ['pointerenter', 'focusin', 'touchstart'];

/**
 * A toggle that saves an item to the visitor's bookmarks, on this device only. Every button for
 * the same item, and every `<roseup-bookmark-list>`, on the page and in other tabs, follows.
 *
 * The button is there, with its state, from the first render: it reads the stored bookmarks
 * (`data/bookmark-peek.ts`) and loads the bookmark store itself only when the visitor points at
 * it, focuses, touches or clicks it, or when the bookmarks change elsewhere, or at once when the page
 * already has the store (a `<roseup-bookmark-list>`). A click before the store has arrived is
 * shown at once and applied when it arrives.
 *
 * @tag roseup-bookmark-button
 * @summary Save or unsave one item.
 *
 * @fires roseup-bookmark-change - The visitor saved or removed the item (`detail: { id, bookmarked, persistent }`, `persistent` false when it lasts only for this visit); not fired for changes made elsewhere.
 * @fires roseup-error - No `item-id` was given (`detail: { url: '', reason: 'missing-id', message }`), or the code that saves could not be loaded (`reason: 'network'`; nothing was changed, the visitor is told to try again).
 *
 * @csspart button - The toggle button.
 * @csspart icon - The bookmark icon (outlined, or filled when saved).
 * @csspart label - The button's visible text ("Enregistrer"), always part of its accessible name.
 * @csspart state - "Dans vos favoris", shown beside the pressed button (screen readers hear `aria-pressed` instead).
 * @csspart message - The visible message when saving failed (limit reached, connection lost).
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
export class RoseUpBookmarkButton extends RoseUpElement<BookmarkButtonMessages> {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      /* The shared secondary button, a little smaller and on the surface colour. */
      .button.bookmark {
        padding: 0.4em 0.8em;
        background: var(--_surface);
        font-size: 0.9375em;
      }
      .button.bookmark[aria-pressed='true'] {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
      svg {
        width: 1.1em;
        height: 1.1em;
        flex: none;
      }
      .state {
        margin-inline-start: 0.5em;
        font-size: 0.875em;
        font-weight: 600;
        color: var(--_accent);
      }
      .message {
        margin-top: 0.25em;
        font-size: 0.875em;
      }
      @media (forced-colors: active) {
        .button.bookmark[aria-pressed='true'] {
          background: Highlight;
          color: HighlightText;
          forced-color-adjust: none;
        }
      }
    `,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      itemId: { attribute: 'item-id', reflect: true },
      itemTitle: { attribute: 'item-title' },
      itemUrl: { attribute: 'item-url' },
      failure: { state: true, attribute: false },
    };
  }


  /** Id (permalink) of the item. Required. */
  declare itemId?: string;

  /** Title of the item: part of the button's accessible name and kept with the bookmark. */
  declare itemTitle?: string;

  /** Link to the item, kept with the bookmark so the saved list can show it even once it has left the feed. */
  declare itemUrl?: string;

  /** A failure the visitor must see (limit reached, the store could not be loaded). */
  declare private failure: string;

  /**
   * Loads the store module (`./bookmark-store.ts`). Internal, not part of the public API:
   * replaced only by tests, to make the network fail or wait.
   * @internal
   * @ignore
   */
  static loadStore = (): Promise<StoreModule> => import('./bookmark-store.js');

  /** Loads the store for every waiting button, unless it is loaded or on its way. */
  private static requestStore(): void {
    loading ??= RoseUpBookmarkButton.loadStore().then(
      (module) => {
        loaded = module;
        for (const button of [...waiting]) button.hydrate(module);
      },
      (error: unknown) => {
        // Nothing was changed: the next interaction tries again.
        loading = undefined;
        console.error('[roseup] the bookmark store could not be loaded:', error);
        for (const button of [...waiting]) button.notLoaded();
      },
    );
  }

  /** Bookmarks changed in another tab (`storage`) or through a store on this page: the peek is out of date. */
  private static onOutsideChange(event: Event): void {
    const { key } = event as StorageEvent;
    if (loaded || (event.type === 'storage' && key !== null && key !== BOOKMARKS_STORAGE_KEY)) return;
    for (const button of waiting) button.requestUpdate();
    RoseUpBookmarkButton.requestStore();
  }

  constructor() {
    super(bookmarkButtonMessages, (english) => english.bookmarkButton);
    this.failure = '';
  }

  /** What the live region says after a toggle; from the store module. */
  private live?: InstanceType<StoreModule['LiveRegionController']>;
  /** The page's bookmark store, once its module is loaded; until then, `peekBookmarked`. */
  private bookmarks?: InstanceType<StoreModule['BookmarksController']>;
  /** The state the visitor asked for by clicking before the store had arrived. */
  private wish?: boolean;
  /** The state this button's own last toggle left, to tell changes made elsewhere. */
  private lastToggledTo?: boolean;
  private warnedMissingId = false;
  /** What the status region said when loading the store last failed. */
  private lastFailure?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // After the base class: a controller added to a connected host is connected once, at once.
    if (loaded) this.hydrate(loaded);
    if (this.bookmarks) return;
    waiting.add(this);
    const request = RoseUpBookmarkButton.requestStore;
    for (const type of INTENT_EVENTS) this.addEventListener(type, request, { passive: true });
    if (!listening) {
      listening = true;
      for (const type of ['storage', BOOKMARK_SYNC_EVENT]) window.addEventListener(type, RoseUpBookmarkButton.onOutsideChange);
    }
    // The page already has the store (a bookmark list, another copy of the bundle): no reason to wait.
    if (pageBookmarkStore()) request();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A click waiting for the store is still applied: the visitor asked for it.
    if (this.wish === undefined) waiting.delete(this);
  }

  /**
   * The store has arrived: from now on the button shows and changes the page's store. A click
   * made while it was on its way is applied now, announced and reported like any other.
   */
  private hydrate(module: StoreModule): void {
    waiting.delete(this);
    if (this.bookmarks) return;
    const live = (this.live = new module.LiveRegionController(this));
    // Saved or removed elsewhere (the list, another tab): what the live region said about the
    // last toggle here is no longer true, so it goes.
    this.bookmarks = new module.BookmarksController(this, () => {
      if (this.bookmarked === this.lastToggledTo) return;
      live.clear();
      this.failure = '';
    });
    const wish = this.wish;
    this.wish = undefined;
    if (wish !== undefined && wish !== this.bookmarked) this.toggle();
  }

  /**
   * The store could not be loaded. A button holding a click says so, visibly and to screen
   * readers, and reports it; nothing was saved or removed.
   */
  private notLoaded(): void {
    if (!this.isConnected) waiting.delete(this);
    if (this.wish === undefined) return;
    this.wish = undefined;
    const text = `${this.messages.notChanged} ${this.common.errorNetwork}`;
    // Said again when it happens again: a no-break space makes it new (see LiveRegionController.say).
    this.failure = this.lastFailure = this.lastFailure === text ? `${text}\u00a0` : text;
    emit(this, 'roseup-error', { url: '', reason: 'network', message: 'The bookmark store could not be loaded.' });
  }

  /** After the first render, so that a framework may set `item-id` just after inserting it. */
  protected override firstUpdated(): void {
    if (!this.itemId && !this.warnedMissingId) {
      this.warnedMissingId = true;
      const message = '<roseup-bookmark-button> needs an item-id attribute; the button is disabled.';
      console.error(`[roseup] ${message}`);
      emit(this, 'roseup-error', { url: '', reason: 'missing-id', message });
    }
  }

  /** Whether the item is currently saved. */
  get bookmarked(): boolean {
    const id = this.itemId;
    // Before the store: what the visitor has just asked for, else what is stored.
    return !!id && (this.bookmarks ? this.bookmarks.store.has(id) : (this.wish ?? peekBookmarked(id)));
  }

  private toggle(): void {
    const id = this.itemId;
    const { bookmarks, live } = this;
    if (!id) return;
    if (!bookmarks || !live) {
      // The store is on its way: the button shows the visitor's wish now (a second click takes
      // it back), and it is applied once, when the store arrives. The button stays enabled.
      this.wish = !this.bookmarked;
      this.failure = '';
      this.requestUpdate();
      waiting.add(this);
      RoseUpBookmarkButton.requestStore();
      return;
    }
    const m = this.messages;
    const result = bookmarks.store.toggle({ id, title: this.itemTitle?.trim() || id, url: this.itemUrl });
    if (!result.ok) {
      this.failure = result.reason === 'cap' ? m.cap(bookmarks.store.cap) : '';
      live.say(this.failure);
      return;
    }
    this.lastToggledTo = result.bookmarked;
    const persistent = bookmarks.store.persistent;
    // Saved in memory only (private mode, a sandboxed frame, a full quota): say so, visibly too.
    const notKept = result.bookmarked && !persistent;
    this.failure = notKept ? m.addedNotKept : '';
    live.say(notKept ? m.addedNotKept : result.bookmarked ? m.added : m.removed);
    emit(this, 'roseup-bookmark-change', { id, bookmarked: result.bookmarked, persistent });
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const pressed = this.bookmarked;
    const title = this.itemTitle?.trim();
    return html`<button
        class="button secondary bookmark"
        type="button"
        part="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-label=${title ? m.name(title) : m.nameWithoutTitle}
        ?disabled=${!this.itemId}
        @click=${this.toggle}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z"
            fill=${pressed ? 'currentColor' : 'none'}
            stroke="currentColor"
            stroke-width="2"
            stroke-linejoin="round"
          />
        </svg>
        <span part="label">${m.save}</span>
      </button>
      ${pressed ? html`<span class="state" part="state" aria-hidden="true">${m.saved}</span>` : nothing}
      <span class="visually-hidden" role="status">${this.live ? this.live.text : this.failure}</span>
      ${this.failure ? html`<p class="message" part="message" aria-hidden="true">${this.failure}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-bookmark-button': RoseUpBookmarkButton;
  }
}
