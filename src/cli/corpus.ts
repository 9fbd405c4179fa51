/**
 * Reads the corpus given to `roseup-feed build`: JSON Feed documents in RoseUp's contract, or
 * NDJSON files (`.ndjson`, `.jsonl`) of items, one JSON item per line. Items are normalised by
 * the elements' own parser (`normalizeFeed`), so that the build keeps exactly what the elements
 * would keep; what they would skip is reported with its reason and left out.
 *
 * A malformed corpus (unreadable file, not JSON, not a feed, a bad NDJSON line) throws a
 * `CorpusError` naming the file (and line): nothing is built from half a corpus.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { normalizeFeed } from '../data/normalize-feed.js';
import { isFeedError } from '../data/errors.js';
import { safeUrl } from '../data/feed-parser.js';
import type { Feed, FeedItem, Suggestion } from '../data/types.js';

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/** An item of the corpus that the elements would not show, and why. */
export interface SkippedCorpusItem {
  /** `file#index` for a feed's item, `file:line` for an NDJSON line. */
  where: string;
  id?: string;
  reason: string;
}

/** Feed-level fields taken from the first JSON Feed document of the corpus. */
export interface CorpusFeedFields {
  title?: string;
  description?: string;
  homePageUrl?: string;
  language?: string;
  icon?: string;
  favicon?: string;
  /** The corpus's own `_roseup` links and suggestions, as the elements read them. */
  searchUrl?: string;
  agendaUrl?: string;
  suggestions: Suggestion[];
}

export interface Corpus {
  items: FeedItem[];
  skipped: SkippedCorpusItem[];
  feed: CorpusFeedFields;
}

/** `normalizeFeed` reads at most this many items per document: bigger corpora go in batches. */
const BATCH = 5000;

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function readText(file: string): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new CorpusError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

const isNdjson = (file: string): boolean => ['.ndjson', '.jsonl'].includes(extname(file).toLowerCase());

/** The absolute URL relative URLs of a document are resolved against. */
function baseOf(doc: Obj | undefined, fallback: string): string {
  const own = str(doc?.feed_url);
  if (own) {
    try {
      const url = new URL(own);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not absolute: the build's own base URL is used.
    }
  }
  return fallback;
}

/** Items of one source, each with where it came from (for the report). */
interface Source {
  doc: Obj;
  /** The document's feed-level fields, normalised (no items). */
  feed?: Feed;
  items: unknown[];
  where: (index: number) => string;
  base: string;
}

function readSource(file: string, fallbackBase: string): Source {
  const text = readText(file);
  const name = basename(file);
  if (isNdjson(file)) {
    const items: unknown[] = [];
    const lines: number[] = [];
    const rows = text.split('\n');
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i].trim();
      if (!row) continue;
      let value: unknown;
      try {
        value = JSON.parse(row);
      } catch (error) {
        throw new CorpusError(`${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
      if (!isObject(value)) throw new CorpusError(`${file}:${i + 1}: not a JSON Feed item (expected an object)`);
      items.push(value);
      lines.push(i + 1);
    }
    return { doc: { version: 'https://jsonfeed.org/version/1.1' }, items, where: (index) => `${name}:${lines[index]}`, base: fallbackBase };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const base = baseOf(isObject(json) ? json : undefined, fallbackBase);
  let feed: Feed;
  try {
    // Checks that it is a feed (version, items) and reads its own fields, on a copy without the
    // items: those are read in batches below.
    feed = normalizeFeed(isObject(json) ? { ...json, items: Array.isArray(json.items) ? [] : json.items } : json, base);
  } catch (error) {
    if (isFeedError(error)) throw new CorpusError(`${file}: ${error.message} (use .ndjson for one item per line)`);
    throw error;
  }
  const doc = json as Obj;
  return { doc, feed, items: doc.items as unknown[], where: (index) => `${name}#${index}`, base };
}

function feedFieldsOf(doc: Obj, feed: Feed, base: string): CorpusFeedFields {
  return {
    title: feed.title || undefined,
    description: str(doc.description),
    homePageUrl: feed.homePageUrl,
    language: feed.language,
    icon: safeUrl(doc.icon, base),
    favicon: safeUrl(doc.favicon, base),
    searchUrl: feed.searchUrl,
    agendaUrl: feed.agendaUrl,
    suggestions: feed.suggestions,
  };
}

/**
 * Reads every file, in order; an id seen in an earlier file wins (later ones are reported as
 * duplicates). `baseUrl` resolves relative URLs of NDJSON items and of feeds without an
 * absolute `feed_url`.
 */
export function readCorpus(files: readonly string[], baseUrl: string): Corpus {
  if (!files.length) throw new CorpusError('no corpus file given');
  const sources = files.map((file) => readSource(file, baseUrl));
  const items: FeedItem[] = [];
  const skipped: SkippedCorpusItem[] = [];
  const seen = new Set<string>();
  let feed: CorpusFeedFields = { suggestions: [] };
  let haveFeed = false;
  files.forEach((file, n) => {
    const source = sources[n];
    if (!haveFeed && source.feed) {
      feed = feedFieldsOf(source.doc, source.feed, source.base);
      haveFeed = true;
    }
    for (let start = 0; start < source.items.length; start += BATCH) {
      const batch = normalizeFeed({ ...source.doc, items: source.items.slice(start, start + BATCH) }, source.base);
      for (const s of batch.skipped) skipped.push({ where: source.where(start + s.index), id: s.id, reason: s.reason });
      for (const item of batch.items) {
        if (seen.has(item.id)) {
          const at = rawIndexOf(source.items, start, item.id);
          skipped.push({ where: at < 0 ? basename(file) : source.where(at), id: item.id, reason: 'duplicate id' });
          continue;
        }
        seen.add(item.id);
        items.push(item);
      }
    }
  });
  return { items, skipped, feed };
}

/** Index of the raw item of a batch with this id (only to report where a duplicate is), or -1. */
function rawIndexOf(items: unknown[], start: number, id: string): number {
  for (let i = start; i < Math.min(items.length, start + BATCH); i++) {
    const raw = isObject(items[i]) ? (items[i] as Obj).id : undefined;
    if ((typeof raw === 'string' && raw.trim() === id) || (typeof raw === 'number' && String(raw) === id)) return i;
  }
  return -1;
}
