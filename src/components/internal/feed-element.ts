import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { loadFeed, onFeedResult, type LoadFeedOptions } from '../../data/feed-client.js';
import { FeedError, isAbortError } from '../../data/errors.js';
import { formatLongDate } from '../../data/dates.js';
import type { FeedResult } from '../../data/types.js';
import { emit, type RoseUpErrorDetail } from './events.js';
import { RoseUpElement } from './roseup-element.js';
import { resolveFeedUrl } from './feed-url.js';
import { yieldToMain } from '../../data/main-thread.js';

/**
 * What every element that reads the feed shares: which feed, the loading task (through
 * `@lit/task`, so the element never calls `fetch`), abort on disconnect, retry, the
 * `roseup-load`/`roseup-error` events and the error and stale-copy messages.
 */
export abstract class FeedElement<M> extends RoseUpElement<M> {
  static override get properties(): PropertyDeclarations {
    return {
      feed: { reflect: true },
    };
  }


  /** URL of the JSON feed. Default: `<meta name="roseup:feed">`, else RoseUp's public feed. */
  declare feed?: string;

  private attempt = 0;
  private wasDisconnected = false;
  /** Set when "Réessayer" is used from the keyboard or a screen reader: focus follows the result. */
  private refocusAfterRetry = false;
  /** "Réessayer" asks the network again; catching up with another element's result does not. */
  private forceNext = false;
  private stopListening?: () => void;

  protected readonly feedTask = new Task<[string, number, boolean, string], FeedResult>(this, {
    args: () => [this.feedUrl, this.attempt, this.needsFeed(), this.resourceKey()],
    task: async ([url, attempt, needed], { signal }) => {
      if (!needed) return initialState;
      try {
        const force = attempt > 0 && this.forceNext;
        this.forceNext = false;
        const result = await this.loadResource(url, { signal, force });
        // Every element waiting for the same feed gets it at the same moment: render each in a
        // task of its own rather than all in one long task.
        await yieldToMain();
        return signal.aborted ? initialState : result;
      } catch (error) {
        // Aborted because the element left the page or its feed changed: stay silent.
        if (isAbortError(error)) return initialState;
        throw error;
      }
    },
    onComplete: (result) => this.feedLoaded(result),
    onError: (error) => this.reportError(this.errorDetail(error)),
  });

  /** The resolved feed URL. */
  get feedUrl(): string {
    return resolveFeedUrl(this.feed, this.ownerDocument);
  }

  /**
   * Loads what the element shows. The default is the whole entry feed; an element that needs
   * less (one item, the upcoming events) asks the data layer for just that.
   */
  protected loadResource(url: string, options: LoadFeedOptions): Promise<FeedResult> {
    return loadFeed(url, options);
  }

  /** What `loadResource` depends on besides the feed URL (an item id, say): a change reloads. */
  protected resourceKey(): string {
    return '';
  }

  /** Loads the element's resource again (without skipping fresh copies, unlike `retry`). */
  protected reloadResource(): void {
    this.attempt++;
    this.requestUpdate();
  }

