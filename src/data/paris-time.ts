/**
 * The building blocks of `dates.ts`: Paris wall-clock fields of an instant through cached
 * `Intl.DateTimeFormat`s, and the long date, which every element shows. Internal: the public
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

export function longDate(date: Date, lang: Lang, withWeekday: boolean): string {
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
