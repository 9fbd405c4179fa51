/**
 * The prebuilt, sharded search index of a static feed: the format `roseup-feed build` writes
 * (src/cli/search-shards.ts) and `openShardedSearch` reads (sharded-search.ts). Both sides import
 * this module, so that they cannot disagree on a field or a constant.
 *
 * Design (the Pagefind model): a query fetches a small manifest, then ONE shard per query word.
 * - Terms are the French stems of `indexWords` + `stemFrench` (french-text.ts), as in the MiniSearch
 *   engine, over the same fields: title, labels (tags, category, format, authors, place), summary.
 * - A shard holds every term that starts with its key, each with its best `k` postings only
 *   (top-k by score, so a word found in 10,000 articles still costs `k` postings), and the few
 *   fields needed to render each document it cites (kind, title, URL, category, date), so that
 *   results show without fetching items.
 * - A key is the longest common prefix of the terms it holds. A shard whose gzip size exceeds
 *   the build's budget is split: its terms move to shards keyed by longer prefixes ("c" → "ca",
 *   "chimiotherapi"…), recursively, and the split key's own shard keeps only the terms equal to
 *   the key plus `prefix`: the best postings of all the terms under it, for a visitor who has
 *   typed just that much.
 * - A query word goes to ONE shard: the one of the longest key that starts it; when that key was
 *   split and the word is being typed (a prefix), the shard of the shortest key that starts
 *   with the word, which holds every term beginning with it. Exact, prefix and typo matches are
 *   all found among that shard's terms (a typo in the key's letters is not).
 * - Postings carry a BM25 term-frequency part with fixed average field lengths and no
 *   corpus-wide statistic; the reader applies the idf from each term's document frequency. So
 *   adding or editing one item changes only the shards of its own terms (incremental builds).
 */
import type { FeedItem } from './types.js';

/** Format version, in the manifest and every shard. */
export const SHARD_FORMAT = 1;

/** Field weights, as in the MiniSearch engine (search-index.ts): a title word counts three times. */
export const FIELD_BOOST = { title: 3, labels: 1.5, summary: 1 } as const;
/** Fixed average field lengths in terms (see above: no corpus statistic in postings). */
export const FIELD_AVERAGE_LENGTH = { title: 8, labels: 6, summary: 14 } as const;
export const BM25 = { k1: 1.2, b: 0.7 } as const;
/** Postings scores are stored as integers: score × this. */
export const SCORE_SCALE = 100;

/**
 * `search/index.<hash>.json`. File names are relative to the manifest's own URL.
 * `split` lists the keys whose terms were moved to longer keys.
 */
export interface ShardManifest {
  version: typeof SHARD_FORMAT;
  /** Documents indexed (the reader's idf, and the shortest prefix it expands). */
  documents: number;
  /** Postings kept per term at most. */
  k: number;
  shards: Record<string, string>;
  split: string[];
}

/**
 * One document as a result needs it: `[kind, id, title, url, categoryId, categoryLabel, date,
 * timeZone]`. `kind` is `"a"` (article) or `"e"` (event); `url` is `"="` when it equals `id`;
 * `date` is the article's publication or the event's start (RFC 3339, `""` when none);
 * `timeZone` only for events. Empty strings stand for absent values.
 */
export type ShardDocument = [kind: 'a' | 'e', id: string, title: string, url: string, categoryId: string, categoryLabel: string, date: string, timeZone: string];

/**
 * `search/<key>.<hash>.json`. A term's postings are flattened: `[df, doc, score, doc, score…]`,
 * best first, where `df` is the number of documents holding the term (all of them, not only
 * the `k` kept), `doc` a document number (a key of `docs`) and `score` the stored score.
 */
export interface Shard {
  version: typeof SHARD_FORMAT;
  key: string;
  terms: Record<string, number[]>;
  /** Split keys only: the best postings of all terms under the key, same layout as a term's. */
  prefix?: number[];
  docs: Record<string, ShardDocument>;
}

/** BM25 inverse document frequency (never negative). */
export const idf = (documents: number, df: number): number => Math.log(1 + (documents - df + 0.5) / (df + 0.5));

/** Name part of a shard file for `key`: ASCII letters and digits kept, others as `_` + hex code. */
export const shardFileStem = (key: string): string =>
  key.replace(/[^a-z0-9]/g, (ch) => `_${ch.charCodeAt(0).toString(16)}`);

/** A document's labels as one searchable field, as the MiniSearch engine indexes them. */
export function searchLabelsOf(item: FeedItem): string {
  const parts: Array<string | undefined> = [...item.tags, item.category?.label, item.format?.label];
  for (const author of item.authors) parts.push(author.name);
  if (item.kind === 'event') parts.push(item.location?.name, item.location?.locality);
  return parts.filter(Boolean).join(' · ');
}
