/**
 * Fetches feeds for every element on the page. However many elements ask for a URL, one
 * request goes out: requests and results are shared through a registry on `globalThis`
 * (under a `Symbol.for` key, so two copies of the bundle share it too).
 *
 * Requests are CORS "simple requests" (GET, no custom headers, no credentials, no referrer)
 * so any CDN can serve the feed with plain HTTP caching and the partner page's address never
 * leaves the device.
 */
import { takeEarlyResponse } from './early-response.js';
import { FeedError, isAbortError } from './errors.js';
import { parseFeedTextInSlices } from './feed-parser.js';
import { MAX_BODY_BYTES, abortReason, fetchText } from './http.js';
import { reachLocalStorage } from './storage.js';
import type { Feed, FeedItem, FeedResult } from './types.js';

export interface LoadFeedOptions {
  /** Stop waiting. The shared request is cancelled only once every caller has stopped waiting. */
  signal?: AbortSignal;
  /** Ignore the in-memory copy even if it is fresh (used by "Réessayer"). */
  force?: boolean;
  /**
   * Keep the last good copy on the device, to show when the network fails. Default true: for a
   * feed's entry document. Pages, item documents and the events document pass false: they are
   * fetched again when needed, and would fill the partner's storage.
   */
  store?: boolean;
}

export interface FeedClientConfig {
  /** Per attempt, in ms. */
  timeoutMs: number;
  /** Extra attempts after a network error, a 5xx or a 429 (never after another 4xx or an abort). */
  retries: number;
  /** First backoff delay in ms; doubles each retry, plus up to 50 % jitter. */
  retryBaseMs: number;
  /** How long an in-memory copy is reused without asking the network again. */
  freshMs: number;
  /** How long a failure is reused (elements that start later get it at once); "Réessayer" skips it. */
  failureReuseMs: number;
  /** Largest feed accepted, in bytes, counted while it streams in (past it the request is cut off). */
  maxBodyBytes: number;
  /**
   * Characters all stored feed copies may take together on the device; the oldest copies are
   * dropped to make room, and a body larger than this is not stored.
   */
  maxStoredChars: number;
  /** Where the last good copy is kept; `null` disables it. */
  storage: () => Storage | null;
}

interface Inflight {
  promise: Promise<FeedResult>;
  controller: AbortController;
  waiters: number;
}

/** How a request that failed ended: an error, or the stored copy served instead. */
interface Failure {
  at: number;
  error: unknown;
  fallback?: FeedResult;
}

type FeedListener = (result: FeedResult) => void;

interface Registry {
  results: Map<string, FeedResult>;
  inflight: Map<string, Inflight>;
  /** Recent failures, shared like successes: elements that arrive later do not ask again. */
  failures: Map<string, Failure>;
  listeners: Set<FeedListener>;
  config: FeedClientConfig;
}


export const STORAGE_PREFIX = 'roseup:feed:v2:';

const REGISTRY_KEY = Symbol.for('roseup.feed-client.v1');

const defaultStorage = (): Storage | null => reachLocalStorage().storage;

const defaultConfig = (): FeedClientConfig => ({
  timeoutMs: 10_000,
  retries: 2,
  retryBaseMs: 500,
  freshMs: 5 * 60_000,
  failureReuseMs: 30_000,
  maxBodyBytes: MAX_BODY_BYTES,
  // A tenth of Chromium's 5 M characters per origin: the partner's own data keeps its room.
  maxStoredChars: 500_000,
  storage: defaultStorage,
});

function registry(): Registry {
  const host = globalThis as unknown as Record<symbol, Partial<Registry> | undefined>;
  const reg = (host[REGISTRY_KEY] ??= {});
  if (!reg.listeners) {
    // New, or made by an older copy of the bundle on the same page with fewer fields: fill it once.
    reg.results ??= new Map();
    reg.inflight ??= new Map();
    reg.failures = new Map();
    reg.listeners = new Set();
    reg.config = { ...defaultConfig(), ...reg.config };
  }
  return reg as Registry;
}

/** Changes timeouts, retries or storage (tests, or a partner with an unusual CDN). */
export function configureFeedClient(config: Partial<FeedClientConfig>): void {
  Object.assign(registry().config, config);
}

