import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  DEFAULT_PRODUCT_ID,
  buildIcs,
  escapeIcsText,
  eventDescriptionText,
  eventLocationText,
  foldIcsLine,
  formatIcsUtc,
  googleCalendarUrl,
  icsBlob,
  icsDataUrl,
  icsFileName,
  icsUid,
} from './calendar.js';
import type { RoseUpEvent } from './types.js';
import { normalizeFeed } from './normalize-feed.js';
import { toIsoDateTimeAttr } from './dates.js';

const NOW = new Date('2026-01-20T08:15:30.456Z');

function makeEvent(overrides: Partial<RoseUpEvent> = {}): RoseUpEvent {
  return {
    id: 'https://www.rose-up.fr/agenda/qi-gong-adapte/#2026-01-30T10:00',
    kind: 'event',
    url: 'https://www.rose-up.fr/agenda/qi-gong-adapte/',
    title: 'Qi Gong adapté aux personnes touchées par un cancer',
    summary: 'Une gymnastique douce combinant mouvements lents et respiration.',
    tags: [],
    authors: [],
    category: { id: 'activite-physique', label: 'Activité physique' },
    format: { id: 'atelier', label: 'Atelier' },
    start: new Date('2026-01-30T10:00:00+01:00'),
    end: new Date('2026-01-30T11:00:00+01:00'),
    timeZone: 'Europe/Paris',
    status: 'scheduled',
    attendance: 'offline',
    location: { name: 'Maison RoseUp Paris', streetAddress: '12 rue de la Roquette', locality: 'Paris', postalCode: '75011', country: 'FR' },
    remoteChannels: [],
    registration: { url: 'https://www.rose-up.fr/agenda/qi-gong-adapte/inscription/', required: true, free: true },
    capacity: { maximum: 12, remaining: 4 },
    practicalInfo: ['Certificat médical obligatoire', 'Atelier en extérieur'],
    ...overrides,
  };
}

interface Parsed {
  calendar: ICAL.Component;
  vevent: ICAL.Component;
  value(name: string): unknown;
  time(name: string): Date;
}

function parse(ics: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).to.have.length(1);
  const vevent = vevents[0];
  return {
    calendar,
    vevent,
    value: (name) => vevent.getFirstPropertyValue(name),
    time: (name) => {
      const value = vevent.getFirstPropertyValue(name) as ICAL.Time;
      expect(value.zone?.tzid, `${name} is UTC`).to.equal('UTC');
      return value.toJSDate();
    },
  };
}

const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

/** Splits the file's bytes at CRLF and decodes each physical line strictly. */
function physicalLines(ics: string): string[] {
  const bytes = encoder.encode(ics);
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) {
      expect(bytes[i - 1], `LF at byte ${i} is preceded by CR`).to.equal(0x0d);
      lines.push(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i - 1)));
      start = i + 1;
    } else if (bytes[i] === 0x0d) {
      expect(bytes[i + 1], `CR at byte ${i} is followed by LF`).to.equal(0x0a);
    }
  }
  expect(start, 'the file ends with CRLF').to.equal(bytes.length);
  return lines;
}

function expectWellFolded(ics: string): string[] {
  const lines = physicalLines(ics);
  for (const line of lines) {
    expect(octets(line), line).to.be.at.most(75);
    expect(line.length).to.be.greaterThan(0);
  }
  return lines;
}

/** Unfolds the file (RFC 5545 3.1) into its content lines. */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);

const LONG_TITLE =
  'Atelier « Cœur à cœur » : prendre soin de soi après un cancer — sophrologie, œnologie sans alcool, ' +
  'yoga du rire 😀, méditation 🧘‍♀️ et échanges entre pairs ; pour les personnes touchées, leurs proches, ' +
  'les aidant·e·s et les soignant·e·s qui souhaitent découvrir des pratiques douces, à Paris, Lyon, Lille, ' +
  'Marseille et en visio 👨‍👩‍👧‍👦 🇫🇷 — ouvert à toutes et à tous, sans inscription préalable, gratuit \\ libre';

