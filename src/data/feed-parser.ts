/**
 * Turns a JSON Feed 1.x document (plus RoseUp's `_roseup` extension) into the models in
 * `types.ts`. Tolerant by design: a field of the wrong type is dropped, an unusable item is
 * skipped and recorded in `feed.skipped`; only a document that is not a feed at all throws.
 *
 * Validation is a handful of typed readers (`obj`, `text`, `list`...) rather than a schema
 * library: valibot was tried first and cost 6.9 KB minified (about 2.4 KB gzip) of the 20 KB
 * budget for the whole one-tag bundle, for checks that are each one line here.
 */
import { FeedError } from './errors.js';
import { parseDate } from './dates.js';
import { runInSlices } from './main-thread.js';
import { FeedItems } from './feed-items.js';
import type {
  Article,
  Attendance,
  Author,
  Capacity,
  EventLocation,
  EventStatus,
  Feed,
  FeedItem,
  ItemKind,
  Registration,
  RemoteChannel,
  RoseUpEvent,
  SkippedItem,
  Suggestion,
  Term,
} from './types.js';

/** Bounds on untrusted text so a hostile feed cannot make an element render megabytes. */
const MAX = { short: 300, title: 500, summary: 2000, content: 50000 } as const;
const MAX_ITEMS = 5000;
const MAX_LIST = 50;

// Control characters (C0 and C1) other than tab and newline never belong in displayed text; nor do
// bidirectional embeddings, overrides and isolates, which a feed could leave open to make the
// text after them read backwards (French text does not need them).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanText(value: string, max: number): string | undefined {
  const cleaned = value.replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n').trim();
  if (!cleaned) return undefined;
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/**
 * Resolves `value` against `base` and keeps it only if it is an `http:` or `https:` URL.
 * Everything else (`javascript:`, `data:`, `vbscript:`, malformed) gives `undefined`.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url.href : undefined;
}

/**
 * The site of a host name as far as cookies go, approximated without the public suffix list:
 * its last two labels ("www.chu-lyon.fr" → "chu-lyon.fr"; "localhost" stays itself). Under a
 * two-label suffix ("ville.gouv.fr"), or for IP addresses, this is too broad, which only
 * refuses more images.
 */
const cookieSite = (hostname: string): string => hostname.split('.').slice(-2).join('.');

/**
 * An image (or avatar) URL of the feed, checked like `safeUrl` and refused when it points at the
 * site of the page showing it, unless it is on the feed's own origin. The browser requests
 * images with the cookies of their site, so a feed could otherwise make every visitor's browser
 * send the partner's cookies to a partner endpoint (`/logout`, `/api/...`). A feed served by the
 * partner itself keeps its own images (relative ones included). `pageUrl`: the embedding page;
 * without one (Node, a worker) only `safeUrl` applies.
 */
export function safeImageUrl(value: unknown, feedUrl: string, pageUrl: string | undefined = globalThis.location?.href): string | undefined {
  const resolved = safeUrl(value, feedUrl);
  // A page that is not http(s) (a file, an opaque origin) has no such cookies.
  const page = safeUrl(pageUrl);
  if (!resolved || !page) return resolved;
  const image = new URL(resolved);
  return image.origin !== new URL(feedUrl).origin && cookieSite(image.hostname) === cookieSite(new URL(page).hostname) ? undefined : resolved;
}

/** RoseUp's own site, where a feed may always send its search page (`host`: no other port). */
const ROSEUP_HOST = /^(www\.)?rose-up\.fr$/;

/**
 * The feed's `_roseup.search_url`, kept only when it is `https:` and on the feed's own origin or
 * on RoseUp's site: the search form sends every query typed on the partner's page there, so a
 * feed must not be able to aim it at a third party (or at cleartext HTTP).
 */
export function trustedSearchUrl(value: unknown, feedUrl: string): string | undefined {
  const resolved = safeUrl(value, feedUrl);
  if (!resolved) return undefined;
  const target = new URL(resolved);
  // `feedUrl` is valid: `safeUrl` resolved against it.
  const trusted = target.origin === new URL(feedUrl).origin || ROSEUP_HOST.test(target.host);
  return target.protocol === 'https:' && trusted ? resolved : undefined;
}

/**
 * A URL template with one placeholder (`items/{key}.json`): resolved and checked like `safeUrl`,
 * the placeholder kept as is. Without the placeholder (once, in the path) it is no template.
 */
export function safeTemplate(value: unknown, placeholder: string, base?: string): string | undefined {
  if (typeof value !== 'string' || value.split(placeholder).length !== 2) return undefined;
  const marker = 'roseup-placeholder-0c2f';
  const resolved = safeUrl(value.replace(placeholder, marker), base);
  if (!resolved) return undefined;
  const parsed = new URL(resolved);
  return parsed.pathname.includes(marker) ? resolved.replace(marker, placeholder) : undefined;
}

