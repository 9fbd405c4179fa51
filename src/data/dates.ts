/**
 * Date formatting in Paris time, whatever the visitor's own time zone.
 *
 * Every helper reads the wall-clock fields of an instant in `Europe/Paris` (by the European
 * summer-time rule for 1996-2037, without Intl: the first `Intl.DateTimeFormat` costs tens of
 * milliseconds on a phone; through a cached `Intl.DateTimeFormat#formatToParts` for other years)
 * and assembles the text itself, so that the output follows RoseUp's house style rather than the ICU version of the
 * browser:
 * - French dates: "30 janvier 2026", "1er mars 2026"; headings "Vendredi 30 janvier 2026".
 * - French times: "10h00", "9h30", "0h15" (hour not padded, minutes always two digits).
 * - English dates, British style: "30 January 2026", "1 March 2026"; headings "Friday 30 January 2026".
 * - English times: 24-hour clock "10:00", "09:30", "21:30" (Paris time, as the French ones).
 * - Ranges, with an en dash: "30 janvier 2026 • 10h00 – 11h00"; when the end falls on another
 *   Paris day "30 janvier 2026 • 10h00 – 31 janvier 2026 • 12h00".
 *
 * Formatting an invalid `Date` throws a `RangeError` (as `Intl` does); `parseDate` is the gate that
 * keeps invalid dates out of the models.
 */

import { MINUTE_MS, dayKeyOf, isDay, pad2, parisOffsetMinutes, parisWallTime, wallAsUtcMs } from './paris-time.js';

export type { Lang, ParisWallTime } from './paris-time.js';
export { PARIS_TIME_ZONE, formatLongDate, parisDayKey, parisOffsetMinutes, parisWallTime } from './paris-time.js';

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
 * the next second. Instants outside 1900-01-01 to 2200-12-31 (UTC) are refused too: no RoseUp
 * article or workshop lies there, and beyond them formatting breaks (year 10000 has no 4-digit
 * iCalendar form, years before 1 give Intl's era years and absurd Paris offsets).
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
  if (!(time >= MIN_DATE_MS && time < MAX_DATE_MS)) return undefined;
  return new Date(time);
}

/** First instant `parseDate` accepts: 1900-01-01T00:00:00Z. */
export const MIN_DATE_MS = Date.UTC(1900, 0, 1);
/** First instant `parseDate` refuses: 2201-01-01T00:00:00Z. */
export const MAX_DATE_MS = Date.UTC(2201, 0, 1);