describe('calendar', () => {
  describe('buildIcs parsed with ical.js', () => {
    it('writes a publishable VCALENDAR with one VEVENT', () => {
      const ics = buildIcs(makeEvent(), { now: NOW });
      const { calendar } = parse(ics);
      expect(calendar.name).to.equal('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.equal(DEFAULT_PRODUCT_ID);
      expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
    });

    it('takes a custom PRODID', () => {
      const ics = buildIcs(makeEvent(), { now: NOW, productId: '-//Hôpital X//Agenda, RoseUp//FR' });
      expect(parse(ics).calendar.getFirstPropertyValue('prodid')).to.equal('-//Hôpital X//Agenda, RoseUp//FR');
    });

    it('derives a stable, valid UID from the item id', () => {
      const event = makeEvent();
      const a = parse(buildIcs(event, { now: NOW })).value('uid');
      const b = parse(buildIcs(event, { now: new Date('2027-01-01T00:00:00Z'), lang: 'en' })).value('uid');
      expect(a).to.equal(b);
      expect(a).to.equal(icsUid(event.id));
      expect(a).to.match(/^roseup-[0-9a-f]{16}@rose-up\.fr$/);
      const other = parse(buildIcs(makeEvent({ id: 'https://www.rose-up.fr/agenda/qi-gong-adapte/#2026-02-06T10:00' }), { now: NOW }));
      expect(other.value('uid')).to.not.equal(a);
    });

    it('hashes ids into distinct UIDs', () => {
      const uids = new Set<string>();
      for (let i = 0; i < 2000; i += 1) uids.add(icsUid(`https://www.rose-up.fr/agenda/atelier/#2026-01-${i}`));
      expect(uids.size).to.equal(2000);
      expect(icsUid('')).to.match(/^roseup-[0-9a-f]{16}@rose-up\.fr$/);
      expect(icsUid('é')).to.not.equal(icsUid('e'));
    });

    it('writes DTSTART, DTEND and DTSTAMP as UTC instants', () => {
      const ics = buildIcs(makeEvent(), { now: NOW });
      const p = parse(ics);
      expect(p.time('dtstart').toISOString()).to.equal('2026-01-30T09:00:00.000Z');
      expect(p.time('dtend').toISOString()).to.equal('2026-01-30T10:00:00.000Z');
      expect(p.time('dtstamp').toISOString()).to.equal('2026-01-20T08:15:30.000Z');
      const lines = unfold(ics);
      expect(lines).to.include('DTSTART:20260130T090000Z');
      expect(lines).to.include('DTEND:20260130T100000Z');
      expect(lines).to.include('DTSTAMP:20260120T081530Z');
      const event = new ICAL.Event(p.vevent);
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2026-01-30T09:00:00Z'));
      expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2026-01-30T10:00:00Z'));
    });

    it('writes summer-time events at the right UTC instant', () => {
      const ics = buildIcs(makeEvent({ start: new Date('2026-07-14T10:00:00+02:00'), end: new Date('2026-07-14T12:30:00+02:00') }), { now: NOW });
      const p = parse(ics);
      expect(p.time('dtstart').toISOString()).to.equal('2026-07-14T08:00:00.000Z');
      expect(p.time('dtend').toISOString()).to.equal('2026-07-14T10:30:00.000Z');
    });

    it('ends one hour after the start when the event has no usable end', () => {
      for (const end of [undefined, new Date('2026-01-30T10:00:00+01:00'), new Date('2026-01-30T09:00:00+01:00')]) {
        const p = parse(buildIcs(makeEvent({ end }), { now: NOW }));
        expect(p.time('dtstart').toISOString()).to.equal('2026-01-30T09:00:00.000Z');
        expect(p.time('dtend').toISOString()).to.equal('2026-01-30T10:00:00.000Z');
        expect(p.vevent.hasProperty('duration')).to.equal(false);
      }
    });

    it('round-trips a summary with commas, semicolons, backslashes and newlines', () => {
      const title = 'Yoga, méditation; respiration \\ détente\r\nsur deux lignes\rpuis\nfin\\n, ok;';
      const ics = buildIcs(makeEvent({ title }), { now: NOW });
      expect(parse(ics).value('summary')).to.equal('Yoga, méditation; respiration \\ détente\nsur deux lignes\npuis\nfin\\n, ok;');
      expect(ics).to.not.match(/[^\r]\n/);
      expect(new ICAL.Event(parse(ics).vevent).summary).to.contain('respiration \\ détente');
    });

    it('drops control characters that iCalendar text may not contain', () => {
      const title = 'Atelier\u0000 \u0007bien-être\u001b\tdétente\u007f';
      expect(parse(buildIcs(makeEvent({ title }), { now: NOW })).value('summary')).to.equal('Atelier bien-être\tdétente');
    });

    it('describes the event: summary, practical information and URLs', () => {
      const description = parse(buildIcs(makeEvent(), { now: NOW })).value('description');
      expect(description).to.equal(
        'Une gymnastique douce combinant mouvements lents et respiration.\n\n' +
          'Informations pratiques\u00a0:\n- Certificat médical obligatoire\n- Atelier en extérieur\n\n' +
          'Inscription\u00a0: https://www.rose-up.fr/agenda/qi-gong-adapte/inscription/\n' +
          'Plus d’informations\u00a0: https://www.rose-up.fr/agenda/qi-gong-adapte/',
      );
      const english = parse(buildIcs(makeEvent(), { now: NOW, lang: 'en' })).value('description') as string;
      expect(english).to.contain('Practical information:\n- Certificat médical obligatoire');
      expect(english).to.contain('More information: https://www.rose-up.fr/agenda/qi-gong-adapte/');
    });

    it('keeps special characters of the description intact', () => {
      const summary = 'Ligne 1, avec virgule ; et point-virgule\nLigne 2 \\ barre\r\nLigne 3';
      const description = parse(buildIcs(makeEvent({ summary, practicalInfo: [], registration: undefined }), { now: NOW })).value('description');
      expect(description).to.equal(`Ligne 1, avec virgule ; et point-virgule\nLigne 2 \\ barre\nLigne 3\n\nPlus d’informations\u00a0: https://www.rose-up.fr/agenda/qi-gong-adapte/`);
    });

    it('omits DESCRIPTION, LOCATION and URL when there is nothing to say', () => {
      const event = makeEvent({ summary: undefined, practicalInfo: [], registration: undefined, url: undefined, location: undefined });
      const p = parse(buildIcs(event, { now: NOW }));
      expect(p.vevent.hasProperty('description')).to.equal(false);
      expect(p.vevent.hasProperty('location')).to.equal(false);
      expect(p.vevent.hasProperty('url')).to.equal(false);
      expect(p.value('summary')).to.equal(event.title);
    });

    it('writes the place as LOCATION', () => {
      expect(parse(buildIcs(makeEvent(), { now: NOW })).value('location')).to.equal(
        'Maison RoseUp Paris, 12 rue de la Roquette, 75011 Paris',
      );
      const abroad = makeEvent({ location: { name: 'Maison RoseUp', locality: 'Bruxelles', postalCode: '1000', country: 'BE' } });
      expect(parse(buildIcs(abroad, { now: NOW })).value('location')).to.equal('Maison RoseUp, 1000 Bruxelles, BE');
    });

    it('writes remote attendance as LOCATION', () => {
      const online = makeEvent({ attendance: 'online', location: undefined, remoteChannels: ['phone', 'video'] });
      expect(parse(buildIcs(online, { now: NOW })).value('location')).to.equal('À distance (téléphone, visio)');
      expect(parse(buildIcs(online, { now: NOW, lang: 'en' })).value('location')).to.equal('Remote (phone, video)');
      expect(eventLocationText(makeEvent({ attendance: 'online', remoteChannels: ['video'] }))).to.equal('À distance (visio)');
      expect(eventLocationText(makeEvent({ attendance: 'online', remoteChannels: [] }))).to.equal('À distance');
      const mixed = makeEvent({ attendance: 'mixed', remoteChannels: ['phone', 'video'] });
      expect(parse(buildIcs(mixed, { now: NOW })).value('location')).to.equal(
        'Maison RoseUp Paris, 12 rue de la Roquette, 75011 Paris ou à distance (téléphone, visio)',
      );
      expect(eventLocationText(mixed, 'en')).to.equal('Maison RoseUp Paris, 12 rue de la Roquette, 75011 Paris or remote (phone, video)');
    });

    it('writes the URL', () => {
      const url = 'https://www.rose-up.fr/agenda/qi-gong-adapte/?a=1,2;b=3#x';
      expect(parse(buildIcs(makeEvent({ url }), { now: NOW })).value('url')).to.equal(url);
    });

    it('maps the status', () => {
      const status = (s: RoseUpEvent['status']) => parse(buildIcs(makeEvent({ status: s }), { now: NOW })).value('status');
      expect(status('scheduled')).to.equal('CONFIRMED');
      expect(status('full')).to.equal('CONFIRMED');
      expect(status('postponed')).to.equal('TENTATIVE');
      expect(status('cancelled')).to.equal('CANCELLED');
    });

    it('says a cancelled event is cancelled', () => {
      const cancelled = makeEvent({ status: 'cancelled' });
      const p = parse(buildIcs(cancelled, { now: NOW }));
      expect(p.value('status')).to.equal('CANCELLED');
      expect(p.value('summary')).to.equal(cancelled.title);
      expect(p.value('description') as string).to.match(/^Événement annulé\.\n\n/);
      expect(eventDescriptionText(cancelled, 'en')).to.match(/^Event cancelled\.\n\n/);
      expect(eventDescriptionText(makeEvent({ status: 'postponed' }), 'fr')).to.match(/^Événement reporté/);
    });

    it('writes LAST-MODIFIED from dateModified', () => {
      const p = parse(buildIcs(makeEvent({ dateModified: new Date('2026-01-10T12:00:00+01:00') }), { now: NOW }));
      expect(p.time('last-modified').toISOString()).to.equal('2026-01-10T11:00:00.000Z');
    });
  });

  describe('escaping and folding', () => {
    it('escapes TEXT values', () => {
      expect(escapeIcsText('a,b;c\\d\r\ne\rf\ng')).to.equal('a\\,b\\;c\\\\d\\ne\\nf\\ng');
      expect(escapeIcsText('tab\there')).to.equal('tab\there');
      expect(escapeIcsText('nul\u0000bell\u0007')).to.equal('nulbell');
      expect(escapeIcsText('lone \uD83D surrogate')).to.equal('lone \uFFFD surrogate');
    });

    it('formats UTC basic date-times', () => {
      expect(formatIcsUtc(new Date('2026-01-30T10:00:00+01:00'))).to.equal('20260130T090000Z');
      expect(formatIcsUtc(new Date('2026-12-31T23:59:59.999Z'))).to.equal('20261231T235959Z');
      expect(() => formatIcsUtc(new Date(Number.NaN))).to.throw(RangeError);
      // Year 10000 has no four-digit form: never "DTSTART:100000101T000000Z".
      expect(() => formatIcsUtc(new Date(Date.UTC(10000, 0, 1)))).to.throw(RangeError);
    });

    it('never sees a hostile feed event outside 1900-2200: the parser skips it before any calendar', () => {
      const hostile = (start: string) => ({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'x', title: 'Atelier', _roseup: { kind: 'event', event: { start } } }],
      });
      for (const start of ['9999-12-31T23:59:60Z', '0000-01-01T00:00:00Z']) {
        const parsed = normalizeFeed(hostile(start), 'https://www.rose-up.fr/feed.json');
        expect(parsed.items, start).to.have.length(0);
        expect(parsed.skipped[0].reason).to.equal('event has no valid start date');
      }
      const edge = normalizeFeed(hostile('2200-12-31T22:00:00Z'), 'https://www.rose-up.fr/feed.json').items.at(0)! as RoseUpEvent;
      const ics = buildIcs(edge, { now: NOW });
      expect(ics).to.contain('DTSTART:22001231T220000Z');
      expect(ics).to.contain('DTEND:22001231T230000Z');
      expect(toIsoDateTimeAttr(edge.start)).to.equal('2200-12-31T23:00:00+01:00');
    });

    it('folds at exactly 75 octets, continuation lines included', () => {
      expect(foldIcsLine('a'.repeat(75))).to.equal('a'.repeat(75));
      expect(foldIcsLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
      expect(foldIcsLine('a'.repeat(200))).to.equal(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n ${'a'.repeat(51)}`);
      expect(foldIcsLine('')).to.equal('');
    });

    it('never splits a multi-byte character', () => {
      // "é" is 2 octets: 74 + 2 > 75, so it moves to the next line whole.
      expect(foldIcsLine(`${'a'.repeat(74)}é`)).to.equal(`${'a'.repeat(74)}\r\n é`);
      expect(foldIcsLine(`${'a'.repeat(73)}é`)).to.equal(`${'a'.repeat(73)}é`);
      // "€" is 3 octets, "😀" 4 (and a surrogate pair in UTF-16).
      expect(foldIcsLine(`${'a'.repeat(73)}€`)).to.equal(`${'a'.repeat(73)}\r\n €`);
      expect(foldIcsLine(`${'a'.repeat(72)}€`)).to.equal(`${'a'.repeat(72)}€`);
      expect(foldIcsLine(`${'a'.repeat(72)}😀`)).to.equal(`${'a'.repeat(72)}\r\n 😀`);
      expect(foldIcsLine(`${'a'.repeat(71)}😀`)).to.equal(`${'a'.repeat(71)}😀`);
      for (let shift = 0; shift < 6; shift += 1) {
        const folded = foldIcsLine(`${'a'.repeat(shift)}${'😀é€œ'.repeat(40)}`);
        for (const line of folded.split('\r\n')) {
          expect(octets(line)).to.be.at.most(75);
          expect(line).to.not.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
        }
        expect(folded.replace(/\r\n /g, '')).to.equal(`${'a'.repeat(shift)}${'😀é€œ'.repeat(40)}`);
      }
    });

    it('folds long French text at 75 octets, CRLF everywhere, no broken UTF-8', () => {
      expect(LONG_TITLE.length).to.be.greaterThan(300);
      const summary = `${'Un accompagnement humain, personnalisé, bienveillant et chaleureux. '.repeat(8)}Œuvre, cœur; sœur\\frère\nfin 🎗️`;
      const event = makeEvent({
        title: LONG_TITLE,
        summary,
        practicalInfo: ['Certificat médical obligatoire', 'Prévoir une tenue confortable — et de l’eau 💧'],
        location: { name: 'Hôpital Saint-Antoine, bâtiment « Œillet », 2ᵉ étage', streetAddress: '184 rue du Faubourg-Saint-Antoine', postalCode: '75012', locality: 'Paris' },
      });
      const ics = buildIcs(event, { now: NOW });
      const lines = expectWellFolded(ics);
      expect(lines.length).to.be.greaterThan(15);
      // Continuation lines start with exactly one space and are all that starts with whitespace.
      expect(lines.filter((line) => line.startsWith(' ')).length).to.be.greaterThan(8);
      // Unfolding gives back the escaped content lines.
      const content = unfold(ics);
      expect(content).to.include(`SUMMARY:${escapeIcsText(LONG_TITLE)}`);
      expect(content).to.include(`DESCRIPTION:${escapeIcsText(eventDescriptionText(event, 'fr'))}`);
      // And a real parser gives back the original text.
      const p = parse(ics);
      expect(p.value('summary')).to.equal(LONG_TITLE);
      expect(p.value('description') as string).to.contain(summary);
      expect(p.value('location')).to.equal(
        'Hôpital Saint-Antoine, bâtiment « Œillet », 2ᵉ étage, 184 rue du Faubourg-Saint-Antoine, 75012 Paris',
      );
    });

    it('keeps every line of every file within the limits', () => {
      const titles = [LONG_TITLE, 'é'.repeat(400), '😀'.repeat(200), `a${'€'.repeat(150)}`, ',;\\\n'.repeat(100), 'x'];
      for (const title of titles) {
        for (const lang of ['fr', 'en'] as const) {
          const ics = buildIcs(makeEvent({ title, summary: title, attendance: 'mixed', remoteChannels: ['phone', 'video'] }), { now: NOW, lang });
          expectWellFolded(ics);
          expect(parse(ics).value('summary')).to.equal(title.replace(/\r\n|\r/g, '\n'));
        }
      }
    });

    it('turns lone surrogates into U+FFFD rather than invalid UTF-8', () => {
      const ics = buildIcs(makeEvent({ title: `Atelier \uD83D ${'é'.repeat(40)} \uDE00 fin` }), { now: NOW });
      for (const line of expectWellFolded(ics)) {
        expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(line))).to.equal(line);
      }
      expect(parse(ics).value('summary')).to.equal(`Atelier \uFFFD ${'é'.repeat(40)} \uFFFD fin`);
    });
  });

  describe('icsFileName', () => {
    it('makes an ASCII slug with the Paris day', () => {
      expect(icsFileName(makeEvent())).to.equal('qi-gong-adapte-aux-personnes-touchees-par-un-cancer-2026-01-30.ics');
      expect(icsFileName(makeEvent({ title: 'Bourse aux accessoires (foulards, turbans…)' }))).to.equal(
        'bourse-aux-accessoires-foulards-turbans-2026-01-30.ics',
      );
      expect(icsFileName(makeEvent({ title: 'Cœur & Œuvre : Ça va ?' }))).to.equal('coeur-oeuvre-ca-va-2026-01-30.ics');
      // 23h30 UTC on the 30th is the 31st in Paris.
      expect(icsFileName(makeEvent({ title: 'Nuit', start: new Date('2026-01-30T23:30:00Z') }))).to.equal('nuit-2026-01-31.ics');
    });

    it('is always a safe, short name', () => {
      for (const title of [LONG_TITLE, '../../etc/passwd', 'C:\\Windows\\con', '<script>alert(1)</script>', '"quoted" name', '😀😀', '', '   ', 'ﬁ ligature ½']) {
        const name = icsFileName(makeEvent({ title }));
        expect(name, title).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*-2026-01-30\.ics$/);
        expect(name.length, title).to.be.at.most(60 + '-2026-01-30.ics'.length);
      }
      expect(icsFileName(makeEvent({ title: '😀😀' }))).to.equal('evenement-2026-01-30.ics');
      expect(icsFileName(makeEvent({ title: '😀😀' }), 'en')).to.equal('event-2026-01-30.ics');
      expect(icsFileName(makeEvent({ title: '../../etc/passwd' }))).to.equal('etc-passwd-2026-01-30.ics');
      expect(icsFileName(makeEvent({ title: LONG_TITLE }))).to.equal('atelier-coeur-a-coeur-prendre-soin-de-soi-apres-un-cancer-2026-01-30.ics');
    });
  });

  describe('googleCalendarUrl', () => {
    it('builds a TEMPLATE link with UTC dates', () => {
      const url = new URL(googleCalendarUrl(makeEvent(), 'fr'));
      expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(url.searchParams.get('action')).to.equal('TEMPLATE');
      expect(url.searchParams.get('text')).to.equal('Qi Gong adapté aux personnes touchées par un cancer');
      expect(url.searchParams.get('dates')).to.equal('20260130T090000Z/20260130T100000Z');
      expect(url.searchParams.get('details')).to.equal(eventDescriptionText(makeEvent(), 'fr'));
      expect(url.searchParams.get('location')).to.equal('Maison RoseUp Paris, 12 rue de la Roquette, 75011 Paris');
      expect(url.searchParams.get('ctz')).to.equal('Europe/Paris');
    });

    it('encodes every special character', () => {
      const title = 'A&B=C #1 + 50% ? / "ok" é😀';
      const link = googleCalendarUrl(makeEvent({ title }), 'en');
      expect(link).to.not.match(/\s/);
      const url = new URL(link);
      expect(url.searchParams.get('text')).to.equal(title);
      expect([...url.searchParams.keys()]).to.deep.equal(['action', 'text', 'dates', 'details', 'location', 'ctz']);
      expect(url.searchParams.get('details')).to.contain('More information:');
    });

    it('uses start + 1 hour without an end, and remote locations', () => {
      const url = new URL(googleCalendarUrl(makeEvent({ end: undefined, attendance: 'online', location: undefined, remoteChannels: ['phone'] }), 'fr'));
      expect(url.searchParams.get('dates')).to.equal('20260130T090000Z/20260130T100000Z');
      expect(url.searchParams.get('location')).to.equal('À distance (téléphone)');
    });

    it('leaves out empty parameters and cuts very long details', () => {
      const bare = new URL(googleCalendarUrl(makeEvent({ summary: undefined, practicalInfo: [], registration: undefined, url: undefined, location: undefined })));
      expect(bare.searchParams.has('details')).to.equal(false);
      expect(bare.searchParams.has('location')).to.equal(false);
      const long = new URL(googleCalendarUrl(makeEvent({ summary: '😀'.repeat(2000) })));
      const details = long.searchParams.get('details')!;
      expect(details.length).to.be.at.most(1500);
      expect(details.endsWith('…')).to.equal(true);
      expect(details).to.not.contain('\uFFFD');
    });
  });

  describe('download helpers', () => {
    it('wraps the file in a text/calendar Blob', async () => {
      const ics = buildIcs(makeEvent({ title: LONG_TITLE }), { now: NOW });
      const blob = icsBlob(ics);
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      expect(blob.size).to.equal(octets(ics));
      expect(await blob.text()).to.equal(ics);
      const objectUrl = URL.createObjectURL(blob);
      try {
        expect(await (await fetch(objectUrl)).text()).to.equal(ics);
      } finally {
        URL.revokeObjectURL(objectUrl);
      }
    });

    it('encodes the file as a data: URL', async () => {
      const ics = buildIcs(makeEvent({ title: LONG_TITLE }), { now: NOW });
      const url = icsDataUrl(ics);
      expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
      expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).to.equal(ics);
      expect(await (await fetch(url)).text()).to.equal(ics);
    });
  });
});