// ---- typed readers: each returns `undefined` (or an empty list) for a value of the wrong type ----

type Obj = Record<string, unknown>;

const obj = (value: unknown): Obj | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' ? cleanText(value, max) : undefined;
const raw = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A language tag such as "fr", "fr-FR" or "en-GB", fit for a `lang` attribute; else nothing. */
const languageTag = (value: unknown): string | undefined => {
  const tag = typeof value === 'string' ? value.trim() : '';
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/.test(tag) ? tag : undefined;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1e6 ? value : undefined;
const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const identifier = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value, 2048);

function term(value: unknown): Term | undefined {
  const o = obj(value);
  const label = text(o?.label, MAX.short);
  return label ? { id: text(o?.id, MAX.short) ?? slug(label), label } : undefined;
}

const VERSION = /^(?:https?:\/\/jsonfeed\.org\/version\/1(?:\.[01])?\/?|1(?:\.[01])?)$/;
const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'full'];
const ATTENDANCES: readonly Attendance[] = ['offline', 'online', 'mixed'];
const CHANNELS: readonly RemoteChannel[] = ['phone', 'video'];

function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pick = <T extends string>(value: unknown, allowed: readonly T[], otherwise: T): T =>
  allowed.includes(value as T) ? (value as T) : otherwise;

function textList(values: unknown[], max: number): string[] {
  const out: string[] = [];
  for (const value of values.slice(0, MAX_LIST)) {
    const cleaned = text(value, max);
    if (cleaned) out.push(cleaned);
  }
  return out;
}


function shorten(value: string, max = 100): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function parseAuthors(values: unknown[], base: string): Author[] {
  const authors: Author[] = [];
  for (const value of values.slice(0, MAX_LIST)) {
    const o = obj(value);
    const name = text(o?.name, MAX.short);
    if (!o || !name) continue;
    const ext = obj(o._roseup);
    authors.push({
      name,
      url: safeUrl(o.url, base),
      avatar: safeImageUrl(o.avatar, base),
      role: text(ext?.role, MAX.short),
      bio: text(ext?.bio, MAX.summary),
    });
  }
  return authors;
}

/** An event's own fields, from details that `screenItem` accepted (an object with a valid start). */
function parseEventDetails(e: Obj, base: string): Omit<RoseUpEvent, keyof Article | 'kind'> {
  const start = parseDate(e.start)!;
  let end = parseDate(e.end);
  if (end && end.getTime() < start.getTime()) end = undefined;

  let location: EventLocation | undefined;
  const place = obj(e.location);
  if (place) {
    const name = text(place.name, MAX.short);
    const streetAddress = text(place.street_address, MAX.short);
    const locality = text(place.locality, MAX.short);
    if (name || streetAddress || locality) {
      location = { name, streetAddress, locality, postalCode: text(place.postal_code, 20), country: text(place.country, 60) };
    }
  }
  let registration: Registration | undefined;
  const reg = obj(e.registration);
  if (reg) registration = { url: safeUrl(reg.url, base), required: bool(reg.required) ?? false, free: bool(reg.free) };
  let capacity: Capacity | undefined;
  const cap = obj(e.capacity);
  if (cap) {
    const maximum = count(cap.maximum);
    const remaining = count(cap.remaining);
    // More places left than there are: one of the two is wrong, so "only 5 left" is not said.
    if (maximum !== undefined || remaining !== undefined) capacity = { maximum, remaining: remaining! > maximum! ? undefined : remaining };
  }
  const channels = list(obj(e.remote)?.channels).filter((c): c is RemoteChannel => CHANNELS.includes(c as RemoteChannel));
  const remoteChannels = [...new Set(channels)];
  return {
    start,
    end,
    timeZone: text(e.time_zone, 60) ?? 'Europe/Paris',
    status: pick(e.status, STATUSES, 'scheduled'),
    attendance: pick(e.attendance, ATTENDANCES, location || !remoteChannels.length ? 'offline' : 'online'),
    location,
    remoteChannels,
    registration,
    capacity,
    practicalInfo: textList(list(e.practical_info), MAX.short),
  };
}

/** What decides whether an item is usable: its id and kind, or why it is not. */
type Screened = { id: string; kind: ItemKind } | string;

/** The title an item is shown with: its own, else the start of its text (read only then). */
function itemTitle(item: Obj, summary: () => string | undefined, contentText: () => string | undefined): string | undefined {
  const own = text(item.title, MAX.title);
  if (own) return own;
  const fallback = summary() ?? contentText();
  return fallback ? shorten(fallback.replace(/\s+/g, ' ')) : undefined;
}

