// Paris wall time without Intl (the European summer-time rule, 1996-2037) against Intl and the
// time-zone data of Node's ICU: around every clock change of those years, and on a spread of
// instants; month and weekday names against Intl's fr-FR and en-US. Run after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url);
const { parisWallTime, formatLongDate, longDate } = await import(new URL('dist/npm/data/paris-time.js', root).href);

const intl = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function byIntl(date) {
  const f = Object.fromEntries(intl.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(f.year),
    month: Number(f.month),
    day: Number(f.day),
    hour: Number(f.hour) % 24,
    minute: Number(f.minute),
    second: Number(f.second),
    weekday: WEEKDAYS.indexOf(f.weekday),
  };
}

/** 01:00 UTC on the last Sunday of `month` (1-12). */
function change(year, month) {
  const last = new Date(Date.UTC(year, month, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

describe('Paris wall time by rule', () => {
  it('matches Intl around every clock change from 1996 to 2037', () => {
    for (let year = 1996; year <= 2037; year++) {
      for (const at of [change(year, 3), change(year, 10)]) {
        for (const delta of [-3_600_001, -1, 0, 1, 1_799_999, 3_600_000, 86_400_000]) {
          const date = new Date(at + delta);
          assert.deepEqual(parisWallTime(date), byIntl(date), date.toISOString());
        }
      }
    }
  });

  it('matches Intl on a spread of instants, inside and outside the rule’s years', () => {
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 7 * 86_400_000 + 3_723_457) {
      const date = new Date(t);
      assert.deepEqual(parisWallTime(date), byIntl(date), date.toISOString());
    }
  });

  it('writes month and weekday names as Intl does (fr-FR, en-US), in day-month-year order', () => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 2, 3, 4, 5, 6, 7]) {
        const date = new Date(Date.UTC(2026, month, day, 11));
        const fr = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', month: 'long' }).formatToParts(date);
        const en = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', weekday: 'long', month: 'long' }).formatToParts(date);
        const part = (parts, type) => parts.find((p) => p.type === type).value;
        const capital = (word) => word[0].toUpperCase() + word.slice(1);
        // Day headings: "Vendredi 30 janvier 2026" (a heading's capital), "Friday 30 January 2026".
        assert.ok(longDate(date, 'fr', true).startsWith(`${capital(part(fr, 'weekday'))} ${day === 1 ? '1er' : day} `));
        assert.ok(formatLongDate(date, 'fr').includes(` ${part(fr, 'month')} `));
        assert.equal(longDate(date, 'en', true), `${part(en, 'weekday')} ${day} ${part(en, 'month')} 2026`);
      }
    }
  });
});
