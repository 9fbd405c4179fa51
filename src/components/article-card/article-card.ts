import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatLongDate, parisDayKey, toIsoDateTimeAttr } from '../../data/dates.js';
import type { FeedItem, FeedResult } from '../../data/types.js';
import type { LoadFeedOptions } from '../../data/feed-client.js';
import { findItem, loadFeedItems } from '../../data/feed-resources.js';
import { heading, headingLevel } from '../internal/attributes.js';
import { FeedElement } from '../internal/feed-element.js';
import { siteName } from '../internal/site-name.js';
import { baseStyles } from '../internal/styles.js';
import { cardStyles } from './article-card.styles.js';
import { cardMessages, type CardMessages } from './messages.js';

/**
 * The bookmark button's code is not on the path to the card's first content: it is fetched once
 * a card has shown an item with its button, whose room the card keeps meanwhile (see `.actions`
 * in the card's styles), so nothing moves when it arrives. The button shows the saved state at
 * once and fetches the bookmark store itself, on the visitor's first interaction.
 */
let bookmarkButton: Promise<unknown> | undefined;
export const loadBookmarkButton = (): Promise<unknown> => (bookmarkButton ??= import('../bookmark-button/define.js'));

/**
 * A card keeps the room reserved for it (its text allowance) once its content is shown, so that
 * nothing the visitor sees moves. Below the viewport, nothing the visitor sees can move: a card
 * lying wholly there gives back the room its text does not use, and so does a card once the
 * visitor has scrolled back above it. (Not above the viewport: a browser without scroll
 * anchoring would move the page under the visitor's eyes.)
 */
let below: IntersectionObserver | undefined;
const belowViewport = (): IntersectionObserver =>
  (below ??= new IntersectionObserver((entries) => {
    for (const { target, boundingClientRect } of entries) {
      if (boundingClientRect.top >= innerHeight) {
        below!.unobserve(target);
        (target as RoseUpArticleCard).giveBackRoom();
      }
    }
  }));

export type CardVariant = 'vertical' | 'horizontal' | 'compact';
const VARIANTS: readonly CardVariant[] = ['vertical', 'horizontal', 'compact'];

