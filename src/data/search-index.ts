/**
 * The search engine of `<roseup-search>`: a MiniSearch full-text index over the feed's items,
 * with French folding and stemming (`french-text.ts`).
 *
 * This is the only module that imports `minisearch`, and nothing imports it statically: the
 * element loads it with `import()` on first use, so the engine is a lazy chunk of its own.
 */
import MiniSearch, { type Query, type SearchOptions as MiniSearchOptions } from 'minisearch';
import { indexWords, isStopWord, stemFrench, tokenize } from './french-text.js';
import type { FeedItem } from './types.js';
import type { ItemList } from './feed-items.js';
import { runInSlices } from './main-thread.js';
import { abortReason } from './http.js';
import * as rules from './search-rules.js';

export interface SearchHit {
  item: FeedItem;
  /**
   * Relevance, only meaningful to compare the hits of one query, and within a tier: hits that
   * match as typed come first, then those found only with a typo, each tier best first.
   */
  score: number;
  /**
   * The item's indexed terms (folded stems) that matched, prefix and typo matches included:
   * pass them to `highlightRanges` to mark the matches in the item's title.
   */
  terms: string[];
}

export interface SearchIndexSearchOptions {
  /** Most hits returned, best first. Default 8. */
  limit?: number;
}

export interface SearchIndex {
  /** Number of items indexed. */
  readonly size: number;
  /**
   * Number of distinct terms indexed: at most `MAX_INDEX_TERMS`, whatever the feed. Counted
   * while building, so reading it costs nothing (MiniSearch's own `termCount` walks its whole
   * radix tree the first time: 40-60 ms on the main thread for 50,000 terms).
   */
  readonly termCount: number;
  /**
   * Items matching a query as typed, best first. The last word is matched as a prefix (the
   * visitor is still typing it); words of five letters or more also match with a typo, but
   * items that match as typed come first. Every word must match; when no item has them all,
   * items with some of them are returned instead.
   * An empty query, or one of stop words only ("à la"), returns `[]`.
   */
  search(query: string, options?: SearchIndexSearchOptions): SearchHit[];
}

export interface BuildSearchIndexOptions {
  /** Aborts the build: the promise rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
  /** Longest run of indexing between two yields to the main thread, in ms. Default 8. */
  sliceMs?: number;
  /**
   * Also index `contentText` (weight 0.5). Default false: titles, summaries and labels are what
   * a suggestion box needs, and the full text grows the build with the articles' length (twice
   * as long already with the synthetic feed's 250-character texts: scripts/bench/search.mjs).
   */
  content?: boolean;
}

/** Field weights: a word in a title counts three times a word in a summary. */
const BOOST = { title: 3, labels: 1.5, summary: 1, content: 0.5 };
// Bounds that hold whatever the feed (issue 16: 5,000 items of random words all starting with
// "ch" made typing "ch" a 1.5 s task over ~700,000 terms, and the index 137 MB). A real feed of
// 20,000 articles stays within them (scripts/bench/search.mjs prints the figures).
/** Words indexed per field of an item, in reading order: the rest of a long text is not indexed. */
export const MAX_FIELD_TERMS: Readonly<Record<string, number>> = { title: 64, summary: 256, labels: 128, content: 2000 };
/** Distinct terms in the whole index: once it is reached, only terms already known are indexed. */
export const MAX_INDEX_TERMS = 60_000;
/**
 * A word being typed is expanded to at most this many indexed terms (shortest first, as
 * MiniSearch weighs shorter completions higher) carrying at most `MAX_PREFIX_POSTINGS` (term,
 * item) pairs in all: the work of one keystroke stays bounded however many terms share the prefix.
 */
export const MAX_PREFIX_TERMS = 150;
export const MAX_PREFIX_POSTINGS = 15_000;
/** Radix tree nodes a typo search may visit (`nearTerms`). */
const MAX_NEAR_NODES = 20_000;
/** MiniSearch's default weight of a prefix match (`searchOptions.weights.prefix`). */
const PREFIX_WEIGHT = 0.375;

interface Doc {
  i: number;
  item: FeedItem;
}

