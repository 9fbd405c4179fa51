// Paris calendar arithmetic for the sample feeds, independent of the machine's time zone:
// the UTC offset of Europe/Paris (+01:00 in winter, +02:00 in summer) is read from Intl for
// each instant. Types: ./paris-time.d.mts.

export const PARIS_TIME_ZONE = 'Europe/Paris';

const parisFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Paris wall-clock fields of an instant given in milliseconds. */
function parisFields(ms) {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of parisFormatter.formatToParts(new Date(ms))) {
    if (part.type in out) out[part.type] = Number(part.value);
  }
  return out;
}

/** Offset of Paris from UTC, in minutes, at an instant. */
export function parisOffsetAt(ms) {
  const whole = Math.floor(ms / 1000) * 1000;
  const f = parisFields(whole);
  const wallAsUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wallAsUtc - whole) / 60000);
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** The Paris calendar day an instant falls on. */
export function parisDay(date) {
  const f = parisFields(date.getTime());
  return { year: f.year, month: f.month, day: f.day };
}

/** The calendar day `delta` days after `day` (negative goes back). */
export function addDays(day, delta) {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + delta));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A Paris wall-clock time on a calendar day: RFC 3339 text with the offset in force at that
 * moment, the local "YYYY-MM-DDTHH:MM" used in event ids, and the instant in milliseconds.
 * Times skipped by the spring clock change (02:00-02:59 on the last Sunday of March) do not
 * exist in Paris; callers keep away from them.
 */
export function parisTime(day, hour, minute = 0) {
  const wallAsUtc = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  let offset = parisOffsetAt(wallAsUtc);
  let instant = wallAsUtc - offset * 60000;
  const corrected = parisOffsetAt(instant);
  if (corrected !== offset) {
    offset = corrected;
    instant = wallAsUtc - offset * 60000;
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const local = `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}T${pad(hour)}:${pad(minute)}`;
  return { iso: `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`, local, instant };
}