/**
 * Turns an item's `content_html` into text (`html-text.ts`). Not part of the parser's own code: a
 * feed without HTML (RoseUp's own: `content_text`) never loads it. See `parseFeedTextInSlices`.
 */
export type HtmlToText = (html: string) => string;

/** Whether a document has HTML content, so that reading it needs `HtmlToText`. */
const hasHtml = (items: readonly unknown[]): boolean => items.some((item) => typeof obj(item)?.content_html === 'string');

function itemContentText(item: Obj, toText?: HtmlToText): string | undefined {
  const html = raw(item.content_html);
  return text(item.content_text, MAX.content) ?? (html && toText ? cleanText(toText(html.slice(0, MAX.content * 4)), MAX.content) : undefined);
}

/**
 * Whether an item is usable, reading only what decides it (id, a title or some text, an event's
 * start), so that a whole document is screened at a fraction of the cost of normalising it.
 */
function screenItem(value: unknown, toText?: HtmlToText): Screened {
  const item = obj(value);
  if (!item) return 'item is not an object';
  const id = identifier(item.id);
  if (!id) return 'item has no id';
  if (!itemTitle(item, () => text(item.summary, MAX.summary), () => itemContentText(item, toText))) return 'item has neither a title nor any text';
  const ext = obj(item._roseup);
  if (ext?.kind !== 'event') return { id, kind: 'article' };
  const e = obj(ext.event);
  if (!e) return 'event details are not an object';
  return parseDate(e.start) ? { id, kind: 'event' } : 'event has no valid start date';
}

/** Normalises an item that `screenItem` accepted. */
function parseItem(item: Obj, id: string, base: string, feedAuthors: Author[], toText?: HtmlToText): FeedItem {
  const summary = text(item.summary, MAX.summary);
  const contentText = itemContentText(item, toText);
  const title = itemTitle(item, () => summary, () => contentText)!;
  const ext = obj(item._roseup);
  const authorList = list(item.authors);
  const own = parseAuthors(authorList.length ? authorList : item.author ? [item.author] : [], base);
  // JSON Feed: the feed's authors are the authors of every item that names none.
  const authors = own.length ? own : feedAuthors;
  const image = safeImageUrl(item.image, base) ?? safeImageUrl(item.banner_image, base);
  const imageAlt = ext && typeof ext.image_alt === 'string' ? (cleanText(ext.image_alt, MAX.short) ?? '') : undefined;
  const common = {
    id,
    url: safeUrl(item.url, base) ?? safeUrl(item.external_url, base),
    title,
    summary,
    contentText,
    image,
    imageAlt: image ? imageAlt : undefined,
    datePublished: parseDate(item.date_published),
    dateModified: parseDate(item.date_modified),
    tags: textList(list(item.tags), MAX.short),
    authors,
    category: term(ext?.category),
    format: term(ext?.format),
    language: languageTag(item.language),
  };
  if (ext?.kind === 'event') return { ...common, kind: 'event', ...parseEventDetails(obj(ext.event)!, base) };
  return { ...common, kind: 'article', readingMinutes: count(ext?.reading_minutes) || undefined };
}

function parseSuggestions(values: unknown[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const value of values.slice(0, MAX_LIST)) {
    const o = obj(value);
    const label = text(o?.label, MAX.short) ?? text(o?.query, MAX.short);
    const query = text(o?.query, MAX.short) ?? label;
    if (label && query) out.push({ label, query });
  }
  return out;
}

/** The document's own fields, checked: throws `FeedError('invalid')` when it is not a JSON Feed. */
function feedDocument(json: unknown, url: string): Record<string, unknown> & { items: unknown[] } {
  const doc = obj(json);
  if (!doc || typeof doc.version !== 'string' || !Array.isArray(doc.items)) {
    const what = !doc ? 'document' : typeof doc.version !== 'string' ? 'version' : 'items';
    throw new FeedError('invalid', url, `Not a JSON Feed: ${what} is missing or has the wrong type`);
  }
  if (!VERSION.test(doc.version.trim())) {
    throw new FeedError('invalid', url, `Not a JSON Feed: unknown version "${doc.version.slice(0, 80)}"`);
  }
  return doc as Record<string, unknown> & { items: unknown[] };
}

function feedAuthorsOf(doc: Record<string, unknown>, url: string): Author[] {
  const authorList = list(doc.authors);
  return parseAuthors(authorList.length ? authorList : doc.author ? [doc.author] : [], url);
}

/**
 * Screens the items one at a time (so a caller may spread the work over several tasks), then
 * hands over the usable ones as a `FeedItems` that normalises each when first read.
 */
