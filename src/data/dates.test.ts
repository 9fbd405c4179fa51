import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PARIS_TIME_ZONE, formatLongDate, parisDayKey, parisOffsetMinutes, parisWallTime, parseDate, toIsoDateTimeAttr } from './dates.js';
import { formatDayHeading, formatEventDateLine, formatTime, parisDayStart, parisWallTimeToDate, visitorZoneDiffersFromParis } from './event-dates.js';

const at = (iso: string): Date => new Date(iso);

async function emulateTimezone(timezoneId: string | null): Promise<void> {
  await executeServerCommand('emulate-timezone', { timezoneId });
}

// Spring change: 2026-03-29 01:00Z, Paris jumps from 2h00 (+01:00) to 3h00 (+02:00).
// Autumn change: 2026-10-25 01:00Z, Paris goes back from 3h00 (+02:00) to 2h00 (+01:00).

/**
 * Every assertion whose result must not depend on the machine's time zone. Run once in the
 * browser's own zone and again under emulated zones far from Paris.
 */
function parisFormattingSuite(): void {
  it('formats long dates in French with "1er"', () => {
    expect(formatLongDate(at('2020-11-26T09:00:00+01:00'), 'fr')).to.equal('26 novembre 2020');
    expect(formatLongDate(at('2026-03-01T10:00:00+01:00'), 'fr')).to.equal('1er mars 2026');
    // 23:30 UTC on 28 February is already 1 March in Paris.
    expect(formatLongDate(at('2026-02-28T23:30:00Z'), 'fr')).to.equal('1er mars 2026');
    expect(formatLongDate(at('2026-02-28T22:59:59Z'), 'fr')).to.equal('28 février 2026');
    expect(formatLongDate(at('2026-08-15T12:00:00Z'), 'fr')).to.equal('15 août 2026');
    expect(formatLongDate(at('2026-01-11T12:00:00Z'), 'fr')).to.equal('11 janvier 2026');
    expect(formatLongDate(at('2026-01-21T12:00:00Z'), 'fr')).to.equal('21 janvier 2026');
  });

  it('formats long dates in British English (day, month, year, as in the French)', () => {
    expect(formatLongDate(at('2020-11-26T09:00:00+01:00'), 'en')).to.equal('26 November 2020');
    expect(formatLongDate(at('2026-03-01T10:00:00+01:00'), 'en')).to.equal('1 March 2026');
    expect(formatLongDate(at('2026-02-28T23:30:00Z'), 'en')).to.equal('1 March 2026');
  });

  it('defaults to French', () => {
    expect(formatLongDate(at('2026-03-01T10:00:00+01:00'))).to.equal('1er mars 2026');
    expect(formatTime(at('2026-01-30T10:00:00+01:00'))).to.equal('10h00');
  });

  it('formats times in the RoseUp French style', () => {
    expect(formatTime(at('2026-01-30T10:00:00+01:00'), 'fr')).to.equal('10h00');
    expect(formatTime(at('2026-01-30T09:30:00+01:00'), 'fr')).to.equal('9h30');
    expect(formatTime(at('2026-01-30T00:05:00+01:00'), 'fr')).to.equal('0h05');
    expect(formatTime(at('2026-01-30T23:59:59+01:00'), 'fr')).to.equal('23h59');
    expect(formatTime(at('2026-07-14T08:00:00Z'), 'fr')).to.equal('10h00');
  });

  it('formats times on the 24-hour clock in English, as Paris and British timetables do', () => {
    expect(formatTime(at('2026-01-30T10:00:00+01:00'), 'en')).to.equal('10:00');
    expect(formatTime(at('2026-01-30T09:30:00+01:00'), 'en')).to.equal('09:30');
    expect(formatTime(at('2026-01-30T00:05:00+01:00'), 'en')).to.equal('00:05');
    expect(formatTime(at('2026-01-30T12:00:00+01:00'), 'en')).to.equal('12:00');
    expect(formatTime(at('2026-01-30T23:59:00+01:00'), 'en')).to.equal('23:59');
    expect(formatTime(at('2026-01-30T13:07:00+01:00'), 'en')).to.equal('13:07');
  });

  it('formats an event line like the seed page', () => {
    const start = at('2026-01-30T10:00:00+01:00');
    expect(formatEventDateLine(start, at('2026-01-30T10:30:00+01:00'), 'fr')).to.equal('30 janvier 2026 • 10h00 – 10h30');
    expect(formatEventDateLine(start, at('2026-01-30T11:00:00+01:00'), 'fr')).to.equal('30 janvier 2026 • 10h00 – 11h00');
    expect(formatEventDateLine(start, at('2026-01-30T11:00:00+01:00'), 'en')).to.equal(
      '30 January 2026 • 10:00 – 11:00',
    );
    // Same instants written with another offset: still Paris time.
    expect(formatEventDateLine(at('2026-01-30T04:00:00-05:00'), at('2026-01-30T10:00:00Z'), 'fr')).to.equal(
      '30 janvier 2026 • 10h00 – 11h00',
    );
  });

  it('shows only the start when there is no usable end', () => {
    const start = at('2026-01-30T10:00:00+01:00');
    expect(formatEventDateLine(start, undefined, 'fr')).to.equal('30 janvier 2026 • 10h00');
    expect(formatEventDateLine(start, start, 'fr')).to.equal('30 janvier 2026 • 10h00');
    expect(formatEventDateLine(start, at('2026-01-30T09:00:00+01:00'), 'fr')).to.equal('30 janvier 2026 • 10h00');
    expect(formatEventDateLine(start, new Date(Number.NaN), 'en')).to.equal('30 January 2026 • 10:00');
  });

  it('repeats the date when the end falls on another Paris day', () => {
    expect(formatEventDateLine(at('2026-01-30T10:00:00+01:00'), at('2026-01-31T12:00:00+01:00'), 'fr')).to.equal(
      '30 janvier 2026 • 10h00 – 31 janvier 2026 • 12h00',
    );
    expect(formatEventDateLine(at('2026-01-30T10:00:00+01:00'), at('2026-01-31T12:00:00+01:00'), 'en')).to.equal(
      '30 January 2026 • 10:00 – 31 January 2026 • 12:00',
    );
    // 22h00 to 0h30: the end is the next Paris day although it is the same UTC day.
    expect(formatEventDateLine(at('2026-02-28T21:00:00Z'), at('2026-02-28T23:30:00Z'), 'fr')).to.equal(
      '28 février 2026 • 22h00 – 1er mars 2026 • 0h30',
    );
    // 0h30 to 1h30 Paris is 23:30 to 00:30 UTC: one Paris day, two UTC days.
    expect(formatEventDateLine(at('2026-01-29T23:30:00Z'), at('2026-01-30T00:30:00Z'), 'fr')).to.equal(
      '30 janvier 2026 • 0h30 – 1h30',
    );
  });

  it('follows the spring clock change (2026-03-29 01:00Z)', () => {
    const before = at('2026-03-29T00:59:00Z');
    const after = at('2026-03-29T01:00:00Z');
    expect(formatTime(before, 'fr')).to.equal('1h59');
    expect(formatTime(after, 'fr')).to.equal('3h00');
    expect(formatTime(after, 'en')).to.equal('03:00');
    expect(parisOffsetMinutes(before)).to.equal(60);
    expect(parisOffsetMinutes(after)).to.equal(120);
    expect(formatEventDateLine(at('2026-03-29T00:30:00Z'), at('2026-03-29T01:30:00Z'), 'fr')).to.equal(
      '29 mars 2026 • 1h30 – 3h30',
    );
    expect(toIsoDateTimeAttr(before)).to.equal('2026-03-29T01:59:00+01:00');
    expect(toIsoDateTimeAttr(after)).to.equal('2026-03-29T03:00:00+02:00');
    expect(formatTime(at('2026-03-28T09:00:00Z'), 'fr')).to.equal('10h00');
    expect(formatTime(at('2026-03-30T09:00:00Z'), 'fr')).to.equal('11h00');
  });

  it('follows the autumn clock change (2026-10-25 01:00Z)', () => {
    const before = at('2026-10-25T00:59:00Z');
    const after = at('2026-10-25T01:00:00Z');
    expect(formatTime(before, 'fr')).to.equal('2h59');
    expect(formatTime(after, 'fr')).to.equal('2h00');
    expect(parisOffsetMinutes(before)).to.equal(120);
    expect(parisOffsetMinutes(after)).to.equal(60);
    expect(toIsoDateTimeAttr(before)).to.equal('2026-10-25T02:59:00+02:00');
    expect(toIsoDateTimeAttr(after)).to.equal('2026-10-25T02:00:00+01:00');
    expect(formatEventDateLine(at('2026-10-25T00:00:00Z'), at('2026-10-25T02:00:00Z'), 'fr')).to.equal(
      '25 octobre 2026 • 2h00 – 3h00',
    );
    expect(formatTime(at('2026-10-24T09:00:00Z'), 'fr')).to.equal('11h00');
    expect(formatTime(at('2026-10-26T09:00:00Z'), 'fr')).to.equal('10h00');
  });

  it('keys instants by Paris calendar day', () => {
    expect(parisDayKey(at('2026-01-30T10:00:00+01:00'))).to.equal('2026-01-30');
    expect(parisDayKey(at('2026-01-29T23:30:00Z'))).to.equal('2026-01-30');
    expect(parisDayKey(at('2026-01-30T22:59:59Z'))).to.equal('2026-01-30');
    expect(parisDayKey(at('2026-01-30T23:00:00Z'))).to.equal('2026-01-31');
    expect(parisDayKey(at('2026-07-14T21:59:59Z'))).to.equal('2026-07-14');
    expect(parisDayKey(at('2026-07-14T22:00:00Z'))).to.equal('2026-07-15');
    expect(parisDayKey(at('2026-12-31T23:00:00Z'))).to.equal('2027-01-01');
    expect(parisDayKey(at('2026-03-28T23:00:00Z'))).to.equal('2026-03-29');
    expect(parisDayKey(at('2026-10-25T22:59:59Z'))).to.equal('2026-10-25');
  });

  it('reads Paris wall-clock fields', () => {
    expect(parisWallTime(at('2026-01-29T23:30:45Z'))).to.deep.equal({
      year: 2026, month: 1, day: 30, hour: 0, minute: 30, second: 45, weekday: 5,
    });
  });

  it('says "Aujourd’hui" (typographic apostrophe) and "Demain" across Paris midnight', () => {
    const now = at('2026-01-30T22:30:00Z'); // Friday 30 January, 23h30 in Paris
    expect(formatDayHeading(at('2026-01-30T09:00:00Z'), 'fr', now)).to.equal('Aujourd’hui');
    expect(formatDayHeading(at('2026-01-30T22:45:00Z'), 'fr', now)).to.equal('Aujourd’hui');
    // Still 30 January in UTC, but 0h15 on the 31st in Paris.
    expect(formatDayHeading(at('2026-01-30T23:15:00Z'), 'fr', now)).to.equal('Demain');
    expect(formatDayHeading(at('2026-01-31T22:59:59Z'), 'fr', now)).to.equal('Demain');
    expect(formatDayHeading(at('2026-01-31T23:00:00Z'), 'fr', now)).to.equal('Dimanche 1er février 2026');
    expect(formatDayHeading(at('2026-01-29T12:00:00Z'), 'fr', now)).to.equal('Jeudi 29 janvier 2026');
    // Just after Paris midnight "now" moves to the next day.
    const later = at('2026-01-30T23:00:00Z');
    expect(formatDayHeading(at('2026-01-30T22:45:00Z'), 'fr', later)).to.equal('Vendredi 30 janvier 2026');
    expect(formatDayHeading(at('2026-01-30T23:15:00Z'), 'fr', later)).to.equal('Aujourd’hui');
  });

  it('says "Today" and "Tomorrow" in English', () => {
    const now = at('2026-01-30T22:30:00Z');
    expect(formatDayHeading(at('2026-01-30T09:00:00Z'), 'en', now)).to.equal('Today');
    expect(formatDayHeading(at('2026-01-30T23:15:00Z'), 'en', now)).to.equal('Tomorrow');
    expect(formatDayHeading(at('2026-01-31T23:00:00Z'), 'en', now)).to.equal('Sunday 1 February 2026');
    expect(formatDayHeading(at('2026-01-30T09:00:00Z'), 'en', at('2026-01-20T12:00:00Z'))).to.equal(
      'Friday 30 January 2026',
    );
  });

  it('counts "Demain" by calendar on 23- and 25-hour days', () => {
    // 29 March 2026 lasts 23 hours in Paris: now = 0h30 CET.
    const spring = at('2026-03-28T23:30:00Z');
    expect(formatDayHeading(at('2026-03-29T21:59:00Z'), 'fr', spring)).to.equal('Aujourd’hui');
    expect(formatDayHeading(at('2026-03-29T22:30:00Z'), 'fr', spring)).to.equal('Demain');
    expect(formatDayHeading(at('2026-03-30T21:59:00Z'), 'fr', spring)).to.equal('Demain');
    expect(formatDayHeading(at('2026-03-30T22:00:00Z'), 'fr', spring)).to.equal('Mardi 31 mars 2026');
    // 25 October 2026 lasts 25 hours: 24 hours after 0h30 CEST it is still the 25th (23h30 CET).
    const autumn = at('2026-10-24T22:30:00Z');
    expect(formatDayHeading(at('2026-10-25T22:30:00Z'), 'fr', autumn)).to.equal('Aujourd’hui');
    expect(formatDayHeading(at('2026-10-25T23:00:00Z'), 'fr', autumn)).to.equal('Demain');
    expect(formatDayHeading(at('2026-10-26T22:59:59Z'), 'fr', autumn)).to.equal('Demain');
    expect(formatDayHeading(at('2026-10-26T23:00:00Z'), 'en', autumn)).to.equal('Tuesday 27 October 2026');
    // New Year's Eve.
    expect(formatDayHeading(at('2026-12-31T23:30:00Z'), 'fr', at('2026-12-31T12:00:00Z'))).to.equal('Demain');
  });

  it('converts Paris wall time to instants, across clock changes', () => {
    expect(parisWallTimeToDate(2026, 1, 30, 10, 0).toISOString()).to.equal('2026-01-30T09:00:00.000Z');
    expect(parisWallTimeToDate(2026, 7, 14, 10, 0).toISOString()).to.equal('2026-07-14T08:00:00.000Z');
    expect(parisWallTimeToDate(2026, 1, 30).toISOString()).to.equal('2026-01-29T23:00:00.000Z');
    // Spring: 1h59 exists, 2h00-2h59 do not (read one hour later), 3h00 is summer time.
    expect(parisWallTimeToDate(2026, 3, 29, 1, 59).toISOString()).to.equal('2026-03-29T00:59:00.000Z');
    expect(parisWallTimeToDate(2026, 3, 29, 2, 30).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    expect(formatTime(parisWallTimeToDate(2026, 3, 29, 2, 30), 'fr')).to.equal('3h30');
    expect(parisWallTimeToDate(2026, 3, 29, 3, 0).toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    // Autumn: 2h00-2h59 happen twice; the earlier instant is chosen.
    expect(parisWallTimeToDate(2026, 10, 25, 1, 59).toISOString()).to.equal('2026-10-24T23:59:00.000Z');
    expect(parisWallTimeToDate(2026, 10, 25, 2, 30).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(parisWallTimeToDate(2026, 10, 25, 3, 0).toISOString()).to.equal('2026-10-25T02:00:00.000Z');
    expect(parisWallTimeToDate(2028, 2, 29, 12, 0).toISOString()).to.equal('2028-02-29T11:00:00.000Z');
  });

  it('rejects impossible wall times', () => {
    expect(() => parisWallTimeToDate(2026, 2, 29, 10, 0)).to.throw(RangeError);
    expect(() => parisWallTimeToDate(2026, 13, 1, 10, 0)).to.throw(RangeError);
    expect(() => parisWallTimeToDate(2026, 0, 1, 10, 0)).to.throw(RangeError);
    expect(() => parisWallTimeToDate(2026, 1, 1, 24, 0)).to.throw(RangeError);
    expect(() => parisWallTimeToDate(2026, 1, 1, 10, 60)).to.throw(RangeError);
    expect(() => parisWallTimeToDate(2026, 1, 1.5, 10, 0)).to.throw(RangeError);
  });

  it('finds the instant a Paris day starts', () => {
    expect(parisDayStart('2026-01-30')?.toISOString()).to.equal('2026-01-29T23:00:00.000Z');
    expect(parisDayStart('2026-03-29')?.toISOString()).to.equal('2026-03-28T23:00:00.000Z');
    expect(parisDayStart('2026-03-30')?.toISOString()).to.equal('2026-03-29T22:00:00.000Z');
    expect(parisDayStart('2026-10-26')?.toISOString()).to.equal('2026-10-25T23:00:00.000Z');
    expect(parisDayStart('2026-02-30')).to.equal(undefined);
    expect(parisDayStart('2026-1-30')).to.equal(undefined);
    expect(parisDayStart('tomorrow')).to.equal(undefined);
  });

  it('writes <time datetime> values in Paris time with the offset', () => {
    expect(toIsoDateTimeAttr(at('2026-01-30T09:00:00Z'))).to.equal('2026-01-30T10:00:00+01:00');
    expect(toIsoDateTimeAttr(at('2026-07-14T08:00:00Z'))).to.equal('2026-07-14T10:00:00+02:00');
    expect(toIsoDateTimeAttr(at('2026-01-29T23:30:00.250Z'))).to.equal('2026-01-30T00:30:00.250+01:00');
    for (const iso of ['2026-01-30T09:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00.5Z']) {
      const date = at(iso);
      expect(parseDate(toIsoDateTimeAttr(date))?.getTime()).to.equal(date.getTime());
    }
  });

  it('throws a RangeError for an invalid Date', () => {
    const invalid = new Date(Number.NaN);
    expect(() => formatLongDate(invalid, 'fr')).to.throw(RangeError);
    expect(() => formatTime(invalid, 'fr')).to.throw(RangeError);
    expect(() => parisDayKey(invalid)).to.throw(RangeError);
    expect(() => toIsoDateTimeAttr(invalid)).to.throw(RangeError);
  });
}

describe('dates', () => {
  it('exposes the Paris zone name', () => {
    expect(PARIS_TIME_ZONE).to.equal('Europe/Paris');
  });

  describe('in the browser\'s own time zone', () => {
    parisFormattingSuite();
  });

  for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    describe(`with the browser in ${zone}`, () => {
      before(async () => {
        await emulateTimezone(zone);
      });
      after(async () => {
        await emulateTimezone(null);
      });

      it('really runs in that zone', () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      });

      parisFormattingSuite();
    });
  }

  describe('parseDate', () => {
    it('accepts RFC 3339 date-times with an offset or Z', () => {
      expect(parseDate('2026-01-30T10:00:00+01:00')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30T09:00:00Z')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30t09:00:00z')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30 10:00:00+01:00')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30T04:00:00-05:00')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30T09:00:00-00:00')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30T14:30:00+05:30')?.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(parseDate('2026-01-30T09:00:00.5Z')?.toISOString()).to.equal('2026-01-30T09:00:00.500Z');
      expect(parseDate('2026-01-30T09:00:00.123456789Z')?.toISOString()).to.equal('2026-01-30T09:00:00.123Z');
      expect(parseDate('2028-02-29T12:00:00Z')?.toISOString()).to.equal('2028-02-29T12:00:00.000Z');
      expect(parseDate('2000-02-29T12:00:00Z')?.toISOString()).to.equal('2000-02-29T12:00:00.000Z');
      expect(parseDate('1900-01-01T00:00:00Z')?.toISOString()).to.equal('1900-01-01T00:00:00.000Z');
      expect(parseDate('2200-12-31T23:59:59Z')?.toISOString()).to.equal('2200-12-31T23:59:59.000Z');
      // A leap second is read as the next second.
      expect(parseDate('2016-12-31T23:59:60Z')?.toISOString()).to.equal('2017-01-01T00:00:00.000Z');
    });

    it('rejects impossible dates and times', () => {
      for (const value of [
        '2026-13-45T10:00:00Z',
        '2026-13-01T10:00:00Z',
        '2026-00-10T10:00:00Z',
        '2026-01-00T10:00:00Z',
        '2026-01-32T10:00:00Z',
        '2026-02-29T10:00:00Z',
        '1900-02-29T10:00:00Z',
        '2026-04-31T10:00:00Z',
        '2026-01-30T24:00:00Z',
        '2026-01-30T10:60:00Z',
        '2026-01-30T10:00:61Z',
        '2026-01-30T10:00:00+24:00',
        '2026-01-30T10:00:00+01:60',
      ]) {
        expect(parseDate(value), value).to.equal(undefined);
      }
    });

    it('rejects instants outside 1900-2200 (UTC), which would break calendars and offsets', () => {
      for (const value of [
        '9999-12-31T23:59:60Z', // would be year 10000
        '2200-12-31T23:59:60Z', // the leap second lands in 2201
        '2201-01-01T00:00:00Z',
        '2200-12-31T23:30:00-01:00',
        '0000-01-01T00:00:00Z',
        '0099-06-01T00:00:00Z',
        '1899-12-31T23:59:59Z',
        '1900-01-01T00:30:00+01:00',
      ]) {
        expect(parseDate(value), value).to.equal(undefined);
      }
    });

    it('rejects anything that is not a full RFC 3339 date-time', () => {
      for (const value of [
        '',
        'garbage',
        'tomorrow',
        '2026-01-30',
        '2026-01-30T10:00:00',
        '2026-01-30T10:00Z',
        '2026-01-30T10:00:00+0100',
        '2026-01-30T10:00:00+01',
        '2026-1-30T10:00:00Z',
        '26-01-30T10:00:00Z',
        '+002026-01-30T10:00:00Z',
        ' 2026-01-30T10:00:00Z',
        '2026-01-30T10:00:00Z ',
        '2026-01-30T10:00:00Z\n',
        '2026-01-30T10:00:00.Z',
        '2026/01/30T10:00:00Z',
        '2026-01-30_10:00:00Z',
        'Fri, 30 Jan 2026 09:00:00 GMT',
        '１２３４-01-30T10:00:00Z',
        '٢٠٢٦-01-30T10:00:00Z',
        `2026-01-30T10:00:00.${'1'.repeat(100)}Z`,
      ]) {
        expect(parseDate(value), JSON.stringify(value)).to.equal(undefined);
      }
    });

    it('rejects non-strings', () => {
      for (const value of [undefined, null, 0, 1769763600000, true, {}, [], new Date('2026-01-30T09:00:00Z'), Symbol('x')]) {
        expect(parseDate(value)).to.equal(undefined);
      }
    });
  });

  describe('visitorZoneDiffersFromParis', () => {
    afterEach(async () => {
      await emulateTimezone(null);
    });

    const winter = at('2026-01-30T09:00:00Z');
    const summer = at('2026-07-14T08:00:00Z');

    it('is false for a visitor in Paris', async () => {
      await emulateTimezone('Europe/Paris');
      expect(visitorZoneDiffersFromParis(winter)).to.equal(false);
      expect(visitorZoneDiffersFromParis(summer)).to.equal(false);
      expect(visitorZoneDiffersFromParis()).to.equal(false);
    });

    it('is false for another zone on Paris time (Europe/Brussels)', async () => {
      await emulateTimezone('Europe/Brussels');
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Brussels');
      expect(visitorZoneDiffersFromParis(winter)).to.equal(false);
      expect(visitorZoneDiffersFromParis(summer)).to.equal(false);
      expect(visitorZoneDiffersFromParis(at('2026-03-29T01:00:00Z'))).to.equal(false);
      expect(visitorZoneDiffersFromParis(at('2026-10-25T01:00:00Z'))).to.equal(false);
    });

    it('is true in America/New_York', async () => {
      await emulateTimezone('America/New_York');
      expect(visitorZoneDiffersFromParis(winter)).to.equal(true);
      expect(visitorZoneDiffersFromParis(summer)).to.equal(true);
      expect(visitorZoneDiffersFromParis()).to.equal(true);
    });

    it('is true in Europe/London', async () => {
      await emulateTimezone('Europe/London');
      expect(visitorZoneDiffersFromParis(winter)).to.equal(true);
      expect(visitorZoneDiffersFromParis(summer)).to.equal(true);
    });

    it('compares offsets at the given instant (Africa/Lagos is UTC+1 all year)', async () => {
      await emulateTimezone('Africa/Lagos');
      expect(visitorZoneDiffersFromParis(winter)).to.equal(false);
      expect(visitorZoneDiffersFromParis(summer)).to.equal(true);
      expect(visitorZoneDiffersFromParis(at('2026-03-29T00:59:00Z'))).to.equal(false);
      expect(visitorZoneDiffersFromParis(at('2026-03-29T01:00:00Z'))).to.equal(true);
    });
  });
});
