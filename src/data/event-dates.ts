/**
 * The date helpers only the event list needs (exported from `dates.ts`): turning Paris wall time
 * into instants, event date lines and day headings.
 */
import {
  DAY_MS,
  MINUTE_MS,
  assertValid,
  dayKeyOf,
  formatLongDate,
  isDay,
  longDate,
  pad2,
  parisDayKey,
  parisOffsetMinutes,
  parisWallTime,
  wallAsUtcMs,
  type Lang,
} from './paris-time.js';

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

/** Paris time of day, on the 24-hour clock: French "10h00", "9h30"; English "10:00", "21:30". */
export function formatTime(date: Date, lang: Lang = 'fr'): string {
  const { hour, minute } = parisWallTime(date);
  // French "9h30"; English on the 24-hour clock as British timetables write it, "09:30".
  return lang === 'en' ? `${pad2(hour)}:${pad2(minute)}` : `${hour}h${pad2(minute)}`;
}

/**
 * "30 janvier 2026 • 10h00 – 11h00" in Paris time (an en dash between the times, not a hyphen).
 * Without an end (or with an end that is not after the start) only the start is shown:
 * "30 janvier 2026 • 10h00". An end on another Paris day repeats the date: "30 janvier 2026 • 10h00 – 31 janvier 2026 • 12h00".
 */
export function formatEventDateLine(start: Date, end: Date | undefined, lang: Lang = 'fr'): string {
  const first = `${formatLongDate(start, lang)} • ${formatTime(start, lang)}`;
  if (!end || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) return first;
  if (parisDayKey(end) === parisDayKey(start)) return `${first} – ${formatTime(end, lang)}`;
  return `${first} – ${formatLongDate(end, lang)} • ${formatTime(end, lang)}`;
}

/**
 * Heading of a day of events: "Aujourd’hui" / "Demain" (English "Today" / "Tomorrow") when the
 * Paris day of `date` is that of `now` or the next one, otherwise "Vendredi 30 janvier 2026"
 * (a heading starts with a capital, like "Aujourd’hui" beside it)
 * ("Friday 30 January 2026").
 */
export function formatDayHeading(date: Date, lang: Lang = 'fr', now: Date = new Date()): string {
  const key = parisDayKey(date);
  const today = parisWallTime(now);
  if (key === parisDayKey(now)) return lang === 'en' ? 'Today' : 'Aujourd’hui';
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