const labelsOf = (item: FeedItem): string => {
  const parts: Array<string | undefined> = [...(item.tags ?? []), item.category?.label, item.format?.label];
  for (const author of item.authors ?? []) parts.push(author.name);
  if (item.kind === 'event') parts.push(item.location?.name, item.location?.locality);
  return parts.filter(Boolean).join(' · ');
};

const extractField = (doc: Doc, field: string): string | number | undefined => {
  const { item } = doc;
  switch (field) {
    case 'i':
      return doc.i;
    case 'title':
      return item.title;
    case 'summary':
      return item.summary;
    case 'labels':
      return labelsOf(item);
    case 'content':
      return item.contentText;
    default:
      return undefined;
  }
};


/**
 * Indexes `items` (title ×3, tags/category/format/authors/place ×1.5, summary ×1) in slices of
 * about `sliceMs` that yield to the main thread between them, so that building the index for
 * 20,000 articles never blocks the page for long. `items` is copied: later changes to the array
 * do not affect the index.
 */
export async function buildSearchIndex(
  items: ItemList,
  { signal, sliceMs = 8, content = false }: BuildSearchIndexOptions = {},
): Promise<SearchIndex> {
  if (signal?.aborted) throw abortReason(signal);
  const fields = content ? ['title', 'summary', 'labels', 'content'] : ['title', 'summary', 'labels'];
  const vocabulary = new Set<string>();
  const engine = new MiniSearch<Doc>({
    idField: 'i',
    fields,
    extractField,
    tokenize: (text, field) => {
      const words = indexWords(text);
      const max = (field && MAX_FIELD_TERMS[field]) || 0;
      return max && words.length > max ? words.slice(0, max) : words;
    },
    processTerm: (word) => {
      const stem = stemFrench(word);
      if (!stem) return null;
      if (vocabulary.size >= MAX_INDEX_TERMS && !vocabulary.has(stem)) return null;
      vocabulary.add(stem);
      return stem;
    },
    searchOptions: { boost: BOOST, maxFuzzy: 2 },
  });

  await runInSlices(items.length, (i) => engine.add({ i, item: items.at(i)! }), {
    sliceMs,
    checkpoint: () => {
      if (signal?.aborted) throw abortReason(signal);
    },
  });
  // Every stem processTerm returns is indexed, so the set holds exactly the index's terms.
  const termCount = vocabulary.size;
  vocabulary.clear(); // only needed while adding
  return new MiniSearchIndex(engine, Array.isArray(items) ? items.slice() : items, termCount);
}

/** The indexed terms that begin with a prefix, shortest first, and whether that is all of them. */
interface Expansion {
  terms: string[];
  complete: boolean;
}

/** How the query tree looks words up, and which typed stem each expanded term stands for. */
interface QueryContext {
  minPrefix: number;
  /** Whether words may match with a typo (the second tier of results). */
  typos: boolean;
  /** Set by the tree built without typos when a word of it could have one. */
  typoable?: boolean;
  expand?: (stem: string) => Expansion | undefined;
  /** Terms within `edits` typos of a stem, and their distance (`nearTerms`); undefined without the internals. */
  near?: (stem: string, edits: number, prefix: boolean) => Map<string, number> | undefined;
  sources: Map<string, string>;
}

/**
 * One query word, folded and stemmed, with how loosely it may match: as a prefix when asked
 * (from `minPrefix` letters), with one typo from five letters on and two from eight (in the
 * typo tier only). A prefix with more completions than a keystroke can afford is expanded to its
 * shortest ones instead, weighted as MiniSearch weighs prefix matches, without typo tolerance.
 */
function leaf(stem: string, prefix: boolean, context: QueryContext, options: { fuzzy?: boolean; boost?: number } = {}): Query {
  const { fuzzy: typos = true, boost } = options;
  const edits = !typos ? false : stem.length >= rules.FUZZY_TWO_EDITS_LENGTH ? 2 : stem.length >= rules.FUZZY_MIN_LENGTH ? 1 : false;
  if (edits) context.typoable = true;
  const fuzzy = context.typos && edits;
  const boostTerm = boost === undefined ? undefined : () => boost;
  if (!prefix || stem.length < context.minPrefix) return withTypos({ queries: [stem], prefix: false, fuzzy, boostTerm }, stem, fuzzy, false, context);
  const expansion = context.expand?.(stem);
  if (!expansion || expansion.complete) return withTypos({ queries: [stem], prefix: true, fuzzy, boostTerm }, stem, fuzzy, true, context);
  const queries: Query[] = [{ queries: [stem], boostTerm }];
  for (const term of expansion.terms) {
    context.sources.set(term, stem);
    const weight = ((PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - stem.length))) * (boost ?? 1);
    queries.push({ queries: [term], boostTerm: () => weight });
  }
  return { combineWith: 'OR', prefix: false, fuzzy: false, queries };
}

