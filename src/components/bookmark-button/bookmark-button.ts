import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { BookmarksController } from '../internal/bookmarks-controller.js';
import { emit } from '../internal/events.js';
import { RoseUpElement } from '../internal/roseup-element.js';
import { LiveRegionController } from '../internal/live-region.js';
import { baseStyles } from '../internal/styles.js';
import { bookmarkButtonMessages, type BookmarkButtonMessages } from './messages.js';

/**
 * A toggle that saves an item to the visitor's bookmarks, on this device only. Every button for
 * the same item, and every `<roseup-bookmark-list>`, on the page and in other tabs, follows.
 *
 * @tag roseup-bookmark-button
 * @summary Save or unsave one item.
 *
 * @fires roseup-bookmark-change - The visitor saved or removed the item (`detail: { id, bookmarked, persistent }`, `persistent` false when it lasts only for this visit); not fired for changes made elsewhere.
 * @fires roseup-error - No `item-id` was given (`detail: { url: '', reason: 'missing-id', message }`).
 *
 * @csspart button - The toggle button.
 * @csspart icon - The bookmark icon (outlined, or filled when saved).
 * @csspart label - The button's visible text ("Enregistrer"), always part of its accessible name.
 * @csspart state - "Dans vos favoris", shown beside the pressed button (screen readers hear `aria-pressed` instead).
 * @csspart message - The visible message when saving failed (limit reached).
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

  /** A failure the visitor must see (limit reached). */
  declare private failure: string;

  constructor() {
    super(bookmarkButtonMessages);
    this.failure = '';
  }

  /** What the live region says after a toggle. */
  private readonly live = new LiveRegionController(this);

  // Saved or removed elsewhere (the list, another tab): what the live region said about the
  // last toggle here is no longer true, so it goes.
  private readonly bookmarks = new BookmarksController(this, () => {
    if (this.bookmarked === this.lastToggledTo) return;
    this.live.clear();
    this.failure = '';
  });
  /** The state this button's own last toggle left, to tell changes made elsewhere. */
  private lastToggledTo?: boolean;
  private warnedMissingId = false;

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
    return !!this.itemId && this.bookmarks.store.has(this.itemId);
  }

  private toggle(): void {
    const id = this.itemId;
    if (!id) return;
    const m = this.messages;
    const result = this.bookmarks.store.toggle({ id, title: this.itemTitle?.trim() || id, url: this.itemUrl });
    if (!result.ok) {
      this.failure = result.reason === 'cap' ? m.cap(this.bookmarks.store.cap) : '';
      this.live.say(this.failure);
      return;
    }
    this.lastToggledTo = result.bookmarked;
    const persistent = this.bookmarks.store.persistent;
    // Saved in memory only (private mode, a sandboxed frame, a full quota): say so, visibly too.
    const notKept = result.bookmarked && !persistent;
    this.failure = notKept ? m.addedNotKept : '';
    this.live.say(notKept ? m.addedNotKept : result.bookmarked ? m.added : m.removed);
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
      <span class="visually-hidden" role="status">${this.live.text}</span>
      ${this.failure ? html`<p class="message" part="message" aria-hidden="true">${this.failure}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-bookmark-button': RoseUpBookmarkButton;
  }
}
