import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { highlightRanges } from '../../data/french-text.js';
import { formatLongDate, toIsoDateTimeAttr } from '../../data/dates.js';
import { safeUrl } from '../../data/feed-parser.js';
import { getRecentSearches } from '../../data/recent-searches.js';
// Types only: erased at build time. The engine itself is loaded with import() on first use.
import type { SearchHit, SearchIndex } from '../../data/search-index.js';
import type { Feed, FeedItem, FeedResult, Suggestion } from '../../data/types.js';
import { emit } from '../internal/events.js';
import { FeedElement } from '../internal/feed-element.js';
import { baseStyles } from '../internal/styles.js';
import { searchStyles } from './search.styles.js';
import { searchMessages, type SearchMessages } from './messages.js';

/** Where the query goes when neither `action` nor the feed's `search_url` says otherwise. */
export const DEFAULT_SEARCH_URL = 'https://www.rose-up.fr/recherche/';
export const DEFAULT_MIN_LENGTH = 2;
export const DEFAULT_MAX_RESULTS = 8;
/** Most results shown, whatever `max-results` says. */
export const MAX_RESULTS_CAP = 50;
/**
 * The live region speaks this long after the last keystroke: long enough to let a word be typed
 * without a count read after every letter, short enough to follow a pause.
 */
/**
 * How long typing must pause before the result count is read: long enough for someone who types
 * slowly (tired, on a phone) to hear one count per word, not one per letter.
 */
export const ANNOUNCE_DELAY_MS = 1000;

type OptionModel =
  | { kind: 'item'; hit: SearchHit }
  | { kind: 'all'; query: string; url: string }
  | { kind: 'suggestion'; suggestion: Suggestion; recent: boolean }
  | { kind: 'clear' };

interface Group {
  key: 'recent' | 'popular';
  label: string;
  options: OptionModel[];
}

type Mode = 'suggestions' | 'short' | 'loading' | 'degraded' | 'results';

interface View {
  mode: Mode;
  /** Before typing: the option groups. */
  groups: Group[];
  /** Every option, in order: their index gives their id (`option-<i>`). */
  options: OptionModel[];
  /** A line of text shown above the options (not an option). */
  message?: string;
}

const SEARCH_ICON = svg`<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>`;
const RECENT_ICON = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`;
const ARROW_ICON = svg`<path d="M5 12h14M13 6l6 6-6 6"/>`;
const CLEAR_ICON = svg`<path d="M5 7h14M10 7V4.5h4V7M7 7l1 13h8l1-13"/>`;

const icon = (content: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;

/** The title as text nodes, with the matched parts inside `<mark>`: nothing from the feed is parsed as HTML. */
function highlighted(title: string, terms: readonly string[]): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of highlightRanges(title, terms)) {
    if (start > at) parts.push(title.slice(at, start));
    parts.push(html`<mark part="highlight">${title.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < title.length) parts.push(title.slice(at));
  return parts;
}

/** `action` with `q` set (other parameters of `action` are kept). */
function withQuery(action: string, q: string): string {
  const url = new URL(action);
  url.searchParams.set('q', q);
  return url.href;
}