  /** Elements that can render without the feed (e.g. a card given `.article`) return false. */
  protected needsFeed(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Another element on the page retried and got the feed: stop showing the error, or the
    // stale copy, here too (without a request of our own).
    this.stopListening ??= onFeedResult((result) => {
      const status = this.feedTask.status;
      const behind = status === TaskStatus.ERROR || (status === TaskStatus.COMPLETE && this.feedTask.value?.stale === true);
      if (behind && result.feed.url === this.feedUrl) {
        this.attempt++;
        this.requestUpdate();
      }
    });
    if (this.wasDisconnected && this.needsFeed() && this.feedTask.status !== TaskStatus.COMPLETE) {
      this.wasDisconnected = false;
      void this.feedTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
    this.wasDisconnected = true;
    this.feedTask.abort();
  }

  /** Loads the feed again, skipping the in-memory copy. */
  retry(): void {
    // The retry button is replaced by the loading state: remember to give focus back.
    this.refocusAfterRetry = this.matches(':focus-within');
    this.forceNext = true;
    this.attempt++;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.feedTask.status;
    if (!this.refocusAfterRetry) return;
    let target: HTMLElement | null;
    if (status === TaskStatus.PENDING) {
      // Meanwhile, the loading placeholder ("Chargement…") holds focus rather than the page.
      target = this.renderRoot.querySelector<HTMLElement>('[aria-busy="true"]');
      if (!target || this.shadowRoot?.activeElement === target) return;
    } else {
      this.refocusAfterRetry = false;
      // Failed again: the new retry button. Loaded: the start of the content.
      target = status === TaskStatus.ERROR ? this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') : this.focusAfterRetry();
    }
    if (!target) return;
    if (!target.matches('a[href],button,input,select,textarea,[tabindex]')) target.tabIndex = -1;
    target.focus();
  }

  /**
   * Where focus goes once a retry has loaded the feed: the first heading, else the list, else the
   * first control, so that a screen reader says what arrived.
   */
  protected focusAfterRetry(): HTMLElement | null {
    const root = this.renderRoot;
    return (
      root.querySelector<HTMLElement>('h1,h2,h3,h4,h5,h6') ??
      root.querySelector<HTMLElement>('ul,ol') ??
      root.querySelector<HTMLElement>('a[href],button,input,select')
    );
  }

  /** Called with each result; the default fires `roseup-load`. */
  protected feedLoaded(result: FeedResult): void {
    emit(this, 'roseup-load', {
      url: result.feed.url,
      stale: result.stale,
      fetchedAt: result.fetchedAt,
      skipped: result.feed.skipped,
    });
  }

  protected reportError(detail: RoseUpErrorDetail): void {
    emit(this, 'roseup-error', detail);
  }

  protected errorDetail(error: unknown): RoseUpErrorDetail {
    if (error instanceof FeedError) {
      return { url: error.url, reason: error.kind, status: error.status, message: error.message };
    }
    return { url: this.feedUrl, reason: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }

  /**
   * The one way a feed element shows its feed: `loading()` until the feed is there (and while a
   * retry or a new feed is on its way), the error message with "Réessayer" when it failed, else
   * the notice of a stale copy (when it is one) followed by `content(result)`.
   */
  protected renderFeed(views: {
    loading: () => TemplateResult;
    content: (result: FeedResult) => TemplateResult;
  }): TemplateResult {
    const status = this.feedTask.status;
    const result = this.feedTask.value;
    if (status === TaskStatus.ERROR) return this.renderError(this.feedTask.error);
    if (status === TaskStatus.COMPLETE && result) return html`${this.renderStale(result)}${views.content(result)}`;
    return views.loading();
  }

  /**
   * The visitor-facing message for a failed load, with a retry button. The element's own
   * children (a partner's fallback link, say) are shown below it: they are what the page
   * offered before the element upgraded, and they still help when the feed is down.
   */
  protected renderError(error: unknown): TemplateResult {
    const m = this.common;
    const kind = error instanceof FeedError ? error.kind : 'invalid';
    const detail =
      kind === 'network'
        ? m.errorNetwork
        : kind === 'http'
          ? m.errorHttp
          : kind === 'timeout'
            ? m.errorTimeout
            : m.errorInvalid;
    return html`<div class="alert" role="alert" part="error">
      <p><strong>${m.errorTitle}</strong></p>
      <p>${detail}</p>
      <button type="button" class="button secondary" part="retry" @click=${() => this.retry()}>${m.retry}</button>
    </div>
    <slot></slot>`;
  }

  /** The discreet notice shown above a stale copy. */
  protected renderStale(result: FeedResult): TemplateResult | typeof nothing {
    if (!result.stale) return nothing;
    const lang = this.language;
    return html`<p class="stale" part="stale">${this.common.staleNotice(formatLongDate(result.fetchedAt, lang))}</p>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('feed')) this.attempt = 0;
  }
}
