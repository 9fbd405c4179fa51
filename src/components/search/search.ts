import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { safeUrl } from '../../data/feed-parser.js';
import type { Feed, FeedResult } from '../../data/types.js';
import { emit } from '../internal/events.js';
import { clampedInt } from '../internal/attributes.js';
import { FeedElement } from '../internal/feed-element.js';
import { baseStyles } from '../internal/styles.js';
// Types only: the engine's code loads with the behaviour, never with the page.
import type { SearchEngineLoader } from './search-engine.js';
import { renderInput, renderPopup, searchIcon, withQuery } from './search-markup.js';
import { searchStyles } from './search.styles.js';
import { searchMessages, type SearchMessages } from './messages.js';

/** Where the query goes when neither `action` nor the feed's `search_url` says otherwise. */
export const DEFAULT_SEARCH_URL = 'https://www.rose-up.fr/recherche/';
export const DEFAULT_MIN_LENGTH = 2;
export const DEFAULT_MAX_RESULTS = 8;
/** Most results shown, whatever `max-results` says. */
export const MAX_RESULTS_CAP = 50;

/** The combobox, view model, options, engine, live region and recent searches (`./search-behaviour.ts`). */
type BehaviourModule = typeof import('./search-behaviour.js');

/**
 * The behaviour module, shared by every search field of the page: loaded once, on the first
 * intent shown to any of them, then every waiting field takes it; a field connected later takes
 * it at once.
 */
let loaded: BehaviourModule | undefined;
let loading: Promise<void> | undefined;
/** Connected fields still without their behaviour. */
const waiting = new Set<RoseUpSearch>();
/**
 * The visitor's intent to search, inside the element. Pointer and focus usually come well before
 * the first key; keys, typing and composition are there for whatever came first anyway
 * (a screen reader's virtual cursor may type into the field without a focus event on the host).
 */