/**
 * One article (or any feed item) from RoseUp: image, category and format, title linking to the
 * article, summary, dates, reading time and author, with a bookmark button.
 *
 * @tag roseup-article-card
 * @summary A RoseUp article as a card.
 *
 * @fires roseup-load - The feed was loaded (`detail: { url, stale, fetchedAt, skipped }`).
 * @fires roseup-error - The feed failed, the article is not in it (`not-found`), or no `article-id` was given (`missing-id`) (`detail: { url, reason, status?, message }`).
 * @fires roseup-bookmark-change - From the inner bookmark button (`detail: { id, bookmarked, persistent }`).
 *
 * @csspart base - The card's `<article>`.
 * @csspart image - The image.
 * @csspart category - The category label.
 * @csspart format - The format label.
 * @csspart title - The heading holding the link.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line of dates, reading time and author.
 * @csspart error - The error message shown when the feed fails.
 * @csspart retry - The retry button inside the error message.
 * @csspart stale - The notice above a copy kept from an earlier visit.
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
export class RoseUpArticleCard extends FeedElement<CardMessages> {
  static override styles = [baseStyles, cardStyles];

  static override get properties(): PropertyDeclarations {
    return {
      articleId: { attribute: 'article-id', reflect: true },
      article: { attribute: false },
      variant: { reflect: true },
      headingLevel: { attribute: 'heading-level', type: Number },
      noImage: { attribute: 'no-image', type: Boolean, reflect: true },
      noSummary: { attribute: 'no-summary', type: Boolean, reflect: true },
      noBookmark: { attribute: 'no-bookmark', type: Boolean, reflect: true },
      imageFailed: { state: true, attribute: false },
    };
  }


  /**
   * Id (permalink) of the item to show, looked up in the feed; a path such as "/magazine/…/" also
   * matches, resolved against the feed's address. Ignored when `.article` is set.
   */
  declare articleId?: string;

  /** The item to show, given directly (no feed request is made). */
  declare article?: FeedItem;

  /** Layout: `vertical` (image on top), `horizontal` (image beside, on wide containers) or `compact` (text only). */
  declare variant: CardVariant;

  /** Level of the title's heading, 2 to 6. */
  declare headingLevel: number;

  /** Hides the image. */
  declare noImage: boolean;

  /** Hides the summary. */
  declare noSummary: boolean;

  /** Hides the bookmark button. */
  declare noBookmark: boolean;

  declare private imageFailed: boolean;
  /** The card has given back the room its content does not use (see `below`). */
  private fits?: boolean;
  private reportedMissing?: string;

  constructor() {
    super(cardMessages, (english) => english.card);
    this.variant = 'vertical';
    this.headingLevel = 3;
    this.noImage = false;
    this.noSummary = false;
    this.noBookmark = false;
    this.imageFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchRoom();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    below?.unobserve(this);
  }

  /** Content shown with its reserved room: give the room back once the card lies below the viewport. */
  private watchRoom(): void {
    if (!this.fits && this.renderRoot.querySelector('.card')) belowViewport().observe(this);
  }

  /** @internal */
  giveBackRoom(): void {
    this.fits = true;
    this.requestUpdate();
  }

  protected override needsFeed(): boolean {
    return !this.article && !!this.articleId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another item: its loading state has the reserved room again, and so has the card.
    if (changed.has('article') || changed.has('articleId')) this.imageFailed = this.fits = false;
  }

  /**
   * A task after the first render, so that a framework (or a script) may set `article-id` or
   * `.article` just after inserting the element, even once that render has run.
   */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    setTimeout(() => {
      if (this.article || this.articleId) return;
      const message = '<roseup-article-card> needs an article-id attribute or an .article property.';
      console.error(`[roseup] ${message}`);
      this.reportError({ url: this.feedUrl, reason: 'missing-id', message });
    });
  }

  /**
   * The item whose id is `article-id`. RoseUp's ids are the articles' URLs: a path such as
   * "/magazine/…/" also matches, resolved against the feed's address.
   */
  private findItem(result: FeedResult): FeedItem | undefined {
    return this.articleId ? findItem(result.feed, this.articleId) : undefined;
  }

  /** Only this item: from the entry feed, the page's other documents, or its own document. */
  protected override loadResource(url: string, options: LoadFeedOptions): Promise<FeedResult> {
    return loadFeedItems(url, this.articleId ? [this.articleId] : [], options);
  }

  protected override resourceKey(): string {
    return this.articleId ?? '';
  }

  private get variantName(): CardVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'vertical';
  }

  protected override feedLoaded(result: FeedResult): void {
    super.feedLoaded(result);
    const id = this.articleId;
    if (id && !this.findItem(result) && this.reportedMissing !== id) {
      this.reportedMissing = id;
      this.reportError({ url: result.feed.url, reason: 'not-found', message: `No item with id "${id}" in the feed` });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.watchRoom();
    if (!bookmarkButton && this.renderRoot.querySelector('roseup-bookmark-button')) {
      loadBookmarkButton().catch((error) => console.error('[roseup] the bookmark button could not be loaded:', error));
    }
  }

  protected override render(): TemplateResult {
    if (this.article) return this.renderCard(this.article);
    if (!this.articleId) return html`<p class="note">${this.messages.missingId}</p>`;
    return this.renderFeed({
      loading: () => this.renderPlaceholder(),
      content: (result) => {
        const item = this.findItem(result);
        return item ? this.renderCard(item, result.feed.language) : this.renderNotFound(result);
      },
    });
  }

  private renderPlaceholder(): TemplateResult {
    const variant = this.variantName;
    // Horizontal cards stack like vertical ones in a narrow column (the image is then hidden
    // by CSS where they lie side by side).
    const image = variant !== 'compact' && !this.noImage;
    return html`<div class="placeholder ${variant} ${image ? 'with-image' : 'no-media'}" aria-busy="true">
      <span class="visually-hidden">${this.common.loading}</span>
      ${image ? html`<div class="block image skeleton"></div>` : nothing}
      <div class="block skeleton short"></div>
      <div class="block skeleton tall"></div>
      <div class="block skeleton"></div>
    </div>`;
  }

  private renderNotFound(result: FeedResult): TemplateResult {
    const m = this.messages;
    const home = result.feed.homePageUrl;
    return html`<div class="note" part="base">
      <p>${m.notFound}</p>
      ${home ? html`<p><a href=${home}>${m.notFoundLink(siteName(result.feed, home))}</a></p>` : nothing}
    </div>`;
  }

  /** `feedLanguage`: the feed's `language`, for items that do not give their own. */
  private renderCard(item: FeedItem, feedLanguage?: string): TemplateResult {
    // The item's own words carry its language, so that a screen reader reads them right on a
    // page in another language; the element's own words follow the page.
    const contentLang = item.language ?? feedLanguage;
    const lang = this.language;
    const m = this.messages;
    const variant = this.variantName;
    // The image slot depends on the attributes only (its box is reserved before the item is known):
    // an item without an image, or whose image failed, keeps an empty slot.
    const slot = !this.noImage && variant !== 'compact';
    const showImage = slot && !!item.image && !this.imageFailed;
    const showSummary = !this.noSummary && variant !== 'compact' && !!item.summary;
    const level = headingLevel(this.headingLevel, 3);
    const modified =
      item.dateModified && (!item.datePublished || parisDayKey(item.dateModified) !== parisDayKey(item.datePublished))
        ? item.dateModified
        : undefined;
    const authors = item.authors.map((a) => a.name).join(', ');
    const minutes = item.kind === 'article' ? item.readingMinutes : undefined;
    const date = (when: Date | undefined, text: (date: string) => string) =>
      when ? html`<span><time datetime=${toIsoDateTimeAttr(when)}>${text(formatLongDate(when, lang))}</time></span>` : nothing;

    // A card given its item (in a list) has no loading state to match: no room kept for it.
    const given = this.article ? 'given' : '';
    return html`<article part="base" class="card ${variant} ${slot ? '' : 'no-media'} ${given} ${this.fits ? 'fit' : ''}" aria-labelledby="title">
      ${slot
        ? html`<div class="media">${showImage
            ? html`<img
              part="image"
              src=${item.image!}
              alt=${item.imageAlt ?? ''}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
              @error=${() => (this.imageFailed = true)}
            />`
            : nothing}</div>`
        : nothing}
      <div class="body">
        ${item.category || item.format
          ? html`<p class="labels" lang=${ifDefined(contentLang)}>
              ${item.category ? html`<span class="category" part="category">${item.category.label}</span>` : nothing}${item.category && item.format ? html`<span class="visually-hidden">, </span>` : nothing}
              ${item.format ? html`<span class="format" part="format">${item.format.label}</span>` : nothing}
            </p>`
          : nothing}
        ${heading(
          level,
          { class: 'title', part: 'title', id: 'title', lang: contentLang },
          item.url ? html`<a href=${item.url}>${item.title}</a>` : item.title,
        )}
        ${showSummary ? html`<p class="summary" part="summary" lang=${ifDefined(contentLang)}>${item.summary}</p>` : nothing}
        <p class="meta" part="meta">
          ${date(item.datePublished, m.published)}${date(modified, m.modified)}
          ${minutes ? html`<span>${m.readingTime(minutes)}</span>` : nothing}
          ${authors ? html`<span>${m.by(authors)}</span>` : nothing}
        </p>
        ${this.noBookmark
          ? nothing
          : html`<div class="actions">
              <roseup-bookmark-button
                item-id=${item.id}
                item-title=${item.title}
                item-url=${ifDefined(item.url)}
              ></roseup-bookmark-button>
            </div>`}
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-article-card': RoseUpArticleCard;
  }
}
