/**
 * Search over a static feed's prebuilt index (`_roseup.search_index_url`): the manifest, then
 * only the shard each query word needs (format and design: search-shard-format.ts). Plain
 * TypeScript, no DOM beyond `fetch`, so the search element can swap it in for the MiniSearch
 * engine when the feed advertises an index.
 *
 * Matching is today's French matching (french-text.ts), applied to the shard's terms: accents,
 * elisions and "œ" are folded, words stemmed (plurals, feminines); the last word is a prefix
 * (from two letters, three above 10,000 documents); earlier words are prefixes from four
 * letters; one typo is allowed from five letters, two from eight, among the terms of the word's
 * shard. Every word must match, else items with some of them are returned.
 *
 * Fetched documents are cached for the life of the object (they are content-hashed, hence
 * immutable); concurrent requests for one shard share one fetch.
 */
import { FeedError, isAbortError } from './errors.js';
import { abortReason, fetchText } from './http.js';
import * as rules from './search-rules.js';
import { cleanText, safeUrl, tooDeepAt } from './feed-parser.js';
import { highlightRanges, isStopWord, stemFrench, tokenize } from './french-text.js';
import { parseDate } from './dates.js';
import { SCORE_SCALE, SHARD_FORMAT, idf, type Shard, type ShardDocument, type ShardManifest } from './search-shard-format.js';
import type { SearchHit } from './search-index.js';
import type { FeedItem } from './types.js';

export type { SearchHit } from './search-index.js';

/** Fetches a document's text; rejects with the signal's reason when aborted. */
export type FetchText = (url: string, signal?: AbortSignal) => Promise<string>;

export interface ShardedSearchOptions {
  /** Default: `fetchTextSimple`, a CORS simple GET without credentials or referrer. */
  fetchText?: FetchText;
}

export interface ShardedSearchQueryOptions {
  /** Most hits returned, best first. Default 8. */
  limit?: number;
  signal?: AbortSignal;
}

export interface ShardedSearch {
  /** Items matching a query as typed, best first; `[]` for an empty query or stop words only. */
  search(query: string, options?: ShardedSearchQueryOptions): Promise<SearchHit[]>;
  /**
   * Fetches the manifest now (when the visitor focuses the field, say), so that the first query
   * waits for its shard only. Rejects like `search`.
   */
  prepare(signal?: AbortSignal): Promise<void>;
}

/**
 * A CORS "simple" GET (no custom header, so no preflight), without cookies or referrer: the
 * index is public and the partner's page address is none of its host's business. Like a feed,
 * a document is cut off past a size (a shard is tens of kilobytes; a hostile server cannot make
 * the page hold more than 2 MB) and after 10 s.
 */
export const fetchTextSimple: FetchText = async (url, signal) => (await fetchText(url, { signal, maxBytes: MAX_INDEX_DOCUMENT_BYTES }))[0];

/** Largest manifest or shard accepted, in bytes. */
const MAX_INDEX_DOCUMENT_BYTES = 2_000_000;

/** `highlightRanges` of a hit's title: where to put `<mark>` in the result's text. */
export const highlightHit = (hit: SearchHit): Array<[number, number]> => highlightRanges(hit.item.title, hit.terms);

const SHORT_PREFIX_MAX_DOCUMENTS = rules.SHORT_PREFIX_MAX_ITEMS;
/** Match weights, as MiniSearch gives them: a prefix or a typo (`rules.typoWeight`) counts less than the word itself. */
const PREFIX_WEIGHT = 0.375;
const TRUNCATION_WEIGHT = rules.TRUNCATION_BOOST;

/** One query word, as the shards are searched for it. */
interface Word {
  stem: string;
  prefix: boolean;
  edits: number;
  /** The word's own shorter beginnings, also looked up as prefixes ("metastatiqu" → "metastat"). */
  truncations: string[];
}

