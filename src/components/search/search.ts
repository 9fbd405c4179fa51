import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { safeUrl } from '../../data/feed-parser.js';
import { getRecentSearches } from '../../data/recent-searches.js';
import type { Feed, FeedResult } from '../../data/types.js';
import { emit } from '../internal/events.js';
import { clampedInt } from '../internal/attributes.js';
import { FeedElement } from '../internal/feed-element.js';
import { LiveRegionController } from '../internal/live-region.js';
import { baseStyles } from '../internal/styles.js';
import { ComboboxController } from './combobox-controller.js';
import { feedSearchEngine, SearchEngineController, type SearchEngineLoader } from './search-engine.js';
import { renderInput, renderPopup, searchIcon } from './search-markup.js';
import { memoizedSearchView, withQuery, type OptionModel, type SearchView } from './search-view.js';
import { searchStyles } from './search.styles.js';
import { searchMessages, type SearchMessages } from './messages.js';

const NONE: readonly never[] = [];

/** Where the query goes when neither `action` nor the feed's `search_url` says otherwise. */
export const DEFAULT_SEARCH_URL = 'https://www.rose-up.fr/recherche/';
export const DEFAULT_MIN_LENGTH = 2;
export const DEFAULT_MAX_RESULTS = 8;
/** Most results shown, whatever `max-results` says. */
export const MAX_RESULTS_CAP = 50;
/**
 * How long typing must pause before the result count is read: long enough for someone who types
 * slowly (tired, on a phone) to hear one count per word, not one per letter.
 */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * A search box for RoseUp's articles and workshops, following the WAI-ARIA combobox pattern
 * (list autocomplete): a visible label, a text input with `role="combobox"` and a listbox of
 * options in the same shadow root; focus stays in the input and `aria-activedescendant` points
 * at the active option.
 *
 * Before typing, focusing the field offers the feed's popular searches ("Recherches fréquentes")
 * and, only with `remember-recent`, the visitor's own recent searches with "Effacer
 * l'historique". From `min-length` characters on, the matching articles and events appear,
 * title with the matched words highlighted, kind, category and, for an event, its date in
 * Paris time; a last option, "Voir tous les résultats pour « … »", goes to the site's search page.
 * A polite live region says how many results there are once typing pauses, not at each key.
 *
 * The search engine (MiniSearch with French folding and stemming) is a separate chunk, loaded
 * on the first focus or keystroke, never with the page. Without the feed, or without the engine,
 * the element is still a plain search form that sends the query to `action` as `?q=`.
 *
 * Keyboard: Down/Up move through the options (Down or Up on a closed list opens it); Down stops
 * on the last option and says "Fin de la liste", Up from the first one returns to the text field;
 * Home/End, Left/Right move the caret and leave the options; Enter opens the active option or,
 * with none active, searches; Escape closes the list, a second Escape clears the field; Tab
 * leaves the field and closes the list. While an input method (IME) is composing, keys are left
 * to it and the search runs when composition ends.
 *
 * @tag roseup-search
 * @summary Accessible, French-aware search of RoseUp's content, with suggestions.
 *
 * @fires roseup-search-select - The visitor chose a result (`detail: { query, item }`), a
 *   suggestion or recent search (`detail: { query, suggestion }`) or submitted the query
 *   (`detail: { query }`). Cancelable: `preventDefault()` stops the navigation (or, for a
 *   suggestion, filling the field).
 * @fires roseup-load - The feed was loaded (`detail: { url, stale, fetchedAt, skipped }`).
 * @fires roseup-error - The feed could not be loaded (`detail: { url, reason, status?, message }`);
 *   the form still searches on the site.
 *
 * @csspart form - The `<form role="search">`.
 * @csspart label - The visible label.
 * @csspart input - The text field (`role="combobox"`).
 * @csspart submit - The "Rechercher" button.
 * @csspart popup - The drop-down under the field.
 * @csspart listbox - The list of options.
 * @csspart group-label - The heading of a group of suggestions ("Recherches fréquentes").
 * @csspart option - Every option; also `result`, `suggestion`, `see-all` or `clear-history`.
 * @csspart result - An article or event option.
 * @csspart suggestion - A popular or recent search option.
 * @csspart see-all - The "Voir tous les résultats" option.
 * @csspart clear-history - The "Effacer l'historique" option.
 * @csspart option-title - A result's title.
 * @csspart option-meta - A result's kind, category and date.
 * @csspart highlight - The `<mark>` around matched words.
 * @csspart message - The line shown in the drop-down while loading or when nothing matches.
 * @csspart error - The notice shown when the feed could not be loaded.
 * @csspart retry - Its retry button.
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
export class RoseUpSearch extends FeedElement<SearchMessages> {
  static override styles = [baseStyles, searchStyles];

