/**
 * One GET, the way every RoseUp document is fetched (the feed, and any other document a feed
 * points at): a CORS "simple request" (no custom header, no cookies, no referrer) with its own
 * timeout, the caller's abort signal, and a size limit applied while the body streams in.
 *
 * The limit counts the body's bytes as they arrive, after any `Content-Encoding` is undone: a
 * server that streams without `Content-Length`, or a small gzip that inflates to gigabytes, is
 * cut off at the limit instead of being read into memory first.
 */
import { FeedError } from './errors.js';

export interface FetchTextOptions {
  /** Stop: the request is cancelled and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** For the whole exchange, body included, in ms. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (as decoded, before UTF-8 decoding). Default 5 MB. */
  maxBytes?: number;
  /**
   * The same request already under way (the loader starts the feed's before this code arrives):
   * adopted instead of a new one when it gives one; it is cancelled with this attempt's signal.
   */
  adopt?: (signal: AbortSignal) => Promise<Response> | undefined;
}

/** Largest document accepted by default: a feed is a few hundred kilobytes. */
export const MAX_BODY_BYTES = 5_000_000;

export const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

export const tooLarge = (url: string, maxBytes: number) =>
  new FeedError('invalid', url, `The feed is larger than ${maxBytes / 1_000_000} MB`);

/**
 * The body of `url` as text (UTF-8), with the address it came from after any redirect (which
 * relative links inside it are relative to). Rejects with a `FeedError`: `http` (with `status`,
 * and a `Retry-After` in seconds as `cause` when the server exposes one), `timeout`, `network`, or
 * `invalid` for a body over `maxBytes`; an abort of `signal` rejects with its reason.
 */
export async function fetchText(
  url: string,
  { signal, timeoutMs = 10_000, maxBytes = MAX_BODY_BYTES, adopt }: FetchTextOptions = {},
): Promise<[text: string, url: string]> {
  if (signal?.aborted) throw abortReason(signal);
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  const onAbort = () => attempt.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // CORS mode (fetch's default) without any added header: no preflight.
    const response = await (adopt?.(attempt.signal) ??
      fetch(url, {
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: attempt.signal,
      }));
    if (!response.ok) {
      // Readable across origins only if the server lists it in Access-Control-Expose-Headers.
      const header = response.headers.get('Retry-After');
      const retryAfter = header === null ? NaN : Number(header);
      throw new FeedError('http', url, `The feed server answered ${response.status}`, {
        status: response.status,
        cause: Number.isFinite(retryAfter) ? retryAfter : undefined,
      });
    }
    // Read as it streams, counting bytes: past the limit, abort closes the connection (and
    // errors the stream), so the rest is never downloaded nor inflated. Content-Length is not
    // consulted: it may be absent, and with gzip it is the compressed size.
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let received = 0;
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return [text + decoder.decode(), response.url || url];
      if ((received += chunk.value.byteLength) > maxBytes) {
        attempt.abort();
        throw tooLarge(url, maxBytes);
      }
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal);
    if (timedOut) throw new FeedError('timeout', url, `The feed did not answer within ${timeoutMs / 1000} s`);
    if (error instanceof FeedError) throw error;
    throw new FeedError('network', url, 'The feed could not be reached', { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