function queryWords(query: string, minPrefix: number): Word[] {
  const words = [...new Set(tokenize(query.slice(0, 200)))].slice(0, rules.MAX_QUERY_TERMS);
  return words.map((word, index) => {
    const stem = stemFrench(word);
    const last = index === words.length - 1;
    const truncations: string[] = [];
    if (last && word.length >= 6) {
      for (let n = word.length - 1; n >= Math.max(4, word.length - 4); n--) {
        const start = word.slice(0, n);
        if (start !== stem && !isStopWord(start)) truncations.push(start);
      }
    }
    return {
      stem,
      prefix: last ? stem.length >= minPrefix : stem.length >= rules.INNER_PREFIX_MIN_LENGTH,
      edits: stem.length >= rules.FUZZY_TWO_EDITS_LENGTH ? 2 : stem.length >= rules.FUZZY_MIN_LENGTH ? 1 : 0,
      truncations,
    };
  });
}

/**
 * Edit distance of `a` and `b` if at most `max`, else `max + 1` (two rows, early exit): the
 * Levenshtein distance, where two swapped neighbours ("cnacer") also count as one edit. With
 * `prefix`, the distance of `a` to the closest beginning of `b` ("imuno" is one edit from
 * "immunotherapi").
 */
function editDistance(a: string, b: string, max: number, prefix = false): number {
  if (prefix) b = b.slice(0, a.length + max);
  else if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let row = Array.from({ length: a.length + 1 }, (_, i) => i);
  // With `prefix`: the distance of `a` to the closest beginning of `b` read so far.
  let closest = row[a.length];
  for (let j = 0; j < b.length; j++) {
    [before, row] = [row, rules.nextEditRow(a, before, row, b[j], b[j - 1])];
    closest = Math.min(closest, row[a.length]);
    // No longer beginning of `b` can come closer to any beginning of `a`.
    if (Math.min(...row) > max) return prefix && closest <= max ? closest : max + 1;
  }
  return prefix ? closest : row[a.length];
}

/** How well an indexed term matches a query word: 0 for not at all. Typo matches only with `typos`. */
function termWeight(term: string, word: Word, typos: boolean): number {
  const { stem } = word;
  if (term === stem) return 1;
  if (word.prefix && term.startsWith(stem)) return (PREFIX_WEIGHT * stem.length) / (stem.length + 0.3 * (term.length - stem.length));
  if (typos && word.edits) {
    // A word being typed, with a typo: the closest beginning of the term ("imuno", "chimiotera").
    const distance = editDistance(stem, term, word.edits, word.prefix);
    if (distance <= word.edits) return rules.typoWeight(stem.length, distance, term.length);
  }
  for (const start of word.truncations) if (term.startsWith(start)) return TRUNCATION_WEIGHT * PREFIX_WEIGHT;
  return 0;
}

/** A score and the terms that made it. */
interface Scored {
  score: number;
  terms: Set<string>;
}
/** A document's match for one query word: with typos allowed, and as typed (undefined: only with a typo). */
type WordMatches = Map<number, { all: Scored; typed?: Scored }>;

// ---- reading untrusted documents: anything off is a FeedError('invalid') ----

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function decode(text: string, url: string): unknown {
  // As for the feed (more than 64 levels): refused before JSON.parse spends a long task on it.
  if (tooDeepAt(text) >= 0) throw invalid(url, 'nested too many levels deep');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new FeedError('parse', url, 'The search index is not valid JSON', { cause });
  }
}

const invalid = (url: string, what: string) => new FeedError('invalid', url, `Not a RoseUp search index: ${what}`);

function readManifest(text: string, url: string): ShardManifest {
  const doc = decode(text, url);
  if (!isObject(doc) || doc.version !== SHARD_FORMAT) throw invalid(url, 'unknown version');
  if (!isCount(doc.documents) || !isObject(doc.shards) || !Array.isArray(doc.split)) throw invalid(url, 'documents, shards or split is missing');
  for (const file of Object.values(doc.shards)) if (typeof file !== 'string') throw invalid(url, 'a shard file name is not a string');
  return doc as unknown as ShardManifest;
}

