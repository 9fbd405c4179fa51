/**
 * The parser in one step, for Node and for developers of `@roseup/elements/data`: the HTML
 * converter is imported here, so any document reads at once. (The elements read feeds with
 * `parseFeedTextInSlices`, which loads the converter only for a document with HTML.)
 */
import { decode, normalizeFeedWith } from './feed-parser.js';
import { htmlToText } from './html-text.js';
import type { Feed } from './types.js';

/**
 * Normalises an already-decoded JSON value. `url` is where it came from: relative URLs inside
 * are resolved against it. Throws `FeedError('invalid')` when the value is not a JSON Feed.
 */
export function normalizeFeed(json: unknown, url: string): Feed {
  return normalizeFeedWith(json, url, htmlToText);
}

/** Decodes response text and normalises it: `parse` for broken JSON, `invalid` for a non-feed. */
export function parseFeedText(body: string, url: string): Feed {
  return normalizeFeed(decode(body, url), url);
}
