/**
 * Builds the sharded search index of a static feed: `search/index.<hash>.json` (the manifest)
 * and `search/<key>.<hash>.json` (the shards). The format, and why it is shaped this way, is
 * described in src/data/search-shard-format.ts, which the reader (sharded-search.ts) shares.
 */
import { gzipSync } from 'node:zlib';
import { indexWords, stemFrench } from '../data/french-text.js';
import {
  BM25,
  FIELD_AVERAGE_LENGTH,
  FIELD_BOOST,
  SCORE_SCALE,
  SHARD_FORMAT,
  searchLabelsOf,
  shardFileStem,
  type ShardDocument,
  type ShardManifest,
} from '../data/search-shard-format.js';
import type { FeedItem } from '../data/types.js';
import { contentHash } from './content-hash.js';
import { rfc3339 } from './json-feed-item.js';

export interface SearchShardOptions {
  /** Postings kept per term (best scores). Default 100. */
  postingsPerTerm?: number;
  /** A shard bigger than this, gzipped, is split into longer keys. Default 24,000 bytes. */
  maxShardGzipBytes?: number;
}

export interface SearchShards {
  /** Path of the manifest, relative to the output folder (`search/index.<hash>.json`). */
  manifestPath: string;
  /** Every file of the index, manifest included: path → content. */
  files: Map<string, string>;
  shardCount: number;
}

/** Keys never grow beyond this: a shard this specific is kept whatever its size. */
const MAX_KEY_LENGTH = 16;

type Field = keyof typeof FIELD_BOOST;

/** Document numbers follow publication (oldest first), so a new article does not renumber the others. */
function documentOrder(items: readonly FeedItem[]): FeedItem[] {
  const time = (item: FeedItem) => (item.datePublished ?? (item.kind === 'event' ? item.start : undefined))?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function documentTuple(item: FeedItem): ShardDocument {
  const date = item.kind === 'event' ? item.start : item.datePublished;
  return [
    item.kind === 'event' ? 'e' : 'a',
    item.id,
    item.title,
    item.url === undefined ? '' : item.url === item.id ? '=' : item.url,
    item.category?.id ?? '',
    item.category?.label ?? '',
    date ? rfc3339(date) : '',
    item.kind === 'event' ? item.timeZone : '',
  ];
}

/** Postings of one term, flattened `[doc, score, doc, score…]` in document order while indexing. */
interface TermPostings {
  df: number;
  postings: number[];
}

/** Per term, the BM25 term-frequency part of every document holding it (fixed average lengths). */
function invert(docs: readonly FeedItem[]): Map<string, TermPostings> {
  const index = new Map<string, TermPostings>();
  const fields: Array<[Field, (item: FeedItem) => string | undefined]> = [
    ['title', (item) => item.title],
    ['labels', searchLabelsOf],
    ['summary', (item) => item.summary],
  ];
  docs.forEach((item, n) => {
    const scores = new Map<string, number>();
    for (const [field, read] of fields) {
      const text = read(item);
      if (!text) continue;
      const stems = indexWords(text).map(stemFrench);
      const counts = new Map<string, number>();
      for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      const norm = BM25.k1 * (1 - BM25.b + (BM25.b * stems.length) / FIELD_AVERAGE_LENGTH[field]);
      for (const [stem, tf] of counts) {
        scores.set(stem, (scores.get(stem) ?? 0) + (FIELD_BOOST[field] * tf * (BM25.k1 + 1)) / (tf + norm));
      }
    }
    for (const [stem, score] of scores) {
      let entry = index.get(stem);
      if (!entry) index.set(stem, (entry = { df: 0, postings: [] }));
      entry.df++;
      entry.postings.push(n, Math.max(1, Math.round(score * SCORE_SCALE)));
    }
  });
  return index;
}

/** The `k` best `[doc, score]` pairs, best first; ties go to the newer document (higher number). */
function best(pairs: number[], k: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) order.push(i);
  order.sort((a, b) => pairs[b + 1] - pairs[a + 1] || pairs[b] - pairs[a]);
  const out: number[] = [];
  for (const i of order.slice(0, k)) out.push(pairs[i], pairs[i + 1]);
  return out;
}

interface Built {
  key: string;
  file: string;
  content: string;
  split: boolean;
}

class ShardWriter {
  readonly built: Built[] = [];
  /** JSON of each term's entry and each document's entry, made once: a shard may be serialized at each split level. */
  readonly #termJson = new Map<string, string>();
  readonly #docJson: string[] = [];

  constructor(
    private readonly terms: Map<string, TermPostings>,
    private readonly docs: readonly FeedItem[],
    private readonly k: number,
    private readonly maxGzip: number,
  ) {}