/** Forgets every in-memory copy and restores the default configuration. */
export function resetFeedClient(): void {
  const reg = registry();
  for (const inflight of reg.inflight.values()) inflight.controller.abort();
  reg.inflight.clear();
  reg.results.clear();
  reg.failures.clear();
  reg.config = defaultConfig();
}

/**
 * Calls `listener` each time a fresh copy of any feed arrives (after a retry, say), so that
 * other elements showing an error or a stale copy of that feed can catch up. Returns the
 * function that stops listening.
 */
export function onFeedResult(listener: (result: FeedResult) => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * An item already loaded on the page, in any feed document (an entry feed, a page, an item's
 * own document): a card or a bookmark list then asks nothing of the network for it.
 */
export function findLoadedItem(id: string): FeedItem | undefined {
  for (const result of registry().results.values()) {
    const item = result.feed.items.get(id);
    if (item) return item;
  }
  return undefined;
}

/** The copy already in memory, if any: lets an element render at once without a loading state. */
export function peekFeed(url: string): FeedResult | undefined {
  return registry().results.get(absolute(url));
}

function absolute(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return url;
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Longest wait before a retry, in ms (a longer `Retry-After` ends the attempts at once). */
const MAX_RETRY_WAIT_MS = 10_000;

const retryable = (error: unknown): boolean =>
  error instanceof FeedError &&
  (error.kind === 'network' || (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500)));

async function fetchWithRetry(url: string, signal: AbortSignal, config: FeedClientConfig): Promise<[text: string, url: string]> {
  for (let attempt = 0; ; attempt++) {
    try {
      // A body over the limit is FeedError('invalid'): never retried.
      return await fetchText(url, {
        signal,
        timeoutMs: config.timeoutMs,
        maxBytes: config.maxBodyBytes,
        // The loader's request for this feed, on the first attempt only.
        adopt: attempt === 0 ? (attemptSignal) => takeEarlyResponse(url, attemptSignal) : undefined,
      });
    } catch (error) {
      if (isAbortError(error) || signal.aborted || attempt >= config.retries || !retryable(error)) throw error;
      const backoff = config.retryBaseMs * 2 ** attempt;
      const retryAfterSeconds = error instanceof FeedError && typeof error.cause === 'number' ? error.cause : 0;
      // A server that asks for more time than a visitor will wait: say so now, not in a minute.
      if (retryAfterSeconds * 1000 > MAX_RETRY_WAIT_MS) throw error;
      const delay = Math.min(Math.max(backoff + Math.random() * backoff * 0.5, retryAfterSeconds * 1000), MAX_RETRY_WAIT_MS);
      await sleep(delay, signal);
    }
  }
}

/** Writes the copy when the page is idle (within 2 s): never in the way of the first render. */
function storeCopyLater(url: string, body: string, fetchedAt: Date, config: FeedClientConfig, base: string): void {
  const run = () => void import('./feed-copies.js').then(({ storeCopy }) => storeCopy(url, body, fetchedAt, config, base));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

async function readCopy(url: string, config: FeedClientConfig): Promise<FeedResult | undefined> {
  try {
    return await (await import('./feed-copies.js')).readCopy(url, config);
  } catch {
    return undefined; // the module could not be loaded (offline, and not yet cached): no copy
  }
}

const warned = new WeakSet<Feed>();
function reportSkipped(feed: Feed): void {
  if (!feed.skipped.length || warned.has(feed)) return;
  warned.add(feed);
  console.warn(
    `[roseup] ${feed.skipped.length} item(s) of ${feed.url} were skipped:`,
    feed.skipped.map((s) => `#${s.index}${s.id ? ` (${s.id})` : ''}: ${s.reason}`).join('; '),
  );
}

async function request(url: string, reg: Registry, signal: AbortSignal, store: boolean): Promise<FeedResult> {
  const config = reg.config;
  try {
    // Links inside are relative to where a redirect led; the feed is known by the address asked.
    const [body, base] = await fetchWithRetry(url, signal, config);
    const fetchedAt = new Date();
    const feed = await parseFeedTextInSlices(body, base, () => {
      if (signal.aborted) throw abortReason(signal);
    });
    feed.url = url;
    const result: FeedResult = { feed, stale: false, fetchedAt };
    reportSkipped(result.feed);
    reg.results.set(url, result);
    reg.failures.delete(url);
    if (store) storeCopyLater(url, body, fetchedAt, config, base);
    // After the shared promise has settled, so that listeners find the result in memory.
    queueMicrotask(() =>
      reg.listeners.forEach((listener) => {
        try {
          listener(result);
        } catch (error) {
          console.error('[roseup] a feed listener failed:', error);
        }
      }),
    );
    return result;
  } catch (error) {
    if (isAbortError(error)) throw error;
    const previous = reg.results.get(url);
    const fallback = previous ? { ...previous, stale: true } : store ? await readCopy(url, config) : undefined;
    reg.failures.set(url, { at: Date.now(), error, fallback });
    if (fallback) {
      console.warn(`[roseup] ${url} failed (${(error as Error).message}); showing the copy from ${fallback.fetchedAt.toISOString()}`);
      return fallback;
    }
    throw error;
  }
}

/** Joins the shared request for `url` until it settles or this caller's signal aborts. */
function wait(url: string, inflight: Inflight, reg: Registry, signal?: AbortSignal): Promise<FeedResult> {
  inflight.waiters++;
  if (!signal) return inflight.promise;
  return new Promise<FeedResult>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      inflight.waiters--;
      // Not at once: an element moved in the page (removed, then added back in the same task)
      // waits again before this runs, and keeps the request it had.
      setTimeout(() => {
        if (inflight.waiters <= 0 && reg.inflight.get(url) === inflight) {
          reg.inflight.delete(url);
          inflight.controller.abort();
        }
      }, 0);
      reject(abortReason(signal));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    inflight.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error) => {
        leave();
        reject(error);
      },
    );
  });
}

