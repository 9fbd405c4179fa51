/**
 * "Add to calendar" for an event: an iCalendar file (RFC 5545) and a Google Calendar link.
 *
 * Hand-written rather than built on the `ics` package, which alone would take more than the whole
 * bundle budget. Decisions:
 * - Times are written in UTC ("DTSTART:20260130T090000Z"), so no VTIMEZONE is needed and every
 *   client shows them in its own zone.
 * - An event without an end (or with an end not after its start) gets `DTEND` = start + 1 hour,
 *   rather than `DURATION` (less widely supported) or nothing (a zero-length event). The Google link
 *   uses the same end.
 * - `UID` is a stable 64-bit FNV-1a hash of the item id: "roseup-0123456789abcdef@rose-up.fr".
 *   Downloading the file again updates the same calendar entry instead of adding another.
 * - `STATUS`: CANCELLED for a cancelled event, TENTATIVE for a postponed one (its date is no longer
 *   sure), CONFIRMED otherwise (full included). The description starts with a notice for the first
 *   two; the summary stays the event's title.
 * - Text is escaped (backslash, `;`, `,`, newlines as `\n`), other control characters are dropped,
 *   lone surrogates become U+FFFD; every line ends with CRLF and is folded at 75 octets of UTF-8
 *   (CRLF + one space), never inside a character.
 */
import type { RoseUpEvent } from './types.js';
import { placeText } from './event-place.js';
import { PARIS_TIME_ZONE, parisDayKey, type Lang } from './dates.js';

export interface IcsOptions {
  /** DTSTAMP: when the file is made. Defaults to the current time. */
  now?: Date;
  /** Language of the generated texts (location "À distance", description headings). Default 'fr'. */
  lang?: Lang;
  /** PRODID. Defaults to "-//RoseUp//RoseUp Elements//FR". */
  productId?: string;
}

export const DEFAULT_PRODUCT_ID = '-//RoseUp//RoseUp Elements//FR';
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

const HOUR_MS = 3_600_000;
const MAX_OCTETS = 75;
const GOOGLE_DETAILS_MAX = 1500;

const TEXTS = {
  fr: {
    remote: 'À distance',
    or: 'ou à distance',
    phone: 'téléphone',
    video: 'visio',
    cancelled: 'Événement annulé.',
    postponed: 'Événement reporté\u00a0: la nouvelle date sera annoncée.',
    practical: 'Informations pratiques\u00a0:',
    registration: 'Inscription\u00a0:',
    more: 'Plus d’informations\u00a0:',
    fallbackName: 'evenement',
  },
  en: {
    remote: 'Remote',
    or: 'or remote',
    phone: 'phone',
    video: 'video',
    cancelled: 'Event cancelled.',
    postponed: 'Event postponed: the new date will be announced.',
    practical: 'Practical information:',
    registration: 'Registration:',
    more: 'More information:',
    fallbackName: 'event',
  },
} as const;

type Texts = (typeof TEXTS)[Lang];

const textsFor = (lang: Lang | undefined): Texts => (lang === 'en' ? TEXTS.en : TEXTS.fr);

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** UTC in iCalendar's basic format: "20260130T090000Z" (milliseconds dropped). */
export function formatIcsUtc(date: Date): string {
  // iCalendar has four digits for the year: a date beyond them is a broken file, not an event.
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) throw new RangeError('Invalid time value');
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** The end to use: the event's own when it is after the start, else start + 1 hour. */
export function effectiveEnd(event: Pick<RoseUpEvent, 'start' | 'end'>): Date {
  const { start, end } = event;
  if (end && !Number.isNaN(end.getTime()) && end.getTime() > start.getTime()) return end;
  return new Date(start.getTime() + HOUR_MS);
}

/** Replaces lone UTF-16 surrogates with U+FFFD so that the text has one UTF-8 encoding. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): `\` `;` `,` are backslashed, CRLF, CR and LF become `\n`,
 * other control characters (forbidden in TEXT) are dropped; tabs are kept.
 */
export function escapeIcsText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (without its CRLF) at 75 octets of UTF-8: continuation lines start with
 * a single space, which counts in their 75. A character is never split. Returns the physical
 * lines joined with CRLF, without a final CRLF.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of wellFormed(line)) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/**
 * A UID stable for an item id: "roseup-" + the 64-bit FNV-1a hash of its UTF-8 bytes in hex
 * + "@rose-up.fr". Only ASCII letters, digits, `-` and `@`, so it never needs escaping.
 */
export function icsUid(id: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(wellFormed(id))) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return `roseup-${hash.toString(16).padStart(16, '0')}@rose-up.fr`;
}

/** "téléphone, visio" style list of remote channels, or '' when none is given. */
function channelList(event: RoseUpEvent, t: Texts): string {
  const names: string[] = [];
  if (event.remoteChannels.includes('phone')) names.push(t.phone);
  if (event.remoteChannels.includes('video')) names.push(t.video);
  return names.join(', ');
}


