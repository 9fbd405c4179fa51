/**
 * Date formatting in Paris time, whatever the visitor's own time zone.
 *
 * Every helper reads the wall-clock fields of an instant in `Europe/Paris` through
 * `Intl.DateTimeFormat#formatToParts` (formatters are created once and cached) and assembles the
 * text itself, so that the output follows RoseUp's house style rather than the ICU version of the
 * browser:
 * - French dates: "30 janvier 2026", "1er mars 2026"; headings "vendredi 30 janvier 2026".
 * - French times: "10h00", "9h30", "0h15" (hour not padded, minutes always two digits).
 * - English dates: "January 30, 2026"; headings "Friday, January 30, 2026".
 * - English times: 12-hour clock "10:00 AM", "9:30 PM", "12:15 AM", with a plain ASCII space before
 *   AM/PM (ICU's own output uses a narrow no-break space in recent versions: we do not rely on it).
 * - Ranges: "30 janvier 2026 • 10h00 - 11h00"; when the end falls on another Paris day
 *   "30 janvier 2026 • 10h00 - 31 janvier 2026 • 12h00".
 *
 * Formatting an invalid `Date` throws a `RangeError` (as `Intl` does); `parseDate` is the gate that
 * keeps invalid dates out of the models.
 */

export type Lang = 'fr' | 'en';

export const PARIS_TIME_ZONE = 'Europe/Paris';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Wall-clock fields of an instant in Paris. `month` is 1-12, `weekday` 0 (Sunday) to 6. */
export interface ParisWallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatterCache.set(key, cached);
  }
  return cached;
}

const NUMERIC_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

function assertValid(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return String(value).padStart(4, '0');
}

/** "2026-01-30". */
const dayKeyOf = (year: number, month: number, day: number): string => `${pad4(year)}-${pad2(month)}-${pad2(day)}`;

/** Whether `month` (1-12) and `day` exist in that year. */
const isDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** The Paris wall-clock fields of an instant (Gregorian calendar, 24-hour clock). */
export function parisWallTime(date: Date): ParisWallTime {
  assertValid(date);
  const fields: Record<string, number> = {};
  for (const part of formatter('en-US', NUMERIC_OPTIONS).formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year, month, day, minute, second } = fields;
  // Some engines once reported midnight as "24" even with h23: normalise it.
  const hour = fields.hour === 24 ? 0 : fields.hour;
  const weekday = new Date(wallAsUtcMs(year, month, day, 12, 0)).getUTCDay();
  return { year, month, day, hour, minute, second, weekday };
}