const INTENT_EVENTS = ['focusin', 'pointerenter', 'touchstart', 'keydown', 'input', 'compositionstart', 'compositionend'];

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
 * The field, its label, its combobox ARIA (closed) and the button are there from the first render;
 * what makes it a combobox (keys, suggestions, results, announcements, recent searches) is a
 * separate module, loaded on the visitor's first intent (focus, pointer over the element, touch,
 * a key, typing, composing), and the search engine (MiniSearch with French folding and stemming,
 * or the feed's prebuilt index) after it, never with the page. Text typed meanwhile is searched
 * when the behaviour arrives; Enter meanwhile submits the form. Without the feed, the engine or
 * the behaviour, the element is still a plain search form that sends the query to `action` as `?q=`.
 *
 * Keyboard: Down/Up move through the options (Down or Up on a closed list opens it); Down stops
 * on the last option and says "Fin de la liste", Up from the first one returns to the text field;
 * Alt+Down opens the list without choosing an option, Alt+Up closes it; Home/End, Left/Right move
 * the caret and leave the options; Enter opens the active option or,
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
 * @fires roseup-error - The feed could not be loaded (`detail: { url, reason, status?, message }`),
 *   or the search's behaviour could not be loaded (`detail: { url: '', reason: 'network', message }`,
 *   once); either way the form still searches on the site.
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

  /**
   * Makes the search engine for a feed. Default: the feed's prebuilt index when it has one
   * (`roseup-feed build`), else MiniSearch over the feed's items; taken from the behaviour module,
   * which is loaded by the time an engine is wanted.
   */
  protected engineLoader: SearchEngineLoader = (feed, options) =>
    (loaded ? Promise.resolve(loaded) : RoseUpSearch.loadBehaviour()).then((module) => module.feedSearchEngine(feed, options));

  /**
   * Loads the behaviour module (`./search-behaviour.ts`). Internal, not part of the public API:
   * replaced only by tests, to make the network fail or wait.
   * @internal
   * @ignore
   */
  static loadBehaviour = (): Promise<BehaviourModule> => import('./search-behaviour.js');

  /** Loads the behaviour for every waiting field, unless it is loaded or on its way. */
  private static requestBehaviour(): void {
    loading ??= RoseUpSearch.loadBehaviour().then(
      (module) => {
        loaded = module;
        for (const el of [...waiting]) el.hydrate(module);
      },
      (error: unknown) => {
        // The next intent tries again (a flaky connection may come back).
        loading = undefined;
        console.error('[roseup] <roseup-search>: its behaviour could not be loaded; searches go to the search page.', error);
        for (const el of [...waiting]) el.notLoaded();
      },
    );
  }

  constructor() {
    super(searchMessages, (english) => english.search);
    // DEFAULT_MIN_LENGTH and DEFAULT_MAX_RESULTS, written out for the custom-elements manifest.
    this.minLength = 2;
    this.maxResults = 8;
    this.rememberRecent = false;
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('#input') ?? null;
  }

  private lastFeed?: Feed;
  /** The combobox, engine and live region, once the behaviour module has arrived. */
  private behaviour?: InstanceType<BehaviourModule['SearchBehaviour']>;
  /** The visitor showed an intent to search in this field (a failed load is reported then). */
  private wanted = false;
  /** An input method is composing in the field, before the behaviour arrived. */
  private composing = false;
  private reportedNotLoaded = false;
  /** A submit waiting for the behaviour (to remember the search). */
  private submitting = false;
  private resolveReady!: () => void;

  /**
   * Resolves once the field has its behaviour (combobox, engine, announcements). Internal, for
   * tests: a visitor's intent (focus, typing…) loads it.
   * @internal
   * @ignore
   */
  readonly ready: Promise<void> = new Promise((resolve) => (this.resolveReady = resolve));

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

  override connectedCallback(): void {
    super.connectedCallback();
    // After the base class: a controller added to a connected host is connected once, at once.
    if (loaded) return this.hydrate(loaded);
    waiting.add(this);
    for (const type of INTENT_EVENTS) this.addEventListener(type, this.onIntent, { passive: true });
    // Already focused (moved in the page), or meant to be (`autofocus`): no reason to wait.
    if (this.hasAttribute('autofocus') || this.matches(':focus-within')) this.onIntent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    waiting.delete(this);
  }

  /** An intent to search before the behaviour arrived: load it (once for the page). */
  private readonly onIntent = (event?: Event): void => {
    if (event?.type === 'compositionstart') this.composing = true;
    if (event?.type === 'compositionend') this.composing = false;
    // Pointing at or touching the element is not using the field yet: a failed load is reported
    // once the visitor is in the field (focus, a key, typing).
    if (!event || !['pointerenter', 'touchstart', 'compositionend'].includes(event.type)) this.wanted = true;
    if (this.behaviour) return;
    waiting.add(this);
    RoseUpSearch.requestBehaviour();
  };

  /**
   * The behaviour has arrived: the field becomes a combobox. What the visitor did meanwhile is
   * taken over (focus, text typed, a composition under way; see `SearchBehaviour.start`).
   */
  private hydrate(module: BehaviourModule): void {
    waiting.delete(this);
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.onIntent);
    if (this.behaviour) return;
    this.behaviour = new module.SearchBehaviour(this, {
      input: () => this.input,
      feed: () => this.lastFeed,
      loader: () => this.engineLoader,
      messages: () => this.messages,
      minChars: () => this.minChars,
      maxHits: () => this.maxHits,
      rememberRecent: () => this.rememberRecent,
      feedFailed: () => this.feedFailed,
      submit: () => this.submitQuery(),
      navigate: (url) => this.navigate(url),
    });
    const input = this.input;
    if (input) this.behaviour.start({ focused: this.shadowRoot?.activeElement === input, composing: this.composing });
    this.composing = false;
    this.requestUpdate();
    this.resolveReady();
  }

  /**
   * The behaviour could not be loaded (network). Searching still works: the field is a plain
   * search form (Enter and the button send the query to the search page), so nothing is shown
   * to the visitor; the page is told once, with `roseup-error`.
   */
  private notLoaded(): void {
    if (!this.isConnected) waiting.delete(this);
    if (!this.wanted || this.reportedNotLoaded) return;
    this.reportedNotLoaded = true;
    emit(this, 'roseup-error', {
      url: '',
      reason: 'network',
      message: 'The search suggestions could not be loaded; the field still sends searches to the search page.',
    });
  }

  protected override feedLoaded(result: FeedResult): void {
    super.feedLoaded(result);
    this.lastFeed = result.feed;
    this.behaviour?.feedLoaded();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = changed.has('feed') && changed.get('feed') !== undefined;
    if (feed) this.lastFeed = undefined;
    this.behaviour?.propertiesChanged({
      feed,
      forgetRecent: changed.has('rememberRecent') && !this.rememberRecent,
      limits: changed.has('maxResults') || changed.has('minLength'),
    });
  }

  // ---- state ----

  /** No feed: the form still searches on the site. */
  private get feedFailed(): boolean {
    return !this.lastFeed && this.feedTask.status === TaskStatus.ERROR;
  }

  // ---- actions ----

  /**
   * Sends the query to the search page, unless a listener cancels `roseup-search-select`. The
   * same path before and after the behaviour arrived (Enter submits the form meanwhile); only
   * remembering the search (`remember-recent`) needs the behaviour, so then it waits for it.
   */
  private submitQuery(): void {
    const q = (this.input?.value ?? '').trim();
    if (!q) {
      this.input?.focus();
      return;
    }
    const behaviour = this.behaviour;
    // Once loaded (or failed), never wait again: a field that left the page meanwhile submits as is.
    if (!behaviour && this.rememberRecent && loading && !loaded) {
      if (this.submitting) return;
      this.submitting = true;
      // Settles either way (a failure is handled in requestBehaviour): then submits, remembered or not.
      void loading.then(() => {
        this.submitting = false;
        this.submitQuery();
      });
      return;
    }
    const proceed = emit(this, 'roseup-search-select', { query: q }, { cancelable: true });
    behaviour?.close();
    if (!proceed) return;
    behaviour?.remember(q);
    this.navigate(withQuery(this.actionUrl, q));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submitQuery();
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const m = this.messages;
    const behaviour = this.behaviour;
    const combo = behaviour?.combo;
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
          ${renderPopup(behaviour?.popup(this.language, this.lastFeed?.language), combo, m)}
        </div>
        <button class="button submit" part="submit" type="submit">${searchIcon}<span>${m.submit}</span></button>
      </div>
      <p id="hint" hidden>${m.hint}</p>
      ${failed
        ? html`<div class="notice" part="error" role="alert">
            <p id="error">${m.unavailable}</p>
            <button type="button" class="button secondary" part="retry" @click=${() => this.retry()}>${m.retry}</button>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${behaviour?.live.text ?? ''}</div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-search': RoseUpSearch;
  }
}