/**
 * Where the event takes place, as a calendar LOCATION: the place for `offline`,
 * "À distance (téléphone, visio)" for `online`, "<place> ou à distance (téléphone, visio)" for
 * `mixed`; '' when nothing is known.
 */
export function eventLocationText(event: RoseUpEvent, lang: Lang = 'fr'): string {
  const t = textsFor(lang);
  const place = placeText(event.location, 'full');
  const channels = channelList(event, t);
  const remote = (prefix: string): string => (channels ? `${prefix} (${channels})` : prefix);
  switch (event.attendance) {
    case 'online':
      return remote(t.remote);
    case 'mixed':
      return place ? `${place} ${remote(t.or)}` : remote(t.remote);
    default:
      return place;
  }
}

/** The description: status notice, summary, practical information, registration and page URLs. */
export function eventDescriptionText(event: RoseUpEvent, lang: Lang = 'fr'): string {
  const t = textsFor(lang);
  const blocks: string[] = [];
  if (event.status === 'cancelled') blocks.push(t.cancelled);
  else if (event.status === 'postponed') blocks.push(t.postponed);
  const summary = event.summary?.trim();
  if (summary) blocks.push(summary);
  const info = event.practicalInfo.map((s) => s.trim()).filter(Boolean);
  if (info.length > 0) blocks.push([t.practical, ...info.map((s) => `- ${s}`)].join('\n'));
  const links: string[] = [];
  const registration = event.registration?.url;
  if (registration && registration !== event.url) links.push(`${t.registration} ${registration}`);
  if (event.url) links.push(`${t.more} ${event.url}`);
  if (links.length > 0) blocks.push(links.join('\n'));
  return blocks.join('\n\n');
}

const STATUS: Record<RoseUpEvent['status'], string> = {
  scheduled: 'CONFIRMED',
  full: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** A URI value as written in the file: no control characters nor spaces (it is not escaped). */
function uriValue(url: string): string {
  return wellFormed(url).replace(/[\u0000-\u0020\u007F]/g, '');
}

/** The iCalendar file (RFC 5545) of one event, lines ending with CRLF and folded at 75 octets. */
export function buildIcs(event: RoseUpEvent, options: IcsOptions = {}): string {
  const { now = new Date(), lang = 'fr', productId = DEFAULT_PRODUCT_ID } = options;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsUid(event.id)}`,
    `DTSTAMP:${formatIcsUtc(now)}`,
    `DTSTART:${formatIcsUtc(event.start)}`,
    `DTEND:${formatIcsUtc(effectiveEnd(event))}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
  ];
  const description = eventDescriptionText(event, lang);
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  const location = eventLocationText(event, lang);
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  const url = event.url ? uriValue(event.url) : '';
  if (url) lines.push(`URL:${url}`);
  if (event.dateModified && !Number.isNaN(event.dateModified.getTime())) {
    lines.push(`LAST-MODIFIED:${formatIcsUtc(event.dateModified)}`);
  }
  lines.push(`STATUS:${STATUS[event.status] ?? 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}

/**
 * A safe file name for the download: ASCII slug of the title (accents removed, œ → oe), at most
 * 60 characters, followed by the Paris day of the start: "qi-gong-adapte-2026-01-30.ics".
 */
export function icsFileName(event: RoseUpEvent, lang: Lang = 'fr'): string {
  const slug = wellFormed(event.title)
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let short = slug.slice(0, 60);
  if (slug.length > 60) short = short.replace(/-[^-]*$/, '') || short;
  short = short.replace(/-+$/, '');
  const day = Number.isNaN(event.start.getTime()) ? '' : `-${parisDayKey(event.start)}`;
  return `${short || textsFor(lang).fallbackName}${day}.ics`;
}

/**
 * A Google Calendar "add event" link, dates in UTC basic format, shown in Paris time. The details
 * are the ICS description, cut at 1,500 characters to keep the URL within browsers' limits.
 */
export function googleCalendarUrl(event: RoseUpEvent, lang: Lang = 'fr'): string {
  let details = eventDescriptionText(event, lang);
  if (details.length > GOOGLE_DETAILS_MAX) details = `${details.slice(0, GOOGLE_DETAILS_MAX - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
  const params: Array<[string, string]> = [
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', `${formatIcsUtc(event.start)}/${formatIcsUtc(effectiveEnd(event))}`],
    ['details', details],
    ['location', eventLocationText(event, lang)],
    ['ctz', PARIS_TIME_ZONE],
  ];
  const query = params
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${key === 'dates' ? value : encodeURIComponent(wellFormed(value))}`)
    .join('&');
  return `https://calendar.google.com/calendar/render?${query}`;
}

/**
 * The file as a Blob for a download link (`URL.createObjectURL`, revoked after use). Preferred by
 * the elements: a `blob:` URL works under a strict Content-Security-Policy.
 */
export function icsBlob(ics: string): Blob {
  return new Blob([ics], { type: ICS_MIME_TYPE });
}

/** The file as a `data:` URL, for contexts where a Blob cannot be used. */
export function icsDataUrl(ics: string): string {
  return `data:${ICS_MIME_TYPE},${encodeURIComponent(wellFormed(ics))}`;
}