function itemScreen(docItems: unknown[], url: string, feedAuthors: Author[], toText?: HtmlToText) {
  const ids: string[] = [];
  const kinds: ItemKind[] = [];
  const positions: number[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  return {
    count: Math.min(docItems.length, MAX_ITEMS),
    read(index: number): void {
      const value = docItems[index];
      const screened = screenItem(value, toText);
      if (typeof screened === 'string') {
        const rawId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
        skipped.push({ index, id: typeof rawId === 'string' ? rawId.slice(0, 200) : undefined, reason: screened });
      } else if (seen.has(screened.id)) {
        skipped.push({ index, id: screened.id, reason: 'duplicate id' });
      } else {
        seen.add(screened.id);
        ids.push(screened.id);
        kinds.push(screened.kind);
        positions.push(index);
      }
    },
    done(): { items: FeedItems; skipped: SkippedItem[] } {
      if (docItems.length > MAX_ITEMS) {
        skipped.push({ index: MAX_ITEMS, reason: `feed has more than ${MAX_ITEMS} items; the rest were ignored` });
      }
      const read = (k: number) => parseItem(docItems[positions[k]] as Obj, ids[k], url, feedAuthors, toText);
      return { items: new FeedItems(ids, kinds, read), skipped };
    },
  };
}

function assemble(doc: Record<string, unknown>, url: string, read: { items: FeedItems; skipped: SkippedItem[] }): Feed {
  const ext = obj(doc._roseup);
  return {
    url,
    title: text(doc.title, MAX.title) ?? '',
    language: languageTag(doc.language),
    homePageUrl: safeUrl(doc.home_page_url, url),
    nextUrl: safeUrl(doc.next_url, url),
    searchUrl: trustedSearchUrl(ext?.search_url, url),
    agendaUrl: safeUrl(ext?.agenda_url, url),
    itemUrl: safeTemplate(ext?.item_url, '{key}', url),
    eventsUrl: safeUrl(ext?.events_url, url),
    searchIndexUrl: safeUrl(ext?.search_index_url, url),
    categoryUrl: safeTemplate(ext?.category_url, '{category}', url),
    suggestions: parseSuggestions(list(ext?.suggestions)),
    ...read,
  };
}

/**
 * `normalizeFeed` given the HTML converter (the one-step API, in `normalize-feed.ts`, imports it;
 * the elements' path loads it only for a document with HTML).
 */
export function normalizeFeedWith(json: unknown, url: string, toText: HtmlToText): Feed {
  const doc = feedDocument(json, url);
  const reader = itemScreen(doc.items, url, feedAuthorsOf(doc, url), toText);
  for (let i = 0; i < reader.count; i++) reader.read(i);
  return assemble(doc, url, reader.done());
}

/** Deepest nesting of arrays and objects accepted: a feed needs about 6 levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * The first position where `[`/`{` nesting exceeds `max` (brackets inside strings not counted),
 * or -1. One linear pass without allocation: 2.4 million nested arrays (4.8 MB) made JSON.parse
 * one 1.8 s task; this refuses them in a few milliseconds.
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump over the string (most of a feed) with indexOf: to the first quote that is not
      // escaped, i.e. not preceded by an odd run of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return -1; // unterminated: JSON.parse reports it
        let k = i - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((i - 1 - k) % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

export function decode(body: string, url: string): unknown {
  const deep = tooDeepAt(body);
  if (deep >= 0) throw new FeedError('invalid', url, `The feed is nested more than ${MAX_JSON_DEPTH} levels deep`);
  try {
    return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (cause) {
    throw new FeedError('parse', url, 'The feed is not valid JSON', { cause });
  }
}

/** The HTML converter's chunk; failing to fetch it is a network failure of reading `url`. */
async function loadHtmlToText(url: string): Promise<HtmlToText> {
  try {
    return (await import('./html-text.js')).htmlToText;
  } catch (cause) {
    throw new FeedError('network', url, 'The code that reads HTML content could not be loaded', { cause });
  }
}

/**
 * `parseFeedText` for the page's main thread: the items are read in slices of about 8 ms that
 * yield to the browser between them, so a feed of thousands of items never freezes the page
 * (decoding the JSON itself is one step). `checkpoint` runs after each yield (to throw on abort).
 * The HTML converter is fetched only for a document with `content_html`.
 */
export async function parseFeedTextInSlices(body: string, url: string, checkpoint?: () => void): Promise<Feed> {
  const doc = feedDocument(decode(body, url), url);
  const toText = hasHtml(doc.items.slice(0, MAX_ITEMS)) ? await loadHtmlToText(url) : undefined;
  checkpoint?.();
  const reader = itemScreen(doc.items, url, feedAuthorsOf(doc, url), toText);
  await runInSlices(reader.count, reader.read, { checkpoint });
  return assemble(doc, url, reader.done());
}
