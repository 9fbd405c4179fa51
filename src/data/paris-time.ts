/**
 * The building blocks of `dates.ts`: Paris wall-clock fields of an instant (by the European
 * summer-time rule for 1996-2037, through a cached `Intl.DateTimeFormat` for other years), and
 * the long date, which every element shows (month and weekday names from a table, not Intl). Internal: the public
 * functions are exported from `dates.ts` (the event list's own ones live in `event-dates.ts`,
 * so that they load with that element rather than with the core).
 */

export type Lang = 'fr' | 'en';

export const PARIS_TIME_ZONE = 'Europe/Paris';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

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

const keys = new WeakMap<Intl.DateTimeFormatOptions, string>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // The options objects are module constants: stringify each once, not on every call.
  let optionsKey = keys.get(options);
  if (optionsKey === undefined) keys.set(options, (optionsKey = JSON.stringify(options)));
  const key = `${locale}|${optionsKey}`;
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

export function assertValid(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return String(value).padStart(4, '0');
}

/** "2026-01-30". */
export const dayKeyOf = (year: number, month: number, day: number): string => `${pad4(year)}-${pad2(month)}-${pad2(day)}`;

/** Whether `month` (1-12) and `day` exist in that year. */
export const isDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** Recent answers of `parisWallTime`: lists ask for the same few instants many times. */
const wallTimes = new Map<number, ParisWallTime>();

/** The Paris wall-clock fields of an instant (Gregorian calendar, 24-hour clock). */
export function parisWallTime(date: Date): ParisWallTime {
  assertValid(date);
  const time = date.getTime();
  const known = wallTimes.get(time);
  if (known) return { ...known };
  if (wallTimes.size >= 2000) wallTimes.clear();
  const wall = readParisWallTime(date);
  wallTimes.set(time, wall);
  return { ...wall };
}

function readParisWallTime(date: Date): ParisWallTime {
  const time = date.getTime();
  const offset = ruleOffsetMinutes(time);
  if (offset !== undefined) {
    // Arithmetic, no Intl: creating the first Intl.DateTimeFormat loads the browser's time-zone
    // and locale data, tens of milliseconds of main thread on a phone before the first card.
    const wall = new Date(time + offset * MINUTE_MS);
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      weekday: wall.getUTCDay(),
    };
  }
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

/** 01:00 UTC on the last Sunday of `month` (1-12): when European clocks change. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(wallAsUtcMs(year, month + 1, 0, 1, 0));
  return last.getTime() - last.getUTCDay() * DAY_MS;
}

/**
 * Paris's offset from UTC by the European rule in force since 1996 (summer time from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October: +120, else +60), for the
 * years 1996-2037; other years go through Intl and the browser's time-zone data.
 */
function ruleOffsetMinutes(time: number): number | undefined {
  const year = new Date(time).getUTCFullYear();
  if (year < 1996 || year > 2037) return undefined;
  return time >= lastSundayAt1Utc(year, 3) && time < lastSundayAt1Utc(year, 10) ? 120 : 60;
}

/** Milliseconds since the epoch of wall-clock fields read as if they were UTC (any year, unlike Date.UTC < 100). */
export function wallAsUtcMs(year: number, month: number, day: number, hour: number, minute: number, second = 0, ms = 0): number {
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

/** The Paris calendar day of an instant, "2026-01-30": a key for grouping by day. */
export function parisDayKey(date: Date): string {
  const { year, month, day } = parisWallTime(date);
  return dayKeyOf(year, month, day);
}

/**
 * Month and weekday names (weekdays from Sunday). The weekday only starts a day heading
 * ("Vendredi 30 janvier 2026"), so French weekdays have their capital there.
 */
const NAMES: Record<Lang, { months: string[]; weekdays: string[] }> = {
  fr: {
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
    weekdays: 'Dimanche Lundi Mardi Mercredi Jeudi Vendredi Samedi'.split(' '),
  },
  en: {
    months: 'January February March April May June July August September October November December'.split(' '),
    weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
  },
};

/** The month and weekday of an instant's Paris date, in the language's words (no Intl: see readParisWallTime). */
function localNames(w: ParisWallTime, lang: Lang): { month: string; weekday: string } {
  const names = NAMES[lang] ?? NAMES.fr;
  return { month: names.months[w.month - 1], weekday: names.weekdays[w.weekday] };
}

export function longDate(date: Date, lang: Lang, withWeekday: boolean): string {
  const w = parisWallTime(date);
  const n = localNames(w, lang);
  // Day, month, year in both languages: English is British ("1 March 2026", headings "Friday
  // 30 January 2026"), as are its words ("Cancelled") and its 24-hour times.
  const text = `${w.day === 1 && lang !== 'en' ? '1er' : w.day} ${n.month} ${w.year}`;
  return withWeekday ? `${n.weekday} ${text}` : text;
}

/** "26 novembre 2020", "1er mars 2026"; English "26 November 2020", "1 March 2026". */
export function formatLongDate(date: Date, lang: Lang = 'fr'): string {
  return longDate(date, lang, false);
}