  static override get properties(): PropertyDeclarations {
    return {
      action: {},
      label: {},
      placeholder: {},
      minLength: { attribute: 'min-length', type: Number },
      maxResults: { attribute: 'max-results', type: Number },
      rememberRecent: { attribute: 'remember-recent', type: Boolean },
      query: { state: true, attribute: false },
      recent: { state: true, attribute: false },
    };
  }

  /**
   * The search page the query is sent to (as `?q=`), absolute or relative to the page; only
   * http(s) URLs. Default: the feed's `_roseup.search_url`, else RoseUp's search page.
   */
  declare action?: string;

  /** Visible label of the field. Default "Rechercher sur RoseUp". */
  declare label?: string;

  /** Placeholder of the field (none by default: the label says what to type). */
  declare placeholder?: string;

  /** Characters to type before results are shown (default 2). */
  declare minLength: number;

  /** Most results listed before "Voir tous les résultats" (default 8, at most 50). */
  declare maxResults: number;

  /**
   * Remembers the visitor's last searches on their device and offers them before typing,
   * with "Effacer l'historique". Off by default: searches reveal health information.
   */
  declare rememberRecent: boolean;

  /** The query as last typed (not updated while an IME composes). */
  declare private query: string;
  declare private recent: readonly string[];

  /**
   * Makes the search engine for a feed. Default: the feed's prebuilt index when it has one
   * (`roseup-feed build`), else MiniSearch over the feed's items.
   */
  protected engineLoader: SearchEngineLoader = feedSearchEngine;

  constructor() {
    super(searchMessages);
    // DEFAULT_MIN_LENGTH and DEFAULT_MAX_RESULTS, written out for the custom-elements manifest.
    this.minLength = 2;
    this.maxResults = 8;
    this.rememberRecent = false;
    this.query = '';
    this.recent = [];
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('#input') ?? null;
  }

  private readonly live = new LiveRegionController(this);
  private lastFeed?: Feed;
  private readonly buildView = memoizedSearchView();

  private readonly combo = new ComboboxController(this, {
    optionCount: () => this.view.options.length,
    hasMessage: () => !!this.view.message,
    input: () => this.input,
    engage: () => this.engine.want(),
    opened: () => {
      if (this.rememberRecent) this.recent = getRecentSearches().list();
      this.search();
      this.scheduleAnnouncement();
    },
    changed: (value) => {
      this.query = value;
      this.search();
      // The last count no longer holds: silence until the new one is due.
      this.live.clear();
      this.scheduleAnnouncement();
    },
    // A count for a list that is gone must not be found later by reading the page.
    closed: () => this.live.clear(),
    emptied: () => {
      this.query = '';
      this.engine.search(undefined, 0);
    },
    choose: (index) => this.choose(this.view.options[index]),
    submit: () => this.submitQuery(),
    reachedEnd: () => this.live.say(this.messages.endOfList),
  });

  private readonly engine = new SearchEngineController(this, {
    feed: () => this.lastFeed,
    loader: () => this.engineLoader,
    settled: () => this.refresh(),
    answered: () => {
      if (this.combo.focused && this.combo.open && !this.live.pending) this.scheduleAnnouncement();
    },
  });

  private get minChars(): number {
    return clampedInt(this.minLength, DEFAULT_MIN_LENGTH, 100);
  }

  private get maxHits(): number {
    return clampedInt(this.maxResults, DEFAULT_MAX_RESULTS, MAX_RESULTS_CAP);
  }

  /** Where searches go: `action`, else the feed's search page, else RoseUp's. */
  get actionUrl(): string {
    return safeUrl(this.action, this.ownerDocument.baseURI) ?? this.lastFeed?.searchUrl ?? DEFAULT_SEARCH_URL;
  }

  /** Opens `url`. Tests and single-page apps may override it (or cancel `roseup-search-select`). */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  // ---- lifecycle ----

