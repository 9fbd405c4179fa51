import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FeedPager } from '../../data/feed-pager.js';
import type { LoadFeedOptions } from '../../data/feed-client.js';
import { loadCategoryFeed } from '../../data/category-feed.js';
import { runInSlices } from '../../data/main-thread.js';
import { FeedError, isAbortError, type FeedErrorKind } from '../../data/errors.js';
import type { FeedItem, FeedResult } from '../../data/types.js';
import type { FeedItems } from '../../data/feed-items.js';
import { clampedInt, heading, headingLevel } from '../internal/attributes.js';
import { FeedElement } from '../internal/feed-element.js';
import { siteName } from '../internal/site-name.js';
import { LiveRegionController } from '../internal/live-region.js';
import { baseStyles } from '../internal/styles.js';
import { articleListStyles } from './article-list.styles.js';
import { articleListMessages, type ArticleListMessages, type ListKind } from './messages.js';
import '../article-card/define.js';

export type ArticleListLayout = 'grid' | 'list';
export type ArticleListKind = ListKind;

const DEFAULT_LIMIT = 3;
/** More than this per step would be a page of its own; the attribute is clamped to it. */
const MAX_LIMIT = 50;
/** Placeholders shown while loading: enough to reserve the space of a first row or two. */
const MAX_PLACEHOLDERS = 6;
/** Pages fetched at most for one step (the first render, or one "Voir plus"). */
const PAGES_PER_STEP = 2;

/** `"a, b c"` -> `['a', 'b', 'c']`: filters accept one id or several. */
const ids = (value: string | undefined): string[] => (value ? value.split(/[\s,]+/).filter(Boolean) : []);