const isPostings = (value: unknown): value is number[] => Array.isArray(value) && value.length % 2 === 1 && value.every(isCount);

function readShard(text: string, url: string, key: string): Shard {
  const doc = decode(text, url);
  if (!isObject(doc) || doc.version !== SHARD_FORMAT || doc.key !== key) throw invalid(url, 'not the shard the manifest names');
  if (!isObject(doc.terms) || !isObject(doc.docs)) throw invalid(url, 'terms or docs is missing');
  for (const postings of Object.values(doc.terms)) if (!isPostings(postings)) throw invalid(url, 'malformed postings');
  if (doc.prefix !== undefined && !isPostings(doc.prefix)) throw invalid(url, 'malformed prefix postings');
  for (const tuple of Object.values(doc.docs)) {
    if (!Array.isArray(tuple) || tuple.length < 8 || !tuple.every((field) => typeof field === 'string')) throw invalid(url, 'malformed document');
  }
  return doc as unknown as Shard;
}

/** The minimal item a result needs (title, link, kind, category, date). Undefined when unusable. */
function itemOf(tuple: ShardDocument, base: string): FeedItem | undefined {
  const [kind, rawId, rawTitle, rawUrl, categoryId, categoryLabel, rawDate, timeZone] = tuple;
  const id = cleanText(rawId, 2048);
  const title = cleanText(rawTitle, 500);
  if (!id || !title) return undefined;
  const url = safeUrl(rawUrl === '=' ? rawId : rawUrl, base);
  const label = cleanText(categoryLabel, 300);
  const category = label ? { id: cleanText(categoryId, 300) ?? label, label } : undefined;
  const date = parseDate(rawDate);
  const common = { id, url, title, tags: [], authors: [], category };
  if (kind === 'e') {
    if (!date) return undefined;
    // A result shows the title, date and link; the rest of an event (status, place) is on its
    // item document, so these are the parser's defaults.
    return {
      ...common,
      kind: 'event',
      start: date,
      timeZone: cleanText(timeZone, 60) ?? 'Europe/Paris',
      status: 'scheduled',
      attendance: 'offline',
      remoteChannels: [],
      practicalInfo: [],
    };
  }
  return { ...common, kind: 'article', datePublished: date };
}


/** Resolves like `promise`, or rejects as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * One fetch per document, shared by every caller that wants it: it is aborted only when all of
 * them have given up, and forgotten on failure so that a later query tries again. Successes are
 * kept: the index's files are content-hashed, so they never change under the same URL.
 */
class SharedFetch {
  readonly #cache = new Map<string, { promise: Promise<unknown>; controller: AbortController; waiting: number; settled: boolean }>();
  readonly #fetchText: FetchText;

  constructor(fetchText: FetchText) {
    this.#fetchText = fetchText;
  }

  async get<T>(url: string, read: (text: string, url: string) => T, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw abortReason(signal);
    let entry = this.#cache.get(url);
    if (!entry) {
      const controller = new AbortController();
      const promise = this.#load(url, controller.signal, read);
      const created = { promise, controller, waiting: 0, settled: false };
      entry = created;
      this.#cache.set(url, created);
      promise.then(
        () => {
          created.settled = true;
        },
        () => {
          created.settled = true;
          if (this.#cache.get(url) === created) this.#cache.delete(url);
        },
      );
    }
    const shared = entry;
    shared.waiting++;
    try {
      return (await untilAborted(shared.promise, signal)) as T;
    } finally {
      shared.waiting--;
      if (signal?.aborted && shared.waiting === 0 && !shared.settled) {
        shared.controller.abort(abortReason(signal));
        if (this.#cache.get(url) === shared) this.#cache.delete(url);
      }
    }
  }

  async #load<T>(url: string, signal: AbortSignal, read: (text: string, url: string) => T): Promise<T> {
    let text: string;
    try {
      text = await this.#fetchText(url, signal);
    } catch (error) {
      if (isAbortError(error) || error instanceof FeedError) throw error;
      throw new FeedError('network', url, 'The search index could not be fetched', { cause: error });
    }
    return read(text, url);
  }
}

class StaticShardedSearch implements ShardedSearch {
  readonly #manifestUrl: string;
  readonly #documents: SharedFetch;