/**
 * `query` (a stem, or a prefix) with its typo matches. MiniSearch's own fuzzy search counts two
 * swapped letters as two typos ("cnacer") and matches whole terms only, so a word being typed
 * with a typo ("imuno") found nothing until it was complete: when its internals are there, the
 * typo matches are `nearTerms` instead, weighted as MiniSearch weighs a typo.
 */
function withTypos(query: Query & object, stem: string, edits: number | false, prefix: boolean, context: QueryContext): Query {
  const near = edits ? context.near?.(stem, edits, prefix) : undefined;
  if (!near) return query;
  const queries: Query[] = [{ ...query, fuzzy: false }];
  for (const [term, distance] of near) {
    context.sources.set(term, stem);
    const weight = rules.typoWeight(stem.length, distance, term.length);
    queries.push({ queries: [term], prefix: false, fuzzy: false, boostTerm: () => weight });
  }
  return { combineWith: 'OR', queries };
}

/**
 * The query tree: every word must match (AND). The last word is a prefix (from `minPrefix`
 * letters on): the visitor is typing it. Earlier words are prefixes too from four letters on,
 * since French readers abbreviate ("chimio", "radio", "immuno"). The last word's own shorter
 * beginnings are also looked up, because a stem can be shorter than the word it comes from
 * ("metastatiqu", on the way to "métastatique", must still find "metastat").
 */
function queryTree(query: string, context: QueryContext): Query[] {
  const words = [...new Set(tokenize(query.slice(0, 200)))].slice(0, rules.MAX_QUERY_TERMS);
  return words.map((word, index) => {
    const stem = stemFrench(word);
    const last = index === words.length - 1;
    if (!last || word.length < 6) return leaf(stem, last || stem.length >= rules.INNER_PREFIX_MIN_LENGTH, context);
    const alternatives: Query[] = [leaf(stem, true, context)];
    for (let n = word.length - 1; n >= Math.max(4, word.length - 4); n--) {
      const start = word.slice(0, n);
      if (start !== stem && !isStopWord(start)) alternatives.push(leaf(start, true, context, { fuzzy: false, boost: rules.TRUNCATION_BOOST }));
    }
    const either: Query = { combineWith: 'OR', queries: alternatives };
    return either;
  });
}

/** A node of MiniSearch's radix tree: edge labels to subtrees, and "" to a term's data. */
type RadixNode = Map<string, RadixNode | Map<number, Map<number, number>>>;
interface RadixMap {
  atPrefix?: (prefix: string) => { _tree?: RadixNode };
  _tree?: RadixNode;
}

/**
 * The indexed terms within `max` typos of `stem`, swapped neighbours counting as one ("cnacer"
 * → "cancer"), with their distance; with `prefix`, those whose closest beginning is ("imuno" →
 * "immunotherapi"). Terms starting with `stem` are prefix matches, left out. A walk of the
 * radix tree with one row of the edit distance table per letter, abandoned where no longer path
 * can come closer; it stops at `MAX_PREFIX_TERMS` terms, `MAX_PREFIX_POSTINGS` postings or
 * `MAX_NEAR_NODES` nodes, so that a keystroke stays bounded. `undefined` without the internals.
 */
