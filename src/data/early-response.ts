/**
 * The feed request the CDN loader (dist/roseup.js) starts as soon as it runs, before the feed
 * client's code has arrived: the loader leaves it under a global symbol (the loader shares no code
 * with the chunks), the feed client adopts it instead of making its own request. The request is
 * the client's own: a CORS simple GET, no credentials, no referrer.
 */
export const EARLY_FEEDS = Symbol.for('roseup.feed.early');

export interface EarlyFeed {
  response: Promise<Response>;
  controller: AbortController;
}

export type EarlyFeeds = Map<string, EarlyFeed>;

/**
 * The response the loader asked for `url` (absolute), once: a retry or a later load makes its own
 * request. Aborting `signal` cancels it.
 */
export function takeEarlyResponse(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const feeds = (globalThis as unknown as Record<symbol, EarlyFeeds | undefined>)[EARLY_FEEDS];
  const early = feeds?.get(url);
  if (!early) return undefined;
  feeds!.delete(url);
  const abort = () => early.controller.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return early.response;
}