/**
 * A list of RoseUp articles (or events, or both) from the feed, filtered by category and format,
 * shown a few at a time as cards. "Voir plus" reveals the next ones, fetching the feed's next
 * pages (`next_url`) only when the visitor asks and the loaded ones run out.
 *
 * @tag roseup-article-list
 * @summary A list of RoseUp articles with "Voir plus".
 *
 * @fires roseup-load - The feed was loaded (`detail: { url, stale, fetchedAt, skipped }`).
 * @fires roseup-error - The feed could not be loaded, or only a next page failed (`detail: { url, reason, status?, message, scope? }`, `scope: 'next-page'`).
 * @fires roseup-bookmark-change - From a card's bookmark button (`detail: { id, bookmarked, persistent }`).
 *
 * @slot - Fallback content of your own (a link to RoseUp, say), shown under the error message when the feed cannot be loaded.
 *
 * @csspart heading - The optional heading above the list.
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart card - Each `<roseup-article-card>` (style the card's inside with its own parts).
 * @csspart more - The "Voir plus" button (also "Réessayer" after a failed page).
 * @csspart more-error - The message shown when the next page could not be loaded.
 * @csspart end - The note that there is nothing more, once "Voir plus" has shown the last items.
 * @csspart empty - The message shown when nothing matches.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The error message shown when the feed fails.
 * @csspart retry - The retry button inside the error message.
 * @csspart stale - The notice above a copy kept from an earlier visit.
 *
 * @cssprop [--roseup-list-column-min=15em] - Narrowest column of the grid layout; narrower containers get one column.
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
export class RoseUpArticleList extends FeedElement<ArticleListMessages> {
  static override styles = [baseStyles, articleListStyles];

  static override get properties(): PropertyDeclarations {
    return {
      category: { reflect: true },
      format: { reflect: true },
      kind: { reflect: true },
      limit: { type: Number, reflect: true },
      layout: { reflect: true },
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      noImage: { attribute: 'no-image', type: Boolean, reflect: true },
      noSummary: { attribute: 'no-summary', type: Boolean, reflect: true },
      loaded: { state: true, attribute: false },
      shown: { state: true, attribute: false },
      busy: { state: true, attribute: false },
      moreFailed: { state: true, attribute: false },
      ended: { state: true, attribute: false },
    };
  }


  /** Only items of this category (its id, e.g. `cancers-metastatiques`; several ids may be separated by commas). */
  declare category?: string;

  /** Only items of this format (its id, e.g. `actualite`; several ids may be separated by commas). */
  declare format?: string;

  /** Which items: `article` (default), `event` or `all`. */
  declare kind: ArticleListKind;

  /** How many items are shown at first, and how many more each "Voir plus" shows (default 3, at most 50). */
  declare limit: number;

  /** `grid` (default: as many columns as fit, one on a phone) or `list` (one item per row). */
  declare layout: ArticleListLayout;

  /** Text of a heading shown above the list. None by default (the page often has its own). */
  declare heading?: string;

  /**
   * Level of the list's heading, 2 to 6 (default 2). The cards' titles are one level below,
   * so set it to the level of the page's own heading when `heading` is not used.
   */
  declare headingLevel: number;

  /** Hides the cards' images. */
  declare noImage: boolean;

  /** Hides the cards' summaries. */
  declare noSummary: boolean;

  /**
   * Every item loaded so far for the current feed: its first page, then the pages "Voir plus"
   * fetched. Items are normalised as the filters reach them, so only those shown (and the
   * ones passed over) are.
   */
  declare private loaded: readonly FeedItems[];
  /** How many of the matching items are shown. */
  declare private shown: number;
  /** A next page is being fetched. */
  declare private busy: boolean;
  /** The last attempt to fetch a next page failed. */
  declare private moreFailed: boolean;
  /** "Voir plus" has shown the last items: the end is said, visibly too. */
  declare private ended: boolean;

  constructor() {
    super(articleListMessages, (english) => english.articleList);
    this.kind = 'article';
    this.limit = 3; // DEFAULT_LIMIT, written out for the custom-elements manifest
    this.layout = 'grid';
    this.headingLevel = 2;
    this.noImage = false;
    this.noSummary = false;
    this.loaded = [];
    this.shown = 0;
    this.busy = false;
    this.moreFailed = false;
    this.ended = false;
  }

  private readonly live = new LiveRegionController(this);

  private source?: FeedResult;
  private pager?: FeedPager;
  /** Why the last next page failed, for the message. */
  private moreFailure?: FeedErrorKind;
  private moreController?: AbortController;

  private get step(): number {
    return clampedInt(this.limit, DEFAULT_LIMIT, MAX_LIMIT);
  }

  private get kindName(): ListKind {
    return this.kind === 'event' || this.kind === 'all' ? this.kind : 'article';
  }

  private get layoutName(): ArticleListLayout {
    return this.layout === 'list' ? 'list' : 'grid';
  }

  /** Whether an item is of the list's kind (`kind`: unless already known) and in its categories and formats. */
  private filters(kind = true): (item: FeedItem) => boolean {
    const list = this.kindName;
    const categories = ids(this.category);
    const formats = ids(this.format);
    return (item) =>
      (!kind || list === 'all' || item.kind === list) &&
      (!categories.length || (!!item.category && categories.includes(item.category.id))) &&
      (!formats.length || (!!item.format && formats.includes(item.format.id)));
  }

  /** The first `upTo` loaded items that pass the filters, in feed order. */
  private matching(upTo: number): FeedItem[] {
    const kind = this.kindName;
    const passes = this.filters(false);
    const found: FeedItem[] = [];
    for (const page of this.loaded) {
      // Items of another kind are skipped without being read: the few events of a feed of
      // thousands of articles (or the reverse) are found without reading the others.
      for (const item of kind === 'all' ? page : page.ofKind(kind)) {
        if (found.length >= upTo) return found;
        if (passes(item)) found.push(item);
      }
    }
    return found;
  }

  /**
   * With a category or format filter, reads the items of `page` a slice at a time until `count`
   * of them match: a filter that matches little must not read thousands of items in one task,
   * and one that matches the first items has no reason to read the others.
   */
  private async readUntil(page: FeedItems, count: number, signal?: AbortSignal): Promise<void> {
    if (this.filtered) {
      const passes = this.filters();
      await runInSlices(page.length, (index) => passes(page.at(index)!) && --count < 1, { checkpoint: () => signal?.throwIfAborted() });
    }
  }

  /** One category of articles: its own pages when the feed has them (see `loadCategoryFeed`). */
  private get singleCategory(): string {
    const categories = ids(this.category);
    return this.kindName === 'article' && categories.length === 1 ? categories[0] : '';
  }

  /** The category whose pages were asked for last ('' for the entry feed's). */
  private loadedCategory = '';

  protected override async loadResource(url: string, options: LoadFeedOptions): Promise<FeedResult> {
    this.loadedCategory = this.singleCategory;
    const result = await loadCategoryFeed(url, this.loadedCategory, options);
    // What the first render shows, and one more to know whether "Voir plus" has anything to show.
    await this.readUntil(result.feed.items, this.step + 1, options.signal);
    return result;
  }

  /** Filters by category or format: on a plain feed, the items must be read to pick them out. */
  private get filtered(): boolean {
    return !!(this.category || this.format);
  }

  protected override feedLoaded(result: FeedResult): void {
    super.feedLoaded(result);
    this.cancelMore();
    this.source = result;
    this.pager = new FeedPager(result.feed);
    this.loaded = [result.feed.items];
    this.shown = this.step;
    this.moreFailed = false;
    this.ended = false;
    this.live.clear();
    this.prefill();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filtersChanged = changed.has('category') || changed.has('format') || changed.has('kind') || changed.has('limit');
    if (filtersChanged && this.source?.feed.categoryUrl && this.singleCategory !== this.loadedCategory) {
      // The feed has a document per category: read the new one's (a plain feed filters in memory).
      this.reloadResource();
    }
    if (this.hasUpdated && filtersChanged) {
      // New filters: start again from the first step of what is loaded.
      this.cancelMore();
      this.shown = this.step;
      this.moreFailed = false;
      this.ended = false;
      this.live.clear();
      this.prefill();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelMore();
  }

  private cancelMore(): void {
    this.moreController?.abort();
    this.moreController = undefined;
    this.busy = false;
  }

  /**
   * Fetches next pages until `target` items match, the feed has no more pages, or `maxPages` were
   * fetched. Resolves with
   * false when it failed (`moreFailed` is then set) or was cancelled.
   */
  private async loadUntil(target: number, maxPages = PAGES_PER_STEP): Promise<boolean> {
    const source = this.source;
    const controller = new AbortController();
    this.moreController = controller;
    this.moreFailed = false;
    try {
      // Busy from here (set before any await: a second press is ignored). The pages already
      // loaded first: what matches there may lie far down a long one.
      this.busy = true;
      for (const page of this.loaded) await this.readUntil(page, target + 1, controller.signal);
      if (controller.signal.aborted || this.source !== source) return false;
      // A filter that matches little must not walk the whole archive by itself: after a few
      // pages, the visitor decides whether to look further ("Chercher plus loin").
      for (let pages = 0; pages < maxPages && this.matching(target).length < target && this.pager?.hasMore; pages++) {
        const fresh = await this.pager.next({ signal: controller.signal });
        await this.readUntil(fresh, target + 1, controller.signal);
        if (controller.signal.aborted || this.source !== source) return false;
        this.loaded = [...this.loaded, fresh];
      }
      return true;
    } catch (error) {
      // Nothing already shown is lost: the message appears and the button turns into "Réessayer".
      if (!isAbortError(error) && !controller.signal.aborted && this.source === source) {
        this.moreFailed = true;
        this.moreFailure = error instanceof FeedError ? error.kind : undefined;
        this.reportError({ ...this.errorDetail(error), scope: 'next-page' });
      }
      return false;
    } finally {
      if (this.moreController === controller) {
        this.moreController = undefined;
        this.busy = false;
      }
    }
  }

  /** Nothing on the first page matches but the feed has more pages: look there before saying "none". */
  private prefill(): void {
    if (this.source && !this.busy && !this.moreFailed && this.pager?.hasMore && this.matching(1).length === 0) {
      void this.loadUntil(this.step);
    }
  }

  /**
   * Shows the next `limit` matching items, fetching next pages when the loaded ones run out,
   * then moves focus to the first new item and announces how many were added.
   */
  async showMore(): Promise<void> {
    if (this.busy || !this.source) return;
    const source = this.source;
    const before = this.shown;
    const from = Math.min(before, this.matching(before).length);
    const target = from + this.step;
    const kind = this.kindName;
    // Empty the live region first, so that the same message twice in a row is read again.
    this.live.clear();
    if (!(await this.loadUntil(target))) return;
    await this.updateComplete;
    if (this.source !== source || this.shown !== before) return;

    const next = Math.min(target, this.matching(target).length);
    const added = Math.max(next - from, 0);
    this.shown = Math.max(next, from);
    const m = this.messages;
    // The button goes away with the last items: say so, so that nobody waits for more.
    this.ended = !(this.matching(this.shown + 1).length > this.shown || this.pager?.hasMore);
    this.live.say(added > 0 ? (this.ended ? `${m.added(added, kind)}. ${m.noneLeft(kind)}` : m.added(added, kind)) : m.noneLeft(kind));
    await this.updateComplete;

    const items = this.renderRoot.querySelectorAll<HTMLElement>('li[data-index]');
    // The first new item; when there was none, the last one (the button has just gone).
    (added > 0 ? items[from] : items[items.length - 1])?.focus();
  }

  protected override render(): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    const text = this.heading?.trim();
    return html`${text ? heading(level, { class: 'heading', id: 'heading', part: 'heading' }, text) : nothing}${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    return this.renderFeed({
      loading: () => this.renderLoading(),
      content: (result) => (this.source ? this.renderList(result) : this.renderLoading()),
    });
  }

  private renderLoading(): TemplateResult {
    const layout = this.layoutName;
    const count = Math.min(this.step, MAX_PLACEHOLDERS);
    return html`<div class="loading ${layout} ${this.noImage ? 'no-image' : ''}" part="loading" aria-busy="true">
      <span class="visually-hidden">${this.common.loading}</span>
      ${Array.from({ length: count }, () => html`<div class="placeholder"><div class="skeleton image"></div><div class="skeleton text"></div></div>`)}
    </div>`;
  }

  private renderList(result: FeedResult): TemplateResult {
    const m = this.messages;
    const kind = this.kindName;
    const layout = this.layoutName;
    // One more than shown: enough to know whether "Voir plus" has something to show.
    const matching = this.matching(this.shown + 1);
    const visible = matching.slice(0, this.shown);
    const cardLevel = Math.min(headingLevel(this.headingLevel, 2) + 1, 6);
    const variant = layout === 'list' ? 'horizontal' : 'vertical';
    const hasMore = matching.length > this.shown || !!this.pager?.hasMore;
    const labelled = this.heading?.trim() ? 'heading' : undefined;

    let body: TemplateResult | typeof nothing = nothing;
    if (visible.length) {
      body = html`<ul class="items ${layout}" part="list" aria-labelledby=${ifDefined(labelled)} aria-busy=${this.busy ? 'true' : 'false'}>
        ${repeat(
          visible,
          (item) => item.id,
          (item, index) => html`<li part="item" tabindex="-1" data-index=${index}>
            <roseup-article-card
              part="card"
              .article=${item}
              variant=${variant}
              heading-level=${cardLevel}
              ?no-image=${this.noImage}
              ?no-summary=${this.noSummary}
            ></roseup-article-card>
          </li>`,
        )}
      </ul>`;
    } else if (this.busy) {
      body = this.renderLoading();
    } else if (hasMore && !this.moreFailed) {
      // Nothing among the recent pages, but older ones remain: say so, and offer to look there.
      body = html`<p class="note" part="empty">${m.noneRecent(kind)}</p>`;
    } else if (!this.moreFailed) {
      body = this.renderEmpty(result);
    }

    return html`${body}
      ${this.moreFailed ? html`<p class="alert more-error" part="more-error" role="alert">${m.moreError(this.moreFailure)}</p>` : nothing}
      ${hasMore || this.moreFailed
        ? html`<button
            type="button"
            class="button more"
            part="more"
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => void this.showMore()}
          >
            ${this.busy
              ? m.loadingMore
              : this.moreFailed
                ? html`${this.common.retry}<span class="visually-hidden">${m.retryMoreContext}</span>`
                : visible.length
                  ? html`${m.more}<span class="visually-hidden">${m.moreContext(kind)}</span>`
                  : m.searchOlder(kind)}
          </button>`
        : nothing}
      ${this.ended && !hasMore && visible.length ? html`<p class="end" part="end">${m.noneLeft(kind)}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.live.text}</p>`;
  }

  private renderEmpty(result: FeedResult): TemplateResult {
    const m = this.messages;
    const home = result.feed.homePageUrl;
    return html`<div class="empty" part="empty">
      <p>${m.empty(this.kindName)}</p>
      ${home ? html`<p><a href=${home}>${m.emptyLink(siteName(result.feed, home))}</a></p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-article-list': RoseUpArticleList;
  }
}
