/**
 * Turns a JSON Feed 1.x document (plus RoseUp's `_roseup` extension) into the models in
 * `types.ts`. Tolerant by design: a field of the wrong type is dropped, an unusable item is
 * skipped and recorded in `feed.skipped`; only a document that is not a feed at all throws.
 *
 * Validation uses valibot: its schemas are tree-shaken to the few functions used here, which
 * keeps the one-tag bundle inside its budget, and `fallback` expresses "drop what is wrong"
 * field by field.
 */
import * as v from 'valibot';
import { FeedError } from './errors.js';
import { parseDate } from './dates.js';
import type {
  Article,
  Attendance,
  Author,
  Capacity,
  EventLocation,
  EventStatus,
  Feed,
  FeedItem,
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

// Control characters other than tab and newline never belong in displayed text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2028\u2029\uFEFF]/g;

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
    url = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

// ---- field schemas: each falls back to `undefined` (or an empty list) instead of failing ----

const text = (max: number) =>
  v.fallback(v.optional(v.pipe(v.string(), v.transform((s) => cleanText(s, max)))), undefined);
const rawString = v.fallback(v.optional(v.string()), undefined);
const count = v.fallback(v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e6))), undefined);
const bool = v.fallback(v.optional(v.boolean()), undefined);
const anyList = v.fallback(v.array(v.unknown()), []);
const record = v.fallback(v.optional(v.record(v.string(), v.unknown())), undefined);
const identifier = v.fallback(
  v.optional(v.union([v.string(), v.pipe(v.number(), v.transform((n) => String(n)))])),
  undefined,
);

const termSchema = v.fallback(
  v.optional(
    v.pipe(
      v.object({ id: text(MAX.short), label: text(MAX.short) }),
      v.transform((t): Term | undefined => (t.label ? { id: t.id ?? slug(t.label), label: t.label } : undefined)),
    ),
  ),
  undefined,
);

const roseupItemSchema = v.object({
  kind: rawString,
  image_alt: v.fallback(v.optional(v.pipe(v.string(), v.transform((s) => cleanText(s, MAX.short) ?? ''))), undefined),
  category: termSchema,
  format: termSchema,
  reading_minutes: count,
  event: record,
});

const itemSchema = v.object({
  id: identifier,
  url: rawString,
  external_url: rawString,
  title: text(MAX.title),
  summary: text(MAX.summary),
  content_text: text(MAX.content),
  content_html: rawString,
  image: rawString,
  banner_image: rawString,
  date_published: v.optional(v.unknown()),
  date_modified: v.optional(v.unknown()),
  tags: anyList,
  authors: anyList,
  author: v.optional(v.unknown()),
  language: text(40),
  _roseup: v.fallback(v.optional(roseupItemSchema), undefined),
});

const authorSchema = v.object({
  name: text(MAX.short),
  url: rawString,
  avatar: rawString,
  _roseup: v.fallback(v.optional(v.object({ role: text(MAX.short), bio: text(MAX.summary) })), undefined),
});

const locationSchema = v.object({
  name: text(MAX.short),
  street_address: text(MAX.short),
  locality: text(MAX.short),
  postal_code: text(20),
  country: text(60),
});

const eventSchema = v.object({
  start: v.optional(v.unknown()),
  end: v.optional(v.unknown()),
  time_zone: text(60),
  status: rawString,
  attendance: rawString,
  location: v.fallback(v.optional(locationSchema), undefined),
  remote: v.fallback(v.optional(v.object({ channels: anyList })), undefined),
  registration: v.fallback(
    v.optional(v.object({ url: rawString, required: bool, free: bool })),
    undefined,
  ),
  capacity: v.fallback(v.optional(v.object({ maximum: count, remaining: count })), undefined),
  practical_info: anyList,
});

const suggestionSchema = v.object({ label: text(MAX.short), query: text(MAX.short) });

const feedSchema = v.object({
  version: v.string(),
  title: text(MAX.title),
  language: text(40),
  home_page_url: rawString,
  feed_url: rawString,
  next_url: rawString,
  items: v.array(v.unknown()),
  _roseup: v.fallback(
    v.optional(v.object({ search_url: rawString, agenda_url: rawString, suggestions: anyList })),
    undefined,
  ),
});

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
    const cleaned = typeof value === 'string' ? cleanText(value, max) : undefined;
    if (cleaned) out.push(cleaned);
  }
  return out;
}

/** Plain text from an HTML fragment, only to derive a title: the result is rendered as text. */
function roughText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  return cleanText(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '), MAX.summary);
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
    const parsed = v.safeParse(authorSchema, value);
    if (!parsed.success || !parsed.output.name) continue;
    const { name, url, avatar, _roseup } = parsed.output;
    authors.push({
      name,
      url: safeUrl(url, base),
      avatar: safeUrl(avatar, base),
      role: _roseup?.role,
      bio: _roseup?.bio,
    });
  }
  return authors;
}

