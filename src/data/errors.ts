/** Why a feed could not be used. `http` carries the status; the others say where it broke. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'invalid';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string;
  readonly status?: number;

  constructor(kind: FeedErrorKind, url: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.status = options.status;
  }
}

export const isFeedError = (value: unknown): value is FeedError => value instanceof FeedError;

/** True for the rejection of an aborted operation, whatever produced it. */
export const isAbortError = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