  constructor(manifestUrl: string, fetchText: FetchText) {
    this.#manifestUrl = manifestUrl;
    this.#documents = new SharedFetch(fetchText);
  }

  async prepare(signal?: AbortSignal): Promise<void> {
    await this.#documents.get(this.#manifestUrl, readManifest, signal);
  }

  async search(query: string, { limit = 8, signal }: ShardedSearchQueryOptions = {}): Promise<SearchHit[]> {
    if (signal?.aborted) throw abortReason(signal);
    if (typeof query !== 'string' || !(limit > 0) || !tokenize(query.slice(0, 200)).length) return [];
    const manifest = await this.#documents.get(this.#manifestUrl, readManifest, signal);
    const words = queryWords(query, manifest.documents <= SHORT_PREFIX_MAX_DOCUMENTS ? 2 : 3);
    const keys = words.map((word) => shardKeyOf(manifest, word));
    const shards = await Promise.all(
      keys.map((key) => {
        if (key === undefined) return undefined;
        const url = safeUrl(manifest.shards[key], this.#manifestUrl);
        if (!url) throw invalid(this.#manifestUrl, `shard "${key}" has no http(s) URL`);
        return this.#documents.get(url, (text, at) => readShard(text, at, key), signal);
      }),
    );
    const matches = words.map((word, i) => matchWord(word, shards[i], manifest));
    return rank(matches, shards, limit, this.#manifestUrl);
  }
}

/**
 * The shard a query word needs (see search-shard-format.ts), or none when no term can match:
 * the longest key that starts the word, unless that key was split and the word goes on; then
 * the shortest key that starts with the word (a prefix being typed); then, for a word allowed a
 * typo, the longest key that its beginning matches with that typo (or, for a word being typed,
 * that begins with the word give or take the typo).
 */
function shardKeyOf(manifest: ShardManifest, word: Word): string | undefined {
  const { stem } = word;
  const keys = Object.keys(manifest.shards);
  let key: string | undefined;
  for (let length = stem.length; length >= 1 && key === undefined; length--) {
    if (Object.hasOwn(manifest.shards, stem.slice(0, length))) key = stem.slice(0, length);
  }
  if (key !== undefined && (key === stem || !manifest.split.includes(key))) return key;
  if (word.prefix) {
    let longer: string | undefined;
    for (const candidate of keys) {
      if (candidate.startsWith(stem) && (longer === undefined || candidate.length < longer.length)) longer = candidate;
    }
    if (longer !== undefined) return longer;
  }
  if (word.edits) {
    let near: string | undefined;
    for (const candidate of keys) {
      if (candidate.length <= (near ?? key ?? '').length) continue;
      for (let n = candidate.length - word.edits; n <= Math.min(stem.length, candidate.length + word.edits); n++) {
        if (n >= 1 && editDistance(candidate, stem.slice(0, n), word.edits) <= word.edits) {
          near = candidate;
          break;
        }
      }
    }
    // A word being typed ("imuno", "chimiotera") whose key so far only matches its first letters
    // ("imm", "cha"): rather the broadest longer key that begins with the word, give or take the
    // typo ("immunotherapi", "chimiotherapi"), if there is one.
    const found = near ?? key;
    if (word.prefix && (found === undefined || found.length < stem.length - word.edits)) {
      let longer: string | undefined;
      for (const candidate of keys) {
        if (candidate.length > stem.length && (longer === undefined || candidate.length < longer.length) && editDistance(stem, candidate, word.edits, true) <= word.edits) {
          longer = candidate;
        }
      }
      if (longer !== undefined) return longer;
    }
    if (near !== undefined) return near;
  }
  return key;
}

const add = (to: Scored | undefined, score: number, term: string): Scored => {
  if (!to) return { score, terms: new Set([term]) };
  to.score += score;
  to.terms.add(term);
  return to;
};

/** Adds a term's postings, weighted `weight` with typos allowed and `typed` as typed (0: a typo). */
function addPostings(into: WordMatches, postings: number[], weight: number, typed: number, documents: number, term: string): void {
  const termIdf = idf(documents, postings[0]);
  for (let i = 1; i + 1 < postings.length; i += 2) {
    const score = (postings[i + 1] / SCORE_SCALE) * termIdf;
    const found = into.get(postings[i]);
    const all = add(found?.all, score * weight, term);
    into.set(postings[i], { all, typed: typed ? add(found?.typed, score * typed, term) : found?.typed });
  }
}

function matchWord(word: Word, shard: Shard | undefined, manifest: ShardManifest): WordMatches {
  const matches: WordMatches = new Map();
  if (!shard) return matches;
  for (const [term, postings] of Object.entries(shard.terms)) {
    const weight = termWeight(term, word, true);
    if (weight > 0) addPostings(matches, postings, weight, termWeight(term, word, false), manifest.documents, term);
  }
  // A split key that starts with the word being typed: its terms live in longer shards, their
  // best documents are here.
  if (shard.prefix && word.prefix && shard.key.startsWith(word.stem)) {
    addPostings(matches, shard.prefix, PREFIX_WEIGHT, PREFIX_WEIGHT, manifest.documents, shard.key);
  }
  return matches;
}

/**
 * Every word must match (score × words matched, as MiniSearch ranks); else any of them. As the
 * MiniSearch engine does, documents that match as typed come first, scored without their typo
 * matches, then those found only with a typo: a rarer word one letter away ("douceur" for
 * "douleur") would otherwise outweigh every document with the word as typed.
 */
function rank(matches: WordMatches[], shards: Array<Shard | undefined>, limit: number, base: string): SearchHit[] {
  const combine = (all: boolean) => {
    type Total = { score: number; terms: Set<string>; words: number };
    const totals = new Map<number, { all: Total; typed: Total }>();
    const sum = (total: Total, scored: Scored | undefined) => {
      if (!scored) return;
      total.score += scored.score;
      total.words++;
      for (const term of scored.terms) total.terms.add(term);
    };
    const empty = (): Total => ({ score: 0, terms: new Set(), words: 0 });
    for (const wordMatches of matches) {
      for (const [doc, match] of wordMatches) {
        let found = totals.get(doc);
        if (!found) totals.set(doc, (found = { all: empty(), typed: empty() }));
        sum(found.all, match.all);
        sum(found.typed, match.typed);
      }
    }
    const enough = (t: Total) => (all ? t.words === matches.length : t.words > 0);
    const ranked: Array<{ doc: number; tier: number; score: number; terms: string[] }> = [];
    for (const [doc, { all: any, typed }] of totals) {
      const [tier, t] = enough(typed) ? [0, typed] : [1, any];
      if (enough(t)) ranked.push({ doc, tier, score: t.score * t.words, terms: [...t.terms] });
    }
    return ranked;
  };
  let ranked = combine(true);
  if (!ranked.length && matches.length > 1) ranked = combine(false);
  ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || b.doc - a.doc);

  const hits: SearchHit[] = [];
  for (const { doc, score, terms } of ranked) {
    const tuple = shards.find((shard) => shard && Object.hasOwn(shard.docs, doc))?.docs[doc];
    const item = tuple && itemOf(tuple, base);
    if (!item) continue;
    hits.push({ item, score, terms });
    if (hits.length === limit) break;
  }
  return hits;
}

/**
 * A search over the static index whose manifest is at `manifestUrl` (absolute). Nothing is
 * fetched until the first query. Failures reject with a `FeedError` (`network`, `http`, `parse`
 * for text that is not JSON, `invalid` for JSON that is not the index); an aborted query
 * rejects with the signal's reason.
 */
export function openShardedSearch(manifestUrl: string, { fetchText = fetchTextSimple }: ShardedSearchOptions = {}): ShardedSearch {
  return new StaticShardedSearch(manifestUrl, fetchText);
}