/**
 * Loads and normalises the feed at `url`. Resolves with a fresh copy, or with the last good copy
 * marked `stale` when the network fails; rejects with a `FeedError` when there is none, or with
 * an `AbortError` when `signal` aborts.
 */
export function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<FeedResult> {
  const reg = registry();
  const key = absolute(url);
  const { signal, force, store = true } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));

  const settled = force ? undefined : recentOutcome(key, reg);
  if (settled) return settled;
  return wait(key, reg.inflight.get(key) ?? start(key, reg, store), reg, signal);
}

/**
 * What is known of `url` without asking the network: a fresh copy, or a failure (or the stored
 * copy served for it) recent enough to be shared. Undefined when a request is needed.
 */
function recentOutcome(key: string, reg: Registry): Promise<FeedResult> | undefined {
  const cached = reg.results.get(key);
  if (cached && !cached.stale && Date.now() - cached.fetchedAt.getTime() < reg.config.freshMs) {
    return Promise.resolve(cached);
  }
  const failure = reg.failures.get(key);
  if (failure && !reg.inflight.has(key) && Date.now() - failure.at < reg.config.failureReuseMs) {
    return failure.fallback ? Promise.resolve(failure.fallback) : Promise.reject(failure.error);
  }
  return undefined;
}

/**
 * Starts the shared request for `url` without waiting for it (the page's loader does this while
 * an element's code is still on its way). It does not hold the request open: if every element
 * that then waits for it is removed, it is cancelled.
 */
export function prefetchFeed(url: string): void {
  const reg = registry();
  const key = absolute(url);
  if (reg.inflight.has(key)) return;
  const known = recentOutcome(key, reg);
  if (known) known.catch(() => undefined); // already settled: nothing to start, nobody to tell
  else start(key, reg);
}

function start(key: string, reg: Registry, store = true): Inflight {
  const controller = new AbortController();
  const promise = request(key, reg, controller.signal, store);
  const created: Inflight = { promise, controller, waiters: 0 };
  reg.inflight.set(key, created);
  const settle = () => {
    if (reg.inflight.get(key) === created) reg.inflight.delete(key);
  };
  promise.then(settle, settle);
  return created;
}
