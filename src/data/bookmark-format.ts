/**
 * The bookmark format, without storage: what a bookmark is, what input is accepted, how titles
 * and URLs are cleaned, and how a stored `items` array is read. Pure functions, tested alone;
 * `bookmarks.ts` keeps the list on the device.
 */
import { safeUrl } from './feed-parser.js';
import { isRecord, typeName, type ParsedEntries, type StoredListFormat } from './stored-list.js';
import { BOOKMARK_FORMAT_VERSION } from './bookmark-keys.js';

/** Default maximum number of bookmarks (also the most read from storage). */
export const BOOKMARK_CAP = 500;
/** Titles are trimmed, whitespace-collapsed and cut at this many UTF-16 code units. */
export const BOOKMARK_TITLE_MAX_LENGTH = 500;
/** Ids (permalinks) longer than this are refused; ids are otherwise kept exactly as given. */
export const BOOKMARK_ID_MAX_LENGTH = 2048;
/** URLs longer than this are dropped. */
export const BOOKMARK_URL_MAX_LENGTH = 2048;

export interface Bookmark {
  id: string;
  /** When it was saved, ISO 8601 in UTC (`Date#toISOString`). */
  savedAt: string;
  title: string;
  /** Absolute `http:`/`https:` URL, when one was given. */
  url?: string;
}

/** What `add` and `toggle` take. `url` is dropped unless it is an absolute http(s) URL. */
export interface BookmarkInput {
  id: string;
  title: string;
  url?: string;
}

/**
 * Why a change was refused. Storage trouble is never a failure: the store falls back to memory.
 * - `cap`: the list already holds `cap` bookmarks; nothing was stored.
 * - `invalid`: the arguments are unusable (empty id, title not a string...); nothing was stored.
 */
export type BookmarkFailureReason = 'cap' | 'invalid';

export interface BookmarkFailure {
  ok: false;
  reason: BookmarkFailureReason;
  /** For developers (English); elements localise by `reason`. Never contains bookmark data. */
  message: string;
}

export interface BookmarkSuccess {
  ok: true;
  /** False when the call changed nothing (already saved, not there, already empty). */
  changed: boolean;
}

/** Why an id is unusable, or '' when it is fine. Ids are never altered. */
export const idProblem = (id: unknown): string =>
  typeof id !== 'string'
    ? `id must be a string, got ${typeName(id)}`
    : !id.trim()
      ? 'id must not be empty'
      : id.length > BOOKMARK_ID_MAX_LENGTH
        ? `id is longer than ${BOOKMARK_ID_MAX_LENGTH} characters`
        : '';

/** Why `{ id, title, url? }` is unusable, or ''. Without `withTitle`, only the id is checked (enough to remove). */
export const inputProblem = (input: unknown, withTitle?: boolean): string =>
  !isRecord(input)
    ? `expected { id, title, url? }, got ${typeName(input)}`
    : idProblem(input.id) ||
      (withTitle && typeof input.title !== 'string' ? `title must be a string, got ${typeName(input.title)}` : '');

export const invalid = (action: string, problem: string): BookmarkFailure => ({
  ok: false,
  reason: 'invalid',
  message: `Cannot ${action} the bookmark: ${problem}.`,
});

/** Trimmed, whitespace collapsed, control characters removed, cut at the maximum length; and whether it was cut. */
export function cleanTitle(title: string): [string, boolean] {
  // C0/C1 controls that are not whitespace become spaces, then whitespace is collapsed.
  const clean = title.replace(/[\0-\b\x0E-\x1F\x7F-\x9F]/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = clean.length > BOOKMARK_TITLE_MAX_LENGTH;
  // Cut, never leaving half of a surrogate pair at the end.
  return [cut ? clean.slice(0, BOOKMARK_TITLE_MAX_LENGTH).replace(/[\uD800-\uDBFF]$/, '').trimEnd() : clean, cut];
}

/** The URL as the feed's URLs are checked (`safeUrl`: absolute http(s), no credentials), if not too long. */
export function cleanUrl(url: unknown): string | undefined {
  const href = safeUrl(url);
  return href && href.length <= BOOKMARK_URL_MAX_LENGTH ? href : undefined;
}

export const makeBookmark = (id: string, savedAt: string, title: string, url: string | undefined): Bookmark =>
  Object.freeze(url === undefined ? { id, savedAt, title } : { id, savedAt, title, url });

/**
 * Reads stored entries from the start until `cap` are kept: the usable ones, and what was
 * dropped or lost (an entry, a URL, the end of a title; harmless normalisation of whitespace, URL
 * and date spelling is not listed). Problems name positions and kinds only, never content.
 */
export function parseBookmarks(items: readonly unknown[], cap: number): ParsedEntries<Bookmark> {
  const list: Bookmark[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (; index < items.length && list.length < cap; index++) {
    const problem = (text: string) => void problems.push(`entry ${index}: ${text}`);
    const entry = items[index];
    const bad = inputProblem(entry, true);
    if (bad) {
      problem(bad);
      continue;
    }
    const { id, title, savedAt, url } = entry as Record<string, unknown> & BookmarkInput;
    const time = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
    if (isNaN(time)) {
      problem('savedAt is not a date');
      continue;
    }
    if (seen.has(id)) {
      problem('duplicate id');
      continue;
    }
    seen.add(id);
    const [clean, cut] = cleanTitle(title);
    if (cut) problem(`title cut at ${BOOKMARK_TITLE_MAX_LENGTH} characters`);
    const href = cleanUrl(url);
    if (href === undefined && url !== null && url !== undefined) problem('url dropped (not an absolute http(s) URL)');
    list.push(makeBookmark(id, new Date(time).toISOString(), clean, href));
  }
  return { list, problems, readUpTo: index };
}

/** Version 1 (`BOOKMARK_FORMAT_VERSION`); bookmarks past the cap are kept in storage as they were (never lost). */
export const bookmarkFormat: StoredListFormat<Bookmark> = { version: BOOKMARK_FORMAT_VERSION, parse: parseBookmarks, keepUnread: true };
