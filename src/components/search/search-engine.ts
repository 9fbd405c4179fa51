/**
 * What `<roseup-search>` needs from a search engine, and today's engine (MiniSearch over the feed's
 * items, a lazy chunk). Another engine (an index fetched in shards, say) only has to implement
 * `SearchEngine` and be given to the element as its `engineLoader`. The controller at the end
 * loads the engine when searching is first wanted and asks it each query.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Feed, FeedItem } from '../../data/types.js';

export interface SearchEngineHit {
  item: FeedItem;
  /**
   * Where the title matched the query (start and end offsets, in order), for `<mark>`. The
   * engine computes them: the French matching rules load with it, not with the search field.
   */
  ranges: ReadonlyArray<readonly [number, number]>;
}

type Hit = { item: FeedItem; terms: readonly string[] };
type Highlighter = (text: string, terms: readonly string[]) => Array<[number, number]>;
const highlighted = (hits: readonly Hit[], highlight: Highlighter): SearchEngineHit[] =>
  hits.map(({ item, terms }) => ({ item, ranges: highlight(item.title, terms) }));
/** The French text rules (folding, stemming), shared by both engines: loaded beside them. */
const frenchText = () => import('../../data/french-text.js');

export interface SearchEngineOptions {
  /** Most hits returned, best first. */
  limit: number;
  /** Aborted when the query is replaced before the answer came: an async engine stops there. */
  signal?: AbortSignal;
}

export interface SearchEngine {
  /**
   * Hits for a query as typed, best first. A synchronous answer is shown at once; a promise is
   * shown when it settles, unless the query changed meanwhile.
   */
  search(query: string, options: SearchEngineOptions): readonly SearchEngineHit[] | Promise<readonly SearchEngineHit[]>;
}

/** Makes the engine for a feed; rejects with the signal's reason when aborted. */
export type SearchEngineLoader = (feed: Feed, options: { signal: AbortSignal }) => Promise<SearchEngine>;

/** MiniSearch with French folding and stemming, loaded with `import()` on first use, never with the page. */
export const miniSearchEngine: SearchEngineLoader = async (feed, { signal }) => {
  const [{ buildSearchIndex }, { highlightRanges }] = await Promise.all([import('../../data/search-index.js'), frenchText()]);
  signal.throwIfAborted();
  const index = await buildSearchIndex(feed.items, { signal });
  return { search: (query, { limit }) => highlighted(index.search(query, { limit }), highlightRanges) };
};

/**
 * The prebuilt index of a feed published with `roseup-feed build` (`_roseup.search_index_url`):
 * the manifest is fetched now, then each query fetches the one shard per word it needs. The
 * whole corpus is searched, not only the items of the entry feed.
 */
export const shardedSearchEngine: SearchEngineLoader = async (feed, { signal }) => {
  const url = feed.searchIndexUrl;
  if (!url) throw new Error('the feed has no search index');
  const [{ openShardedSearch }, { highlightRanges }] = await Promise.all([import('../../data/sharded-search.js'), frenchText()]);
  const index = openShardedSearch(url);
  await index.prepare(signal);
  return {
    search: async (query, { limit, signal: querySignal }) => {
      // Each letter typed may need another shard: wait until the visitor pauses, so that a word
      // typed quickly fetches the shard of the word, not one per letter on the way.
      await pause(TYPING_PAUSE_MS, querySignal);
      return highlighted(await index.search(query, { limit, signal: querySignal }), highlightRanges);
    },
  };
};

/** How long the prebuilt index waits for the next keystroke before asking the network. */
const TYPING_PAUSE_MS = 150;

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** The feed's prebuilt index when it has one, else MiniSearch over the items it holds. */
export const feedSearchEngine: SearchEngineLoader = (feed, options) =>
  feed.searchIndexUrl ? shardedSearchEngine(feed, options) : miniSearchEngine(feed, options);

/**
 * Loads an engine for the host's feed once searching is wanted (first focus or keystroke), and
 * asks it each query: `hits` is the answer to the last query, undefined while there is none.
 * An async answer to a replaced query is dropped (and its signal aborted).
 */
export class SearchEngineController implements ReactiveController {
  /** The answer to the last query (undefined: none yet, or the query is too short). */
  hits?: readonly SearchEngineHit[];
  private engine?: SearchEngine;
  private wanted = false;
  /** The last query could not be answered (an index shard lost on the network): said, not waited for. */
  private queryFailed = false;
  private pending?: AbortController;
  private leftPage = false;
  private readonly task: Task<[Feed | undefined, boolean], SearchEngine>;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: {
      feed: () => Feed | undefined;
      loader: () => SearchEngineLoader;
      /** The engine arrived or failed. */
      settled: () => void;
      /** An async answer landed. */
      answered: () => void;
    },
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.feed(), this.wanted],
      task: async ([feed, wanted], { signal }) => {
        this.engine = undefined;
        if (!feed || !wanted) return initialState;
        try {
          return await options.loader()(feed, { signal });
        } catch (error) {
          if (signal.aborted) return initialState;
          throw error;
        }
      },
      onComplete: (engine) => {
        this.engine = engine;
        options.settled();
      },
      onError: (error) => {
        console.warn('[roseup] <roseup-search>: the search engine could not be loaded; searches go to the search page.', error);
        options.settled();
      },
    });
    this.answered = options.answered;
  }

  private readonly answered: () => void;

  /** The engine could not be loaded, or could not answer the last query. */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR || this.queryFailed;
  }

  /** From now on the engine is loaded (and loaded again for a new feed). */
  want(): void {
    if (this.wanted) return;
    this.wanted = true;
    this.host.requestUpdate();
  }

  /** The feed changed: what the old engine said no longer holds. */
  reset(): void {
    this.engine = undefined;
    this.answer(undefined);
  }

  /** Asks the engine for `query` (undefined forgets the last answer). */
  search(query: string | undefined, limit: number): void {
    // A new query asks again (a failed shard is not cached): the connection may be back.
    this.queryFailed = false;
    if (!this.engine || query === undefined) return this.answer(undefined);
    const controller = new AbortController();
    const answer = this.engine.search(query, { limit, signal: controller.signal });
    if (!(answer instanceof Promise)) return this.answer(answer);
    this.answer(undefined);
    this.pending = controller;
    answer.then(
      (hits) => {
        if (controller.signal.aborted) return;
        this.pending = undefined;
        this.hits = hits;
        this.host.requestUpdate();
        this.answered();
      },
      (error) => {
        if (controller.signal.aborted) return;
        console.warn('[roseup] <roseup-search>: the search failed.', error);
        // Not "loading" forever: the visitor is told, and can still send the query to the search page.
        this.pending = undefined;
        this.queryFailed = true;
        this.host.requestUpdate();
        this.answered();
      },
    );
  }

  private answer(hits: readonly SearchEngineHit[] | undefined): void {
    this.pending?.abort();
    this.pending = undefined;
    if (hits === this.hits) return;
    this.hits = hits;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back on the page: finish the build that leaving it aborted.
    if (this.leftPage && this.wanted && this.task.status !== TaskStatus.COMPLETE) void this.task.run();
    this.leftPage = false;
  }

  hostDisconnected(): void {
    this.leftPage = true;
    this.task.abort();
    this.pending?.abort();
  }
}