  private termEntry(term: string): string {
    let json = this.#termJson.get(term);
    if (json === undefined) {
      const { df, postings } = this.terms.get(term)!;
      json = `${JSON.stringify(term)}:${JSON.stringify([df, ...postings])}`;
      this.#termJson.set(term, json);
    }
    return json;
  }

  private docEntry(n: number): string {
    return (this.#docJson[n] ??= `"${n}":${JSON.stringify(documentTuple(this.docs[n]))}`);
  }

  /** The shard as JSON (the `Shard` interface, fields in its order), from the cached entries. */
  private serialize(key: string, terms: readonly string[], prefix?: number[]): string {
    const cited = new Set<number>();
    for (const term of terms) {
      const { postings } = this.terms.get(term)!;
      for (let i = 0; i < postings.length; i += 2) cited.add(postings[i]);
    }
    if (prefix) for (let i = 1; i < prefix.length; i += 2) cited.add(prefix[i]);
    const docs = [...cited].sort((a, b) => a - b).map((n) => this.docEntry(n));
    return (
      `{"version":${SHARD_FORMAT},"key":${JSON.stringify(key)},"terms":{${terms.map((term) => this.termEntry(term)).join(',')}}` +
      `${prefix ? `,"prefix":${JSON.stringify(prefix)}` : ''},"docs":{${docs.join(',')}}}`
    );
  }

  private fits(content: string): boolean {
    // Text this long never gzips under the budget (search shards compress about 4:1): skip gzip.
    if (content.length > this.maxGzip * 8) return false;
    return gzipSync(content).length <= this.maxGzip;
  }

  private emit(key: string, content: string, split: boolean): void {
    this.built.push({ key, file: `${shardFileStem(key)}.${contentHash(content)}.json`, content, split });
  }

  /** `terms`: sorted, all starting with `key`. */
  build(key: string, terms: readonly string[]): void {
    const leaf = this.serialize(key, terms);
    const splittable = key.length < MAX_KEY_LENGTH && terms.some((t) => t.length > key.length);
    if (!splittable || this.fits(leaf)) {
      this.emit(key, leaf, false);
      return;
    }
    // Split: the terms equal to the key stay, with the best postings of everything under it.
    const own = terms.filter((t) => t.length === key.length);
    const everyDoc = new Map<number, number>();
    let df = 0;
    for (const term of terms) {
      const entry = this.terms.get(term)!;
      df += entry.df;
      for (let i = 0; i < entry.postings.length; i += 2) {
        const n = entry.postings[i];
        everyDoc.set(n, Math.max(everyDoc.get(n) ?? 0, entry.postings[i + 1]));
      }
    }
    const pairs: number[] = [];
    for (const [n, score] of everyDoc) pairs.push(n, score);
    this.emit(key, this.serialize(key, own, [Math.min(df, this.docs.length), ...best(pairs, this.k)]), true);
    this.buildGroups(key.length, terms.slice(own.length));
  }

  /**
   * Builds one shard tree per group of `terms` sharing their first `depth + 1` characters, keyed
   * by the group's longest common prefix: one frequent term ("traitement") gets its own shard at
   * once, not a chain of near-empty ones ("t", "tr", "tra"…).
   */
  buildGroups(depth: number, terms: readonly string[]): void {
    let start = 0;
    while (start < terms.length) {
      const head = terms[start].slice(0, depth + 1);
      let end = start;
      while (end < terms.length && terms[end].startsWith(head)) end++;
      const first = terms[start];
      const last = terms[end - 1];
      let common = head.length;
      while (common < Math.min(first.length, last.length, MAX_KEY_LENGTH) && first[common] === last[common]) common++;
      this.build(first.slice(0, common), terms.slice(start, end));
      start = end;
    }
  }
}

export function buildSearchShards(items: readonly FeedItem[], options: SearchShardOptions = {}): SearchShards {
  const k = options.postingsPerTerm ?? 100;
  const maxGzip = options.maxShardGzipBytes ?? 24_000;
  const docs = documentOrder(items);
  const terms = invert(docs);
  for (const entry of terms.values()) entry.postings = best(entry.postings, k);

  const writer = new ShardWriter(terms, docs, k, maxGzip);
  writer.buildGroups(0, [...terms.keys()].sort());

  const files = new Map<string, string>();
  const manifest: ShardManifest = { version: SHARD_FORMAT, documents: docs.length, k, shards: {}, split: [] };
  for (const shard of writer.built) {
    files.set(`search/${shard.file}`, shard.content);
    manifest.shards[shard.key] = shard.file;
    if (shard.split) manifest.split.push(shard.key);
  }
  const manifestText = JSON.stringify(manifest);
  const manifestPath = `search/index.${contentHash(manifestText)}.json`;
  files.set(manifestPath, manifestText);
  return { manifestPath, files, shardCount: writer.built.length };
}