function nearTerms(index: RadixMap, stem: string, max: number, prefix: boolean): Map<string, number> | undefined {
  const root = index._tree;
  if (!(root instanceof Map)) return undefined;
  const found = new Map<string, number>();
  const n = stem.length;
  let postings = 0;
  let nodes = 0;
  const full = () => found.size >= MAX_PREFIX_TERMS || postings >= MAX_PREFIX_POSTINGS || nodes > MAX_NEAR_NODES;
  const add = (term: string, data: RadixNode | Map<number, Map<number, number>>, distance: number) => {
    if (term === stem || (prefix && term.startsWith(stem))) return;
    found.set(term, distance);
    for (const docs of (data as Map<number, Map<number, number>>).values()) postings += docs.size;
  };
  const collect = (node: RadixNode, key: string, distance: number) => {
    for (const [edge, child] of node) {
      if (full()) return;
      nodes++;
      if (edge === '') add(key, child, distance);
      else collect(child as RadixNode, key + edge, distance);
    }
  };
  // `before` and `row`: the table's rows for the path without its last letter, and with it.
  const walk = (node: RadixNode, key: string, before: number[], row: number[], best: number) => {
    for (const [edge, child] of node) {
      if (full()) return;
      nodes++;
      if (edge === '') {
        const distance = prefix ? best : row[n];
        if (distance <= max) add(key, child, distance);
        continue;
      }
      let [b, r, closest, alive] = [before, row, best, true];
      for (let j = 0; j < edge.length && alive; j++) {
        const letter = edge[j];
        const next = rules.nextEditRow(stem, b, r, letter, j ? edge[j - 1] : key[key.length - 1]);
        const smallest = Math.min(...next);
        [b, r] = [r, next];
        if (prefix) closest = Math.min(closest, r[n]);
        alive = smallest <= max;
      }
      if (prefix && closest === 0) continue; // the path starts with the stem: prefix matches below
      if (alive) walk(child as RadixNode, key + edge, b, r, closest);
      else if (prefix && closest <= max) collect(child as RadixNode, key + edge, closest);
    }
  };
  const first = Array.from({ length: n + 1 }, (_, i) => i);
  walk(root, '', [], first, n);
  return found;
}

/**
 * The completions of `stem` in the index, shortest first (a walk by length over the radix
 * tree), stopping as soon as they exceed `MAX_PREFIX_TERMS` terms or `MAX_PREFIX_POSTINGS`
 * postings: the walk itself is bounded too. `undefined` when the internals are not there.
 */
function expandPrefix(index: RadixMap, stem: string): Expansion | undefined {
  let root: RadixNode | undefined;
  try {
    root = index.atPrefix?.(stem)._tree;
  } catch {
    return undefined;
  }
  if (!(root instanceof Map)) return root === undefined ? { terms: [], complete: true } : undefined;
  const terms: string[] = [];
  let postings = 0;
  let nodes = 0;
  const byLength: Array<Array<[RadixNode, string]> | undefined> = [[[root, stem]]];
  for (let length = 0; length < byLength.length; length++) {
    for (const [node, key] of byLength[length] ?? []) {
      for (const [edge, child] of node) {
        if (edge === '') {
          if (length === 0) continue; // the stem itself: an exact match, looked up anyway
          let count = 0;
          for (const docs of (child as Map<number, Map<number, number>>).values()) count += docs.size;
          if (terms.length >= MAX_PREFIX_TERMS || postings + count > MAX_PREFIX_POSTINGS) return { terms, complete: false };
          terms.push(key);
          postings += count;
        } else {
          if (++nodes > 4 * MAX_PREFIX_TERMS) return { terms, complete: false };
          (byLength[length + edge.length] ??= []).push([child as RadixNode, key + edge]);
        }
      }
    }
  }
  return { terms, complete: true };
}

/** Identity tokenizer and term processor: the query tree already holds folded stems. */
const RAW: MiniSearchOptions = { tokenize: (s) => [s], processTerm: (s) => s, prefix: false, fuzzy: false };

/** What `MiniSearch#executeQuery` gives: scores by internal short id, before sorting. */
type RawResults = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;
/** The parts of MiniSearch 7.2 internals used by the top-k fast path (TypeScript-private there). */
interface EngineInternals {
  executeQuery?: (query: Query, options: MiniSearchOptions) => RawResults;
  _documentIds?: Map<number, unknown>;
  _index?: RadixMap;
}

interface Ranked {
  id: number;
  score: number;
  terms: string[];
}

class MiniSearchIndex implements SearchIndex {
  readonly #engine: MiniSearch<Doc>;
  readonly #items: ItemList;
  readonly #termCount: number;