  protected override feedLoaded(result: FeedResult): void {
    super.feedLoaded(result);
    this.lastFeed = result.feed;
    // Suggestions may have just appeared under a focused, empty field.
    if (this.combo.focused && this.combo.open) this.scheduleAnnouncement();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed') && changed.get('feed') !== undefined) {
      this.lastFeed = undefined;
      this.engine.reset();
    }
    if (changed.has('rememberRecent') && !this.rememberRecent) this.recent = [];
    if (changed.has('maxResults') || changed.has('minLength')) this.search();
  }

  // ---- state ----

  /** No feed: the form still searches on the site. */
  private get feedFailed(): boolean {
    return !this.lastFeed && this.feedTask.status === TaskStatus.ERROR;
  }

  private get degraded(): boolean {
    return this.feedFailed || this.engine.failed;
  }

  /** What is shown and said, the same object until something it depends on changes. */
  private get view(): SearchView {
    return this.buildView({
      query: this.query,
      minChars: this.minChars,
      recent: this.rememberRecent ? this.recent : NONE,
      popular: this.lastFeed?.suggestions ?? NONE,
      hits: this.engine.hits,
      degraded: this.degraded,
      messages: this.messages,
    });
  }

  /** Asks the engine, when the query is long enough. */
  private search(): void {
    const q = this.query.trim();
    this.engine.search(q.length >= this.minChars ? q : undefined, this.maxHits);
  }

  /** The feed or the engine arrived, or failed: show and announce what changed. */
  private refresh(): void {
    const before = this.view.mode;
    this.search();
    // The engine arriving changes nothing while the visitor browses suggestions: keep the option
    // they may have just moved to (an arrow key pressed as the index lands).
    if (before !== 'suggestions' || this.view.mode !== 'suggestions') this.combo.active = -1;
    if (this.combo.focused && this.combo.open) this.scheduleAnnouncement();
  }

  /**
   * Says the state once the visitor pauses; every new keystroke postpones it. A new query with the
   * same count is said again (as GOV.UK's accessible-autocomplete does): the visitor needs to know
   * their last word was taken into account.
   */
  private scheduleAnnouncement(): void {
    this.live.sayLater(() => (this.combo.focused && this.combo.open ? this.view.status : ''), ANNOUNCE_DELAY_MS);
  }

  // ---- actions ----

  private remember(q: string): void {
    if (this.rememberRecent && q) this.recent = getRecentSearches().add(q);
  }

  /** Sends the query to the search page, unless a listener cancels `roseup-search-select`. */
  private submitQuery(): void {
    const q = (this.input?.value ?? this.query).trim();
    if (!q) {
      this.input?.focus();
      return;
    }
    const proceed = emit(this, 'roseup-search-select', { query: q }, { cancelable: true });
    this.combo.close();
    if (!proceed) return;
    this.remember(q);
    this.navigate(withQuery(this.actionUrl, q));
  }

  private choose(option: OptionModel | undefined): void {
    if (!option) return;
    const q = this.query.trim();
    switch (option.kind) {
      case 'item': {
        const { item } = option.hit;
        const proceed = emit(this, 'roseup-search-select', { query: q, item }, { cancelable: true });
        this.combo.close();
        if (!proceed) return;
        this.remember(q);
        const url = item.url ?? safeUrl(item.id);
        if (url) this.navigate(url);
        return;
      }
      case 'all':
        this.submitQuery();
        return;
      case 'suggestion': {
        const { suggestion } = option;
        const proceed = emit(this, 'roseup-search-select', { query: suggestion.query, suggestion }, { cancelable: true });
        if (!proceed) {
          this.combo.close();
          return;
        }
        const input = this.input;
        if (input) {
          input.value = suggestion.query;
          input.setSelectionRange(suggestion.query.length, suggestion.query.length);
        }
        this.combo.setQuery(suggestion.query);
        return;
      }
      case 'clear':
        getRecentSearches().clear();
        this.recent = [];
        this.combo.active = -1;
        this.live.say(this.messages.historyCleared);
        return;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submitQuery();
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const m = this.messages;
    const view = this.view;
    const combo = this.combo;
    const failed = this.feedFailed;
    const label = this.label?.trim() || m.label;

    return html`<form
      class="form"
      part="form"
      role="search"
      aria-labelledby="label"
      action=${this.actionUrl}
      method="get"
      novalidate
      @submit=${this.onSubmit}
    >
      <label id="label" class="label" part="label" for="input">${label}</label>
      <div class="row">
        <div class="combo">
          ${renderInput(combo, { describedBy: failed ? 'hint error' : 'hint', placeholder: this.placeholder })}
          ${renderPopup(view, combo, m, this.language, this.lastFeed?.language)}
        </div>
        <button class="button submit" part="submit" type="submit">${searchIcon}<span>${m.submit}</span></button>
      </div>
      <p id="hint" class="visually-hidden">${m.hint}</p>
      ${failed
        ? html`<div class="notice" part="error" role="alert">
            <p id="error">${m.unavailable}</p>
            <button type="button" class="button secondary" part="retry" @click=${() => this.retry()}>${m.retry}</button>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${this.live.text}</div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-search': RoseUpSearch;
  }
}