function parseEventDetails(
  raw: Record<string, unknown> | undefined,
  base: string,
): Omit<RoseUpEvent, keyof Article | 'kind'> | string {
  const parsed = v.safeParse(eventSchema, raw ?? {});
  if (!parsed.success) return 'event details are not an object';
  const e = parsed.output;
  const start = parseDate(e.start);
  if (!start) return 'event has no valid start date';
  let end = parseDate(e.end);
  if (end && end.getTime() < start.getTime()) end = undefined;

  let location: EventLocation | undefined;
  if (e.location) {
    const { name, street_address, locality, postal_code, country } = e.location;
    if (name || street_address || locality) {
      location = { name, streetAddress: street_address, locality, postalCode: postal_code, country };
    }
  }
  let registration: Registration | undefined;
  if (e.registration) {
    const url = safeUrl(e.registration.url, base);
    registration = { url, required: e.registration.required ?? false, free: e.registration.free };
  }
  let capacity: Capacity | undefined;
  if (e.capacity && (e.capacity.maximum !== undefined || e.capacity.remaining !== undefined)) {
    capacity = { maximum: e.capacity.maximum, remaining: e.capacity.remaining };
  }
  const remoteChannels = [...new Set((e.remote?.channels ?? []).filter((c): c is RemoteChannel => CHANNELS.includes(c as RemoteChannel)))];
  return {
    start,
    end,
    timeZone: e.time_zone ?? 'Europe/Paris',
    status: pick(e.status, STATUSES, 'scheduled'),
    attendance: pick(e.attendance, ATTENDANCES, location ? 'offline' : remoteChannels.length ? 'online' : 'offline'),
    location,
    remoteChannels,
    registration,
    capacity,
    practicalInfo: textList(e.practical_info, MAX.short),
  };
}

function parseItem(value: unknown, base: string): FeedItem | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'item is not an object';
  const parsed = v.safeParse(itemSchema, value);
  if (!parsed.success) return 'item is not an object';
  const raw = parsed.output;
  const id = raw.id ? cleanText(raw.id, 2048) : undefined;
  if (!id) return 'item has no id';

  const summary = raw.summary;
  const contentText = raw.content_text ?? roughText(raw.content_html);
  const fallbackTitle = summary ?? contentText;
  const title = raw.title ?? (fallbackTitle ? shorten(fallbackTitle) : undefined);
  if (!title) return 'item has neither a title nor any text';

  const ext = raw._roseup;
  const authors = parseAuthors(raw.authors.length ? raw.authors : raw.author ? [raw.author] : [], base);
  const image = safeUrl(raw.image, base) ?? safeUrl(raw.banner_image, base);
  const common = {
    id,
    url: safeUrl(raw.url, base) ?? safeUrl(raw.external_url, base),
    title,
    summary,
    contentText,
    image,
    imageAlt: image ? ext?.image_alt : undefined,
    datePublished: parseDate(raw.date_published),
    dateModified: parseDate(raw.date_modified),
    tags: textList(raw.tags, MAX.short),
    authors,
    category: ext?.category,
    format: ext?.format,
    language: raw.language,
  };
  if (ext?.kind === 'event') {
    const details = parseEventDetails(ext.event, base);
    if (typeof details === 'string') return details;
    return { ...common, kind: 'event', ...details };
  }
  return { ...common, kind: 'article', readingMinutes: ext?.reading_minutes || undefined };
}

function parseSuggestions(values: unknown[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const value of values.slice(0, MAX_LIST)) {
    const parsed = v.safeParse(suggestionSchema, value);
    if (!parsed.success) continue;
    const label = parsed.output.label ?? parsed.output.query;
    const query = parsed.output.query ?? parsed.output.label;
    if (label && query) out.push({ label, query });
  }
  return out;
}

/**
 * Normalises an already-decoded JSON value. `url` is where it came from: relative URLs inside
 * are resolved against it. Throws `FeedError('invalid')` when the value is not a JSON Feed.
 */
export function normalizeFeed(json: unknown, url: string): Feed {
  const parsed = v.safeParse(feedSchema, json);
  if (!parsed.success) {
    const path = parsed.issues[0]?.path?.map((p) => p.key).join('.') || 'document';
    throw new FeedError('invalid', url, `Not a JSON Feed: ${path} is missing or has the wrong type`);
  }
  const doc = parsed.output;
  if (!VERSION.test(doc.version.trim())) {
    throw new FeedError('invalid', url, `Not a JSON Feed: unknown version "${doc.version.slice(0, 80)}"`);
  }
  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  doc.items.slice(0, MAX_ITEMS).forEach((value, index) => {
    const item = parseItem(value, url);
    if (typeof item === 'string') {
      const rawId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
      skipped.push({ index, id: typeof rawId === 'string' ? rawId.slice(0, 200) : undefined, reason: item });
    } else if (seen.has(item.id)) {
      skipped.push({ index, id: item.id, reason: 'duplicate id' });
    } else {
      seen.add(item.id);
      items.push(item);
    }
  });
  if (doc.items.length > MAX_ITEMS) {
    skipped.push({ index: MAX_ITEMS, reason: `feed has more than ${MAX_ITEMS} items; the rest were ignored` });
  }
  const ext = doc._roseup;
  return {
    url,
    title: doc.title ?? '',
    language: doc.language,
    homePageUrl: safeUrl(doc.home_page_url, url),
    nextUrl: safeUrl(doc.next_url, url),
    searchUrl: safeUrl(ext?.search_url, url),
    agendaUrl: safeUrl(ext?.agenda_url, url),
    suggestions: parseSuggestions(ext?.suggestions ?? []),
    items,
    skipped,
  };
}

/** Decodes response text and normalises it: `parse` for broken JSON, `invalid` for a non-feed. */
export function parseFeedText(body: string, url: string): Feed {
  let json: unknown;
  try {
    json = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (cause) {
    throw new FeedError('parse', url, 'The feed is not valid JSON', { cause });
  }
  return normalizeFeed(json, url);
}