const positiveInt = (value: unknown, fallback: number, max: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
};

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
 * on the last option, Up from the first one returns to the text field (no active option);
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
 * @cssprop --roseup-color-accent - Button, active option (default #a3134f).
 * @cssprop --roseup-color-text - Text colour (default: inherited from the page).
 * @cssprop --roseup-color-muted - Secondary text (default #5c5666).
 * @cssprop --roseup-color-surface - Field and drop-down background (default #ffffff).
 * @cssprop --roseup-color-border - Drop-down border (default #d6d0d8).
 * @cssprop --roseup-font-family - Font (default: inherited from the page).
 * @cssprop --roseup-radius - Corner radius (default 0.5rem).
 * @cssprop --roseup-space - Spacing (default 1rem).
 * @cssprop --roseup-focus-ring - Focus outline (default 3px solid #1a5fb4).
 */
export class RoseUpSearch extends FeedElement {
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
      open: { state: true, attribute: false },
      active: { state: true, attribute: false },
      hits: { state: true, attribute: false },
      recent: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
      engineWanted: { state: true, attribute: false },
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
  /** The visitor wants the drop-down (focus, typing); it shows when it has something to show. */
  declare private open: boolean;
  /** Index of the active option, -1 for none. */
  declare private active: number;
  declare private hits?: SearchHit[];
  declare private recent: readonly string[];
  declare private announcement: string;
  /** Set on first focus or input: the engine chunk is loaded from then on. */
  declare private engineWanted: boolean;

  constructor() {
    super();
    // DEFAULT_MIN_LENGTH and DEFAULT_MAX_RESULTS, written out for the custom-elements manifest.
    this.minLength = 2;
    this.maxResults = 8;
    this.rememberRecent = false;
    this.query = '';
    this.open = false;
    this.active = -1;
    this.recent = [];
    this.announcement = '';
    this.engineWanted = false;
  }

  private get input(): HTMLInputElement {
    return this.renderRoot?.querySelector('#input') as HTMLInputElement;
  }

  private composing = false;
  private focused = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastFeed?: Feed;
  private index?: SearchIndex;
  private leftPage = false;

  private readonly indexTask = new Task<[Feed | undefined, boolean], SearchIndex>(this, {
    args: () => [this.lastFeed, this.engineWanted],
    task: async ([feed, wanted], { signal }) => {
      this.index = undefined;
      if (!feed || !wanted) return initialState;
      try {
        const { buildSearchIndex } = await import('../../data/search-index.js');
        signal.throwIfAborted();
        return await buildSearchIndex(feed.items, { signal });
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (index) => {
      this.index = index;
      this.refresh();
    },
    onError: (error) => {
      console.warn('[roseup] <roseup-search>: the search engine could not be loaded; searches go to the search page.', error);
      this.refresh();
    },
  });

  private get messages(): SearchMessages {
    return searchMessages[this.language];
  }

  private get minChars(): number {
    return positiveInt(this.minLength, DEFAULT_MIN_LENGTH, 100);
  }

  private get maxHits(): number {
    return positiveInt(this.maxResults, DEFAULT_MAX_RESULTS, MAX_RESULTS_CAP);
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

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.leftPage) {
      this.leftPage = false;
      if (this.engineWanted && this.indexTask.status !== TaskStatus.COMPLETE) void this.indexTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leftPage = true;
    this.indexTask.abort();
    clearTimeout(this.announceTimer);
    this.focused = false;
    this.open = false;
  }

  protected override feedLoaded(result: FeedResult): void {
    super.feedLoaded(result);
    this.lastFeed = result.feed;
    // Suggestions may have just appeared under a focused, empty field.
    if (this.focused && this.open) this.scheduleAnnouncement();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed') && changed.get('feed') !== undefined) {
      this.lastFeed = undefined;
      this.index = undefined;
      this.hits = undefined;
    }
    if (changed.has('rememberRecent') && !this.rememberRecent) this.recent = [];
    if (changed.has('maxResults') || changed.has('minLength')) this.search();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---- state ----

  private get feedFailed(): boolean {
    return !this.lastFeed && this.feedTask.status === TaskStatus.ERROR;
  }

  private get degraded(): boolean {
    return this.feedFailed || this.indexTask.status === TaskStatus.ERROR;
  }

  private wantEngine(): void {
    this.engineWanted = true;
  }

  /** Runs the query against the index, when there is one and the query is long enough. */
  private search(): void {
    const q = this.query.trim();
    this.hits = this.index && q.length >= this.minChars ? this.index.search(q, { limit: this.maxHits }) : undefined;
  }

  /** The feed or the index arrived, or failed: show and announce what changed. */
  private refresh(): void {
    const before = this.view().mode;
    this.search();
    // The engine arriving changes nothing while the visitor browses suggestions: keep the option
    // they may have just moved to (an arrow key pressed as the index lands).
    if (before !== 'suggestions' || this.view().mode !== 'suggestions') this.active = -1;
    if (this.focused && this.open) this.scheduleAnnouncement();
  }

  private view(): View {
    const m = this.messages;
    const q = this.query.trim();
    if (!q) {
      const groups: Group[] = [];
      if (this.rememberRecent && this.recent.length) {
        groups.push({
          key: 'recent',
          label: m.recentGroup,
          options: [
            ...this.recent.map((text): OptionModel => ({ kind: 'suggestion', suggestion: { label: text, query: text }, recent: true })),
            { kind: 'clear' },
          ],
        });
      }
      const popular = this.lastFeed?.suggestions ?? [];
      if (popular.length) {
        groups.push({
          key: 'popular',
          label: m.popularGroup,
          options: popular.map((suggestion): OptionModel => ({ kind: 'suggestion', suggestion, recent: false })),
        });
      }
      return { mode: 'suggestions', groups, options: groups.flatMap((g) => g.options) };
    }
    if (q.length < this.minChars) return { mode: 'short', groups: [], options: [] };
    const all: OptionModel = { kind: 'all', query: q, url: withQuery(this.actionUrl, q) };
    if (this.hits) {
      const options: OptionModel[] = this.hits.map((hit) => ({ kind: 'item', hit }));
      options.push(all);
      return { mode: 'results', groups: [], options, message: this.hits.length ? undefined : m.noResultsFor(q) };
    }
    if (this.degraded) return { mode: 'degraded', groups: [], options: [all] };
    return { mode: 'loading', groups: [], options: [all], message: m.loading };
  }

  // ---- live region ----

  /** What the live region says about the current state, '' for nothing. */
  private statusText(view: View): string {
    const m = this.messages;
    switch (view.mode) {
      case 'suggestions': {
        const count = view.options.filter((o) => o.kind === 'suggestion').length;
        return count ? m.suggestions(count) : '';
      }
      case 'loading':
        return m.loading;
      case 'results':
        return m.results(this.hits?.length ?? 0);
      default:
        return '';
    }
  }

  /**
   * Announces the state once the visitor pauses; every new keystroke postpones it. A new query
   * with the same count is announced again (as GOV.UK's accessible-autocomplete does): the
   * visitor needs to know their last word was taken into account.
   */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      if (!this.focused || !this.open) return;
      const text = this.statusText(this.view());
      if (text) this.announce(text);
    }, ANNOUNCE_DELAY_MS);
  }

  private announce(text: string): void {
    // The same words twice in a row are not read again unless the text changes: toggle a
    // no-break space at the end, which screen readers do not pronounce.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ---- actions ----

  private openList(): void {
    this.open = true;
    this.active = -1;
    if (this.rememberRecent) this.recent = getRecentSearches().list();
  }

  private close(): void {
    this.open = false;
    this.active = -1;
    clearTimeout(this.announceTimer);
    // A count for a list that is gone must not be found later by reading the page.
    this.announcement = '';
  }

  /** A new query (typed, pasted, composed or chosen): search and, once it settles, announce. */
  private setQuery(value: string): void {
    this.wantEngine();
    this.query = value;
    this.open = true;
    this.active = -1;
    this.search();
    this.scheduleAnnouncement();
  }

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
    this.close();
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
        this.close();
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
          this.close();
          return;
        }
        if (this.input) {
          this.input.value = suggestion.query;
          this.input.setSelectionRange(suggestion.query.length, suggestion.query.length);
        }
        this.setQuery(suggestion.query);
        return;
      }
      case 'clear':
        getRecentSearches().clear();
        this.recent = [];
        this.active = -1;
        clearTimeout(this.announceTimer);
        this.announce(this.messages.historyCleared);
        return;
    }
  }

  // ---- events ----

  private onFocus(): void {
    this.focused = true;
    this.wantEngine();
    this.openList();
    this.search();
    this.scheduleAnnouncement();
  }

  private onBlur(): void {
    this.focused = false;
    this.close();
  }

  private onClick(): void {
    // A click in the field after Escape brings the list back.
    if (!this.open) {
      this.openList();
      this.scheduleAnnouncement();
    }
  }

  private onInput(event: Event): void {
    if (this.composing || (event as InputEvent).isComposing) return;
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private onCompositionStart(): void {
    this.composing = true;
    this.wantEngine();
  }

  private onCompositionEnd(event: CompositionEvent): void {
    this.composing = false;
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private onKeydown(event: KeyboardEvent): void {
    // Keys belong to the input method while it composes (Enter commits the composition).
    if (event.isComposing || this.composing || event.keyCode === 229) return;
    const { options } = this.view();
    const count = options.length;
    const expanded = this.open && count > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          this.openList();
          this.search();
          const now = this.view().options.length;
          if (now && !event.altKey) this.active = 0;
          this.scheduleAnnouncement();
        } else if (!event.altKey) {
          this.active = this.active < 0 ? 0 : Math.min(this.active + 1, count - 1);
        }
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          this.openList();
          this.search();
          const now = this.view().options.length;
          if (now) this.active = now - 1;
          this.scheduleAnnouncement();
        } else {
          this.active = this.active < 0 ? count - 1 : this.active - 1;
        }
        return;
      case 'Enter':
        event.preventDefault();
        if (expanded && this.active >= 0) this.choose(options[this.active]);
        else this.submitQuery();
        return;
      case 'Escape':
        if (this.open && (count > 0 || this.view().message)) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          event.stopPropagation();
          this.input.value = '';
          this.query = '';
          this.hits = undefined;
          this.close();
        }
        return;
      case 'Tab':
        this.close();
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // The caret moves (default action): the visitor is editing again, not choosing.
        this.active = -1;
        return;
      default:
        return;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submitQuery();
  }

  /** Keeps the focus in the field when an option is pressed (mouse, pen or touch). */
  private onPopupPointerDown(event: PointerEvent): void {
    event.preventDefault();
  }

  private onOptionClick(event: MouseEvent): void {
    const target = (event.target as Element).closest('[role="option"]');
    const index = Number(target?.getAttribute('data-index'));
    if (!target || !Number.isInteger(index)) return;
    this.choose(this.view().options[index]);
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const m = this.messages;
    const view = this.view();
    const expanded = this.open && view.options.length > 0;
    const showPopup = this.open && (expanded || !!view.message);
    const active = expanded && this.active < view.options.length ? this.active : -1;
    const failed = this.feedFailed;
    const label = this.label?.trim() || m.label;
    const listboxLabel = view.mode === 'suggestions' ? m.suggestionsListbox : m.resultsListbox;
    let index = 0;
    const option = (model: OptionModel) => this.renderOption(model, index++, active, m);

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
          <input
            id="input"
            class="input"
            part="input"
            name="q"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${active >= 0 ? `option-${active}` : nothing}
            aria-describedby=${failed ? 'hint error' : 'hint'}
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            .enterKeyHint=${'search'}
            maxlength="200"
            placeholder=${ifDefined(this.placeholder || undefined)}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
            @click=${this.onClick}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @compositionstart=${this.onCompositionStart}
            @compositionend=${this.onCompositionEnd}
          />
          <div class="popup" part="popup" ?hidden=${!showPopup} @pointerdown=${this.onPopupPointerDown}>
            ${view.message ? html`<p class="message" part="message">${view.message}</p>` : nothing}
            <div
              id="listbox"
              class="listbox"
              part="listbox"
              role="listbox"
              tabindex="-1"
              aria-label=${listboxLabel}
              ?hidden=${!expanded}
              @click=${this.onOptionClick}
            >
              ${expanded
                ? view.groups.length
                  ? view.groups.map(
                      (group) => html`<div class="group" role="group" aria-labelledby="group-${group.key}">
                        <div class="group-label" part="group-label" role="presentation" id="group-${group.key}">${group.label}</div>
                        ${group.options.map(option)}
                      </div>`,
                    )
                  : view.options.map(option)
                : nothing}
            </div>
          </div>
        </div>
        <button class="button submit" part="submit" type="submit">${icon(SEARCH_ICON)}<span>${m.submit}</span></button>
      </div>
      <p id="hint" class="visually-hidden">${m.hint}</p>
      ${failed
        ? html`<div class="notice" part="error" role="alert">
            <p id="error">${m.unavailable}</p>
            <button type="button" class="button secondary" part="retry" @click=${() => this.retry()}>${m.retry}</button>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </form>`;
  }

  private renderOption(model: OptionModel, index: number, active: number, m: SearchMessages): TemplateResult {
    const selected = index === active;
    const common = (part: string, className: string, content: unknown) =>
      html`<div
        role="option"
        id="option-${index}"
        class="option ${className}"
        part="option ${part}"
        data-index=${index}
        aria-selected=${ifDefined(selected ? 'true' : undefined)}
      >
        ${content}
      </div>`;
    switch (model.kind) {
      case 'item':
        return common('result', 'result', this.renderItem(model.hit, m));
      case 'all':
        return common('see-all', 'see-all', html`${icon(ARROW_ICON)}<span>${m.seeAll(model.query)}</span>`);
      case 'suggestion':
        return common(
          'suggestion',
          model.recent ? 'suggestion recent' : 'suggestion',
          html`${icon(model.recent ? RECENT_ICON : SEARCH_ICON)}<span>${model.suggestion.label}</span>`,
        );
      case 'clear':
        return common('clear-history', 'clear-history', html`${icon(CLEAR_ICON)}<span>${m.clearHistory}</span>`);
    }
  }

  private renderItem(hit: SearchHit, m: SearchMessages): TemplateResult {
    const item: FeedItem = hit.item;
    const kind = item.format?.label ?? (item.kind === 'event' ? m.event : m.article);
    const meta: Array<string | TemplateResult> = [kind];
    if (item.category && item.category.label !== kind) meta.push(item.category.label);
    if (item.kind === 'event') {
      meta.push(html`<time datetime=${toIsoDateTimeAttr(item.start)}>${formatLongDate(item.start, this.language)}</time>`);
    }
    return html`<span class="title" part="option-title" lang=${ifDefined(item.language ?? this.lastFeed?.language)}>${highlighted(item.title, hit.terms)}</span>
      <span class="meta" part="option-meta"
        >${meta.map((part, i) =>
          i ? html`<span class="sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span>${part}` : html`<span class="visually-hidden">, </span>${part}`,
        )}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-search': RoseUpSearch;
  }
}