/** Milliseconds since the epoch of wall-clock fields read as if they were UTC (any year, unlike Date.UTC < 100). */
function wallAsUtcMs(year: number, month: number, day: number, hour: number, minute: number, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/** Offset of Paris from UTC at that instant, in minutes: 60 in winter, 120 in summer. */
export function parisOffsetMinutes(date: Date): number {
  const w = parisWallTime(date);
  const wallMs = wallAsUtcMs(w.year, w.month, w.day, w.hour, w.minute, w.second);
  const instantMs = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((wallMs - instantMs) / MINUTE_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(wallAsUtcMs(year, month + 1, 0, 0, 0)).getUTCDate();
}

/**
 * The instant at which Paris clocks show that wall time (`month` 1-12). Like Temporal's
 * "compatible" disambiguation: a time skipped by the spring change (2:30 on the last Sunday of
 * March) is read with the winter offset, so it lands one hour later (3:30 summer time); a time
 * repeated by the autumn change (2:30 on the last Sunday of October) gives the earlier instant.
 * Throws a `RangeError` for fields out of range (month 13, February 30, hour 24...).
 */
export function parisWallTimeToDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  if (![year, month, day, hour, minute].every(Number.isInteger) || !isDay(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    throw new RangeError(`Invalid Paris wall time ${year}-${month}-${day} ${hour}:${minute}`);
  }
  const wallMs = wallAsUtcMs(year, month, day, hour, minute);
  const before = parisOffsetMinutes(new Date(wallMs - DAY_MS));
  const after = parisOffsetMinutes(new Date(wallMs + DAY_MS));
  const candidates = [before, after]
    .map((offset) => ({ offset, ms: wallMs - offset * MINUTE_MS }))
    .filter(({ offset, ms }) => parisOffsetMinutes(new Date(ms)) === offset)
    .map(({ ms }) => ms);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In the spring gap: read with the offset in force before the change.
  return new Date(wallMs - before * MINUTE_MS);
}

/** The Paris calendar day of an instant, "2026-01-30": a key for grouping by day. */
export function parisDayKey(date: Date): string {
  const { year, month, day } = parisWallTime(date);
  return dayKeyOf(year, month, day);
}

/** The instant Paris day `key` ("2026-01-30") begins, or undefined when `key` is not a valid day. */
export function parisDayStart(key: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return isDay(year, month, day) ? parisWallTimeToDate(year, month, day) : undefined;
}

/** The key of the Paris day after `key`, by calendar (Paris days last 23, 24 or 25 hours). */
function nextDayKey(year: number, month: number, day: number): string {
  const d = new Date(wallAsUtcMs(year, month, day + 1, 12, 0));
  return dayKeyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/** The parts of an instant's long date in Paris, in the language's words (the caller has checked the date). */
function localNames(date: Date, lang: Lang): Record<string, string> {
  const names: Record<string, string> = {};
  const f = formatter(LOCALES[lang] ?? LOCALES.fr, {
    timeZone: PARIS_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  for (const part of f.formatToParts(date)) names[part.type] = part.value;
  return names;
}

function longDate(date: Date, lang: Lang, withWeekday: boolean): string {
  const w = parisWallTime(date);
  const n = localNames(date, lang);
  if (lang === 'en') {
    const text = `${n.month} ${w.day}, ${w.year}`;
    return withWeekday ? `${n.weekday}, ${text}` : text;
  }
  const text = `${w.day === 1 ? '1er' : w.day} ${n.month} ${w.year}`;
  return withWeekday ? `${n.weekday} ${text}` : text;
}

/** "26 novembre 2020", "1er mars 2026"; English "November 26, 2020", "March 1, 2026". */
export function formatLongDate(date: Date, lang: Lang = 'fr'): string {
  return longDate(date, lang, false);
}

/** Paris time of day: French "10h00", "9h30"; English "10:00 AM", "9:30 PM". */
export function formatTime(date: Date, lang: Lang = 'fr'): string {
  const { hour, minute } = parisWallTime(date);
  if (lang === 'en') return `${hour % 12 === 0 ? 12 : hour % 12}:${pad2(minute)} ${hour < 12 ? 'AM' : 'PM'}`;
  return `${hour}h${pad2(minute)}`;
}

/**
 * "30 janvier 2026 • 10h00 - 11h00" in Paris time. Without an end (or with an end that is not
 * after the start) only the start is shown: "30 janvier 2026 • 10h00". An end on another Paris day
 * repeats the date: "30 janvier 2026 • 10h00 - 31 janvier 2026 • 12h00".
 */
export function formatEventDateLine(start: Date, end: Date | undefined, lang: Lang = 'fr'): string {
  const first = `${formatLongDate(start, lang)} • ${formatTime(start, lang)}`;
  if (!end || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) return first;
  if (parisDayKey(end) === parisDayKey(start)) return `${first} - ${formatTime(end, lang)}`;
  return `${first} - ${formatLongDate(end, lang)} • ${formatTime(end, lang)}`;
}

/**
 * Heading of a day of events: "Aujourd'hui" / "Demain" (English "Today" / "Tomorrow") when the
 * Paris day of `date` is that of `now` or the next one, otherwise "vendredi 30 janvier 2026"
 * ("Friday, January 30, 2026").
 */
export function formatDayHeading(date: Date, lang: Lang = 'fr', now: Date = new Date()): string {
  const key = parisDayKey(date);
  const today = parisWallTime(now);
  if (key === parisDayKey(now)) return lang === 'en' ? 'Today' : "Aujourd'hui";
  if (key === nextDayKey(today.year, today.month, today.day)) return lang === 'en' ? 'Tomorrow' : 'Demain';
  return longDate(date, lang, true);
}

/**
 * True when the visitor's own clock is not Paris time at that instant (offsets are compared, not
 * zone names: Europe/Brussels gives false, Africa/Lagos gives false in winter and true in summer).
 */
export function visitorZoneDiffersFromParis(date: Date = new Date()): boolean {
  assertValid(date);
  return -date.getTimezoneOffset() !== parisOffsetMinutes(date);
}

/**
 * A valid `datetime` attribute for `<time>`: the instant written in Paris time with its offset,
 * "2026-01-30T10:00:00+01:00" (milliseconds only when there are some).
 */
export function toIsoDateTimeAttr(date: Date): string {
  const w = parisWallTime(date);
  const offset = parisOffsetMinutes(date);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const ms = ((date.getTime() % 1000) + 1000) % 1000;
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return (
    `${dayKeyOf(w.year, w.month, w.day)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${fraction}` +
    `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,20}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Strict RFC 3339 date-time (section 5.6): "2026-01-30T10:00:00+01:00", "2026-01-30T09:00:00Z",
 * optional fraction of a second, "t"/"z" accepted, and a space instead of "T" (allowed by the
 * RFC's note). Anything else, out-of-range fields ("2026-13-45", February 30, hour 24, offset
 * +25:00), a missing offset, or a non-string gives `undefined`. A leap second (":60") is read as
 * the next second.
 */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (!isDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return undefined;
  let offset = 0;
  if (!m[8]) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  }
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const time = wallAsUtcMs(year, month, day, hour, minute, second, ms) - offset * MINUTE_MS;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
