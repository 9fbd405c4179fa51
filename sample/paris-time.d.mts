/** Types for ./paris-time.mjs: Paris calendar arithmetic that ignores the machine's time zone. */

export declare const PARIS_TIME_ZONE: 'Europe/Paris';

/** A calendar day; `month` is 1-12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface ParisTime {
  /** RFC 3339 with the Paris offset in force, e.g. "2026-01-30T10:00:00+01:00". */
  iso: string;
  /** Local wall-clock time as used in event ids, e.g. "2026-01-30T10:00". */
  local: string;
  /** The instant, in milliseconds since the epoch. */
  instant: number;
}

/** Offset of Europe/Paris from UTC, in minutes (60 or 120), at an instant in milliseconds. */
export declare function parisOffsetAt(ms: number): number;
/** The Paris calendar day on which an instant falls. */
export declare function parisDay(date: Date): CalendarDay;
/** The calendar day `delta` days after `day` (negative goes back). */
export declare function addDays(day: CalendarDay, delta: number): CalendarDay;
/** A Paris wall-clock time on a calendar day. */
export declare function parisTime(day: CalendarDay, hour: number, minute?: number): ParisTime;