  constructor(engine: MiniSearch<Doc>, items: ItemList, termCount: number) {
    this.#engine = engine;
    this.#items = items;
    this.#termCount = termCount;
  }

  get size(): number {
    return this.#items.length;
  }

  get termCount(): number {
    return this.#termCount;
  }

  search(query: string, { limit = 8 }: SearchIndexSearchOptions = {}): SearchHit[] {
    if (typeof query !== 'string' || !(limit > 0)) return [];
    const radix = (this.#engine as unknown as EngineInternals)._index;
    const context: QueryContext = {
      minPrefix: this.#items.length <= rules.SHORT_PREFIX_MAX_ITEMS ? 2 : 3,
      typos: false,
      expand: radix ? (stem) => expandPrefix(radix, stem) : undefined,
      near: radix ? (stem, edits, prefix) => nearTerms(radix, stem, edits, prefix) : undefined,
      sources: new Map(),
    };
    const exact = queryTree(query, context);
    if (!exact.length) return [];
    let typos: Query[] | undefined;
    const tiers = (combineWith: 'AND' | 'OR') =>
      this.#tiers(combineWith, exact, context.typoable ? () => (typos ??= queryTree(query, { ...context, typos: true })) : undefined, limit, context.sources);
    let ranked = tiers('AND');
    // Nothing has every word: show what has some of them (ranked by how many) rather than nothing.
    if (!ranked.length && exact.length > 1) ranked = tiers('OR');
    return ranked.map(({ id, score, terms }) => ({ item: this.#items.at(id)!, score, terms }));
  }

  /**
   * The `limit` best results, those matching as typed (exactly, as a prefix) first, ranked by
   * their score without typo matches; then, while there is room, those found only with a typo.
   * A word one letter from another ("douceur" for "douleur") is often rarer, so it weighs more:
   * summed in one ranking, a title with the typo beat every item with the word as typed.
   */
  #tiers(combineWith: 'AND' | 'OR', exact: Query[], typos: (() => Query[]) | undefined, limit: number, sources: Map<string, string>): Ranked[] {
    const ranked = this.#top({ combineWith, queries: exact }, limit, sources);
    if (ranked.length === limit || !typos) return ranked;
    const seen = new Set(ranked.map((hit) => hit.id));
    for (const hit of this.#top({ combineWith, queries: typos() }, limit + ranked.length, sources)) {
      if (ranked.length === limit) break;
      if (!seen.has(hit.id)) ranked.push(hit);
    }
    return ranked;
  }

  /**
   * The `limit` best results. `MiniSearch#search` builds, and sorts, a result object for every
   * matching document: on 20,000 articles a two-letter prefix matches half of them and that
   * takes twice as long as the query itself. So, when MiniSearch's internal `executeQuery` is
   * there (it is in the pinned 7.2.0), only the top `limit` are kept, scored exactly as
   * `search` scores them (score × number of query terms matched, ties in index order);
   * otherwise the public API is used.
   */
  #top(query: Query, limit: number, sources: Map<string, string>): Ranked[] {
    const internals = this.#engine as unknown as EngineInternals;
    const ids = internals._documentIds;
    if (typeof internals.executeQuery !== 'function' || !(ids instanceof Map)) {
      return this.#engine
        .search(query, RAW)
        .slice(0, limit)
        .map((result) => ({ id: result.id as number, score: result.score, terms: result.terms }));
    }
    const top: Array<{ shortId: number; score: number; terms: string[] }> = [];
    for (const [shortId, { score: raw, terms: queryTerms, match }] of internals.executeQuery.call(this.#engine, query, RAW)) {
      // Same quality factor as MiniSearch#search: the number of query terms that matched (the
      // completions of one capped prefix count as that prefix, as MiniSearch counts them).
      const matched = sources.size ? new Set(queryTerms.map((term) => sources.get(term) ?? term)).size : queryTerms.length;
      const score = raw * (matched || 1);
      if (top.length === limit && score <= top[limit - 1].score) continue;
      let at = top.length;
      while (at > 0 && top[at - 1].score < score) at--;
      top.splice(at, 0, { shortId, score, terms: Object.keys(match) });
      if (top.length > limit) top.pop();
    }
    return top.map(({ shortId, score, terms }) => ({ id: ids.get(shortId) as number, score, terms }));
  }
}
