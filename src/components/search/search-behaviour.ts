/**
 * What `<roseup-search>` loads on the visitor's first intent (focus, pointer over it, touch, a
 * key, typing or composing in it): the combobox controller (keys, focus, IME composition,
 * pointer, active option), the view model, the options' markup and highlighting, the search
 * engine's controller and loaders, the live region's controller and the recent searches (with the
 * stored-list machinery). Until it arrives the element shows the closed field from
 * `search-markup.ts` and submits like a plain search form. See `RoseUpSearch.loadBehaviour`.
 */
import type { ReactiveControllerHost } from 'lit';
import { nothing } from 'lit';
import { safeUrl } from '../../data/feed-parser.js';
import { getRecentSearches } from '../../data/recent-searches.js';
import type { Feed } from '../../data/types.js';
import { emit } from '../internal/events.js';
import type { Lang } from '../internal/i18n.js';
import { LiveRegionController } from '../internal/live-region.js';
import { ComboboxController } from './combobox-controller.js';
import { feedSearchEngine, SearchEngineController, type SearchEngineLoader } from './search-engine.js';
import type { PopupModel } from './search-markup.js';
import { renderOptions } from './search-options.js';
import { memoizedSearchView, type OptionModel, type SearchView } from './search-view.js';
import type { SearchMessages } from './messages.js';

// The element's default engine loader calls it from here, so that it never weighs on the page.
export { feedSearchEngine };

/**
 * How long typing must pause before the result count is read: long enough for someone who types
 * slowly (tired, on a phone) to hear one count per word, not one per letter.
 */
export const ANNOUNCE_DELAY_MS = 1000;

const NONE: readonly never[] = [];

/** What the behaviour reads from, and asks of, its element. */
export interface SearchElementPort {
  input(): HTMLInputElement | null;
  feed(): Feed | undefined;
  loader(): SearchEngineLoader;
  messages(): SearchMessages;
  minChars(): number;
  maxHits(): number;
  rememberRecent(): boolean;
  /** No feed: the form still searches on the site. */
  feedFailed(): boolean;
  /** Sends the field's query to the search page (the element's own submit path). */
  submit(): void;
  navigate(url: string): void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/** The combobox, engine, live region and recent searches of one `<roseup-search>`. */
export class SearchBehaviour {
  /** The query as last typed (not updated while an IME composes). */
  private query = '';
  private recent: readonly string[] = NONE;
  readonly live: LiveRegionController;
  readonly combo: ComboboxController;
  private readonly engine: SearchEngineController;
  private readonly buildView = memoizedSearchView();

  constructor(
    private readonly host: Host,
    private readonly port: SearchElementPort,
  ) {
    this.live = new LiveRegionController(host);
    this.combo = new ComboboxController(host, {
      optionCount: () => this.view.options.length,
      hasMessage: () => !!this.view.message,
      input: () => port.input(),
      engage: () => this.engine.want(),
      opened: () => {
        if (port.rememberRecent()) this.recent = getRecentSearches().list();
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
      submit: () => port.submit(),
      reachedEnd: () => this.live.say(port.messages().endOfList),
    });
    this.engine = new SearchEngineController(host, {
      feed: () => port.feed(),
      loader: () => port.loader(),
      settled: () => this.refresh(),
      answered: () => {
        if (this.combo.focused && this.combo.open && !this.live.pending) this.scheduleAnnouncement();
      },
    });
  }

  /**
   * Takes over from the plain field: what the visitor did while the behaviour was on its way is
   * applied now. A focused field opens (suggestions, or results for the text already typed, said
   * once typing pauses); a composition under way is left to the input method until it ends.
   */
  start({ focused, composing }: { focused: boolean; composing: boolean }): void {
    const value = this.port.input()?.value ?? '';
    if (focused) this.combo.onFocus();
    if (composing) this.combo.onCompositionStart();
    else if (value && focused) this.combo.setQuery(value);
    else if (value) {
      this.query = value;
      this.search();
    }
  }

  /** The element's properties changed (from its `willUpdate`). */
  propertiesChanged({ feed, forgetRecent, limits }: { feed: boolean; forgetRecent: boolean; limits: boolean }): void {
    if (feed) this.engine.reset();
    if (forgetRecent) this.recent = NONE;
    if (limits) this.search();
  }

  /** The feed arrived: suggestions may have just appeared under a focused, empty field. */
  feedLoaded(): void {
    if (this.combo.focused && this.combo.open) this.scheduleAnnouncement();
  }

  private get degraded(): boolean {
    return this.port.feedFailed() || this.engine.failed;
  }

  /** What is shown and said, the same object until something it depends on changes. */
  private get view(): SearchView {
    return this.buildView({
      query: this.query,
      minChars: this.port.minChars(),
      recent: this.port.rememberRecent() ? this.recent : NONE,
      popular: this.port.feed()?.suggestions ?? NONE,
      hits: this.engine.hits,
      degraded: this.degraded,
      notice: this.port.feedFailed(),
      messages: this.port.messages(),
    });
  }

  /** The drop-down's state and options, for `renderPopup`. */
  popup(lang: Lang, feedLanguage?: string): PopupModel {
    const view = this.view;
    const combo = this.combo;
    const expanded = combo.expanded;
    return {
      shown: combo.open && (expanded || !!view.message),
      expanded,
      message: view.message,
      results: view.mode !== 'suggestions',
      options: expanded ? renderOptions(view, combo.active, this.port.messages(), lang, feedLanguage) : nothing,
    };
  }

  /** Asks the engine, when the query is long enough. */
  private search(): void {
    const q = this.query.trim();
    this.engine.search(q.length >= this.port.minChars() ? q : undefined, this.port.maxHits());
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

  /** A query was sent to the search page: remembered, with `remember-recent`. */
  remember(q: string): void {
    if (this.port.rememberRecent() && q) {
      this.recent = getRecentSearches().add(q);
      this.host.requestUpdate();
    }
  }

  close(): void {
    this.combo.close();
  }

  private choose(option: OptionModel | undefined): void {
    if (!option) return;
    const q = this.query.trim();
    switch (option.kind) {
      case 'item': {
        const { item } = option.hit;
        const proceed = emit(this.host, 'roseup-search-select', { query: q, item }, { cancelable: true });
        this.combo.close();
        if (!proceed) return;
        this.remember(q);
        const url = item.url ?? safeUrl(item.id);
        if (url) this.port.navigate(url);
        return;
      }
      case 'all':
        this.port.submit();
        return;
      case 'suggestion': {
        const { suggestion } = option;
        const proceed = emit(this.host, 'roseup-search-select', { query: suggestion.query, suggestion }, { cancelable: true });
        if (!proceed) {
          this.combo.close();
          return;
        }
        const input = this.port.input();
        if (input) {
          input.value = suggestion.query;
          input.setSelectionRange(suggestion.query.length, suggestion.query.length);
        }
        this.combo.setQuery(suggestion.query);
        return;
      }
      case 'clear':
        getRecentSearches().clear();
        this.recent = NONE;
        this.combo.active = -1;
        this.live.say(this.port.messages().historyCleared);
        this.host.requestUpdate();
        return;
    }
  }
}
