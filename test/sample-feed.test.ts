import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { buildSampleFeed, type JsonFeed, type JsonFeedItem } from '../sample/sample-feed.mjs';
import { buildSyntheticFeed } from '../sample/synthetic-feed.mjs';

const SCHEMA = 'test/fixtures/jsonfeed/schema-v1.1.strict.json';
const PARIS = 'Europe/Paris';

interface Validation {
  valid: boolean;
  errors: string[];
}

async function validate(data: unknown): Promise<Validation> {
  const result = await executeServerCommand<Validation, { schema: string; data: unknown }>('validate-json-schema', {
    schema: SCHEMA,
    data,
  });
  if (!result) throw new Error('validate-json-schema returned nothing');
  return result;
}

async function expectValid(data: unknown, what: string): Promise<void> {
  const { valid, errors } = await validate(data);
  expect(valid, `${what} is not a valid JSON Feed 1.1:\n${errors.join('\n')}`).to.equal(true);
}

const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url);

/**
 * The strict schema wants absolute URIs, while our contract lets `image` be relative to the
 * feed's URL. A copy with images resolved the way a reader does must be fully valid.
 */
function withResolvedImages(feed: JsonFeed, base: string): JsonFeed {
  const copy = structuredClone(feed);
  for (const item of copy.items) if (item.image) item.image = new URL(item.image, base).href;
  return copy;
}

interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const parisFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parisParts(date: Date): ParisParts {
  const parts: Record<string, number> = {};
  for (const p of parisFormat.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** The Paris calendar day `delta` days away from the Paris day of `now`, as "YYYY-MM-DD". */
function parisDate(now: Date, delta: number): string {
  const p = parisParts(now);
  return new Date(Date.UTC(p.year, p.month - 1, p.day + delta)).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (p: ParisParts) => `${p.year}-${pad(p.month)}-${pad(p.day)}`;

const kind = (item: JsonFeedItem) => item._roseup?.kind;
const articlesOf = (feed: JsonFeed) => feed.items.filter((i) => kind(i) === 'article');
const eventsOf = (feed: JsonFeed) => feed.items.filter((i) => kind(i) === 'event');
const ev = (item: JsonFeedItem) => {
  const e = item._roseup?.event;
  if (!e) throw new Error(`${item.id} has no event`);
  return e;
};

// January (+01:00, and 00:30 in Paris is still "yesterday" in UTC), the eve of the March clock
// change (+01:00 today, +02:00 tomorrow) and the eve of the October one (+02:00 today, +01:00 tomorrow).
const NOWS = ['2026-01-29T23:30:00Z', '2026-03-28T09:00:00Z', '2026-10-24T12:00:00Z', '2026-03-29T00:30:00Z'];

describe('sample feed', () => {
  for (const iso of NOWS) {
    describe(`now = ${iso}`, () => {
      const now = new Date(iso);
      const page1 = buildSampleFeed({ now });
      const page2 = buildSampleFeed({ now, page: 2 });

      it('page 1 and page 2 are valid JSON Feed 1.1 (strict schema), relative images aside', async () => {
        for (const [feed, name] of [
          [page1, 'page 1'],
          [page2, 'page 2'],
        ] as const) {
          await expectValid(withResolvedImages(feed, feed.feed_url!), name);
          const raw = await validate(feed);
          const relative = feed.items.filter((i) => i.image && isRelative(i.image)).length;
          const unexpected = raw.errors.filter((e) => !/^\/items\/\d+\/image must match format "uri"$/.test(e));
          expect(unexpected, `${name}: unexpected errors`).to.deep.equal([]);
          expect(raw.errors.length, `${name}: only relative images differ`).to.equal(relative);
        }
      });

      it('is a deterministic function of now', () => {
        expect(buildSampleFeed({ now: new Date(iso) })).to.deep.equal(page1);
        expect(buildSampleFeed({ now: new Date(iso), page: 2 })).to.deep.equal(page2);
      });

      it('has enough events, one of each special case, all but one ending after now', () => {
        const events = eventsOf(page1);
        expect(events.length).to.be.at.least(10);
        const count = (pred: (e: ReturnType<typeof ev>) => boolean) => events.filter((i) => pred(ev(i))).length;
        expect(count((e) => e.status === 'cancelled')).to.equal(1);
        expect(count((e) => e.status === 'postponed')).to.equal(1);
        expect(count((e) => e.status === 'full')).to.equal(1);
        expect(count((e) => e.status === 'full' && e.capacity?.remaining === 0)).to.equal(1);
        expect(count((e) => e.attendance === 'mixed')).to.equal(1);
        expect(count((e) => e.attendance === 'online' && (e.remote?.channels.length ?? 0) > 0)).to.be.at.least(1);
        expect(count((e) => e.attendance === 'offline')).to.be.at.least(1);
        for (const i of events) expect(ev(i).time_zone).to.equal(PARIS);

        const over = events.filter((i) => new Date(ev(i).end ?? ev(i).start).getTime() <= now.getTime());
        expect(over.length).to.equal(1);
        expect(dateOf(parisParts(new Date(ev(over[0]).end!)))).to.equal(parisDate(now, -1));
        const last = Math.max(...events.map((i) => new Date(ev(i).start).getTime()));
        expect(last - now.getTime()).to.be.within(20 * 86400000, 32 * 86400000);
      });

      it("gives each event an id made of its page and its local Paris start, and a start/end that agree with Paris time", () => {
        for (const item of eventsOf(page1)) {
          const { start, end } = ev(item);
          const p = parisParts(new Date(start));
          expect(item.id).to.equal(`${item.url}#${dateOf(p)}T${pad(p.hour)}:${pad(p.minute)}`);
          // The wall-clock part of the string is the Paris time of the instant: the offset is right.
          expect(start.slice(0, 16)).to.equal(`${dateOf(p)}T${pad(p.hour)}:${pad(p.minute)}`);
          if (end) {
            const q = parisParts(new Date(end));
            expect(end.slice(0, 16)).to.equal(`${dateOf(q)}T${pad(q.hour)}:${pad(q.minute)}`);
            expect(new Date(end).getTime()).to.be.greaterThan(new Date(start).getTime());
          }
          expect(new Date(item.date_published!).getTime()).to.be.lessThan(now.getTime());
        }
      });

      it("places the seed's workshops on the day after now, at 10:00 Paris time", () => {
        const tomorrow = parisDate(now, 1);
        const expected: Array<[string, string, string]> = [
          ['À votre écoute', '10:00', '10:30'],
          ['À votre écoute', '10:45', '11:15'],
          ['Qi Gong adapté aux personnes touchées par un cancer', '10:00', '11:00'],
          ['Bourse aux accessoires (foulards, turbans…)', '10:00', '13:00'],
        ];
        const events = eventsOf(page1);
        for (const [title, from, to] of expected) {
          const found = events.filter((i) => {
            const p = parisParts(new Date(ev(i).start));
            return i.title === title && dateOf(p) === tomorrow && `${pad(p.hour)}:${pad(p.minute)}` === from;
          });
          expect(found.length, `${title} ${tomorrow} ${from}`).to.equal(1);
          const q = parisParts(new Date(ev(found[0]).end!));
          expect(`${dateOf(q)} ${pad(q.hour)}:${pad(q.minute)}`).to.equal(`${tomorrow} ${to}`);
        }

        const ecoute = events.find((i) => i.title === 'À votre écoute')!;
        expect(ecoute._roseup?.category?.label).to.equal('Angoisse et stress');
        expect(ecoute._roseup?.format?.label).to.equal("Temps d'échange");
        expect(ev(ecoute).attendance).to.equal('online');
        expect(ev(ecoute).remote?.channels).to.have.members(['phone', 'video']);

        const qiGong = events.find((i) => i.title?.startsWith('Qi Gong'))!;
        expect(qiGong.id).to.equal(`https://www.rose-up.fr/agenda/qi-gong-adapte/#${tomorrow}T10:00`);
        expect(qiGong._roseup?.category).to.deep.equal({ id: 'activite-physique', label: 'Activité physique' });
        expect(qiGong._roseup?.format).to.deep.equal({ id: 'atelier', label: 'Atelier' });
        expect(ev(qiGong).location?.name).to.equal('Maison RoseUp Paris');
        expect(ev(qiGong).practical_info).to.deep.equal(['Certificat médical obligatoire', 'Atelier en extérieur']);
        expect(ev(qiGong).capacity).to.deep.equal({ maximum: 12, remaining: 4 });
        expect(ev(qiGong).registration).to.include({ required: true, free: true });

        const bourse = events.find((i) => i.title?.startsWith('Bourse'))!;
        expect(bourse._roseup?.category?.label).to.equal('Beauté');
        expect(bourse._roseup?.format?.label).to.equal('Atelier');
      });
    });
  }

  const now = new Date('2026-01-29T12:00:00Z');
  const page1 = buildSampleFeed({ now });
  const page2 = buildSampleFeed({ now, page: 2 });

  it("does not depend on the machine's time zone", async () => {
    const expected = JSON.stringify([buildSampleFeed({ now }), buildSyntheticFeed({ articles: 20, events: 24, now })]);
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tokyo']) {
        await executeServerCommand('emulate-timezone', { timezoneId: zone });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        const actual = JSON.stringify([buildSampleFeed({ now }), buildSyntheticFeed({ articles: 20, events: 24, now })]);
        expect(actual, zone).to.equal(expected);
      }
    } finally {
      await executeServerCommand('emulate-timezone', { timezoneId: null });
    }
  });

  it('carries the feed header and the _roseup extension of the contract', () => {
    expect(page1.version).to.equal('https://jsonfeed.org/version/1.1');
    expect(page1.title).to.equal('RoseUp');
    expect(page1.language).to.equal('fr-FR');
    expect(page1.home_page_url).to.equal('https://www.rose-up.fr/');
    expect(page1.feed_url).to.equal('http://localhost:8000/feed.json');
    expect(page1.next_url).to.equal('http://localhost:8000/feed.json?page=2');
    expect(page2).not.to.have.property('next_url');
    expect(page1._roseup).to.include({
      schema: 1,
      search_url: 'https://www.rose-up.fr/recherche/',
      agenda_url: 'https://www.rose-up.fr/agenda/',
    });
  });

  it('builds next_url from feedUrl, keeping its other parameters', () => {
    const feed = buildSampleFeed({ now, feedUrl: 'https://hopital.example/roseup/feed.json?lang=fr' });
    expect(feed.feed_url).to.equal('https://hopital.example/roseup/feed.json?lang=fr');
    expect(feed.next_url).to.equal('https://hopital.example/roseup/feed.json?lang=fr&page=2');
    expect(buildSampleFeed({ now, page: 3 }).items).to.deep.equal([]);
    expect(() => buildSampleFeed({ now, page: 0 })).to.throw(RangeError);
    expect(() => buildSampleFeed({ now: new Date(NaN) })).to.throw(TypeError);
  });

  it("offers the seed's ten popular searches", () => {
    const suggestions = page1._roseup?.suggestions ?? [];
    expect(suggestions.map((s) => s.query)).to.deep.equal([
      'soin de support',
      'soin de socio-esthétique',
      'perte de cheveux liée au cancer',
      'rdv de socio-esthétique',
      'ongles fragilisés par le cancer',
      'perte de sourcils liée au cancer',
      'perte de cils liée au cancer',
      'maquillage des cils',
      'sport adapté au cancer',
      'détente et bien-être',
    ]);
    for (const { label, query } of suggestions) {
      expect(label[0]).to.equal(label[0].toLocaleUpperCase('fr'));
      expect(label.toLocaleLowerCase('fr')).to.equal(query);
    }
    expect(suggestions[2].label).to.equal('Perte de cheveux liée au cancer');
  });

  it('has at least 12 articles on page 1 across 4 categories and 4 formats, 6 older ones on page 2', () => {
    const articles = articlesOf(page1);
    expect(articles.length).to.be.at.least(12);
    expect(new Set(articles.map((a) => a._roseup?.category?.id)).size).to.be.at.least(4);
    expect(new Set(articles.map((a) => a._roseup?.format?.id)).size).to.be.at.least(4);
    for (const a of [...articles, ...page2.items]) {
      expect(a.content_text, a.id).to.be.a('string').and.not.equal('');
      expect(a.summary, a.id).to.be.a('string').and.not.equal('');
      expect(a.tags, a.id).to.be.an('array').that.is.not.empty;
      expect(a.url, a.id).to.match(/^https:\/\/www\.rose-up\.fr\//);
      expect(a._roseup?.reading_minutes, a.id).to.be.a('number');
    }
    expect(articles.some((a) => !a.image)).to.equal(true);
    expect(articles.some((a) => (a.title ?? '').length > 120)).to.equal(true);

    expect(eventsOf(page2)).to.deep.equal([]);
    expect(page2.items.length).to.be.at.least(6);
    const oldestOnPage1 = Math.min(...articles.map((a) => Date.parse(a.date_published!)));
    for (const a of page2.items) expect(Date.parse(a.date_published!)).to.be.lessThan(oldestOnPage1);
  });

  it('keeps ids unique across both pages', () => {
    const ids = [...page1.items, ...page2.items].map((i) => i.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it("includes the seed's articles", () => {
    const byTitle = (title: string) => page1.items.find((i) => i.title === title);
    const metastatic = page1.items.find((i) => i.id === 'https://www.rose-up.fr/magazine/cancers-metastatiques/')!;
    expect(metastatic.title).to.equal(
      'Tout savoir sur les cancers métastatiques : c’est quoi, comment on les soigne, est-ce qu’on en guérit…',
    );
    expect(metastatic.url).to.equal(metastatic.id);
    expect(metastatic.date_published).to.equal('2020-11-26T09:00:00+01:00');
    expect(metastatic.date_modified).to.equal('2025-03-26T10:00:00+01:00');
    expect(metastatic.authors?.[0].name).to.equal('Emilie Groyer');
    expect(metastatic.authors?.[0]._roseup?.role).to.equal('Rédactrice en chef');
    expect(metastatic.authors?.[0]._roseup?.bio).to.be.a('string').and.not.equal('');
    expect(metastatic._roseup?.reading_minutes).to.equal(6);
    expect(metastatic._roseup?.category?.label).to.equal('Cancers métastatiques');
    expect(metastatic._roseup?.format?.label).to.equal('Tout savoir sur');
    expect(metastatic.image).to.be.a('string');
    expect(metastatic._roseup).to.have.property('image_alt');

    expect(byTitle('Loi Lemoine : une loi encore mal appliquée')?.date_published).to.match(/^2026-01-29T/);
    const minute = byTitle('La Minute du Dr RoseUp – Les métastases, késako ?')!;
    expect(minute.date_published).to.match(/^2026-01-22T/);
    expect(minute._roseup?.category?.label).to.equal('Cancers métastatiques');
    expect(minute._roseup?.format?.label).to.equal('Tout savoir sur');

    const testimonies = page1.items.filter((i) => i.title?.startsWith('Ce n’était pas dans leur tête – '));
    expect(testimonies.map((t) => t.title)).to.deep.equal([
      'Ce n’était pas dans leur tête – «\u00a0Je venais d’accoucher. M’annoncer un cancer était sans doute impensable\u00a0»',
      'Ce n’était pas dans leur tête – «\u00a0Les patients doivent être écoutés\u00a0»',
    ]);
    for (const t of testimonies) {
      expect(t._roseup?.category?.label).to.equal('Symptômes et diagnostic');
      expect(t._roseup?.format?.label).to.equal('Témoignages');
    }
  });

  it('makes métastases, immunothérapie and l’immunothérapie findable in the articles', () => {
    const text = articlesOf(page1)
      .map((a) => [a.title, a.summary, a.content_text, ...(a.tags ?? [])].join(' '))
      .join('\n');
    expect(text).to.include('métastases');
    expect(text).to.include("l'immunothérapie");
    expect(text.toLowerCase()).to.include('immunothérapie');
  });

  it('points relative images at SVG files that the demo serves', async () => {
    const images = new Set(
      [...page1.items, ...page2.items].map((i) => i.image).filter((u): u is string => !!u),
    );
    expect(images.size).to.be.at.least(4);
    for (const image of images) {
      expect(isRelative(image), image).to.equal(true);
      const res = await fetch(new URL(image, new URL('/demo/feed.json', location.href)));
      expect(res.status, image).to.equal(200);
      const body = await res.text();
      expect(body, image).to.match(/^<svg[\s>]/);
      expect(body.length, image).to.be.lessThan(4000);
    }
  });
});

describe('synthetic feed', () => {
  it('is valid JSON Feed 1.1 (strict schema) with articles and events', async () => {
    await expectValid(buildSyntheticFeed(), 'default synthetic feed');
    await expectValid(buildSyntheticFeed({ articles: 300, events: 60, seed: 7 }), 'synthetic feed with events');
  });

  it('has the requested counts, unique ids and is deterministic per seed', () => {
    const feed = buildSyntheticFeed({ articles: 500, events: 48, seed: 3 });
    expect(articlesOf(feed).length).to.equal(500);
    expect(eventsOf(feed).length).to.equal(48);
    expect(feed.items.length).to.equal(548);
    expect(new Set(feed.items.map((i) => i.id)).size).to.equal(548);
    expect(buildSyntheticFeed({ articles: 500, events: 48, seed: 3 })).to.deep.equal(feed);
    expect(buildSyntheticFeed({ articles: 500, events: 48, seed: 4 })).not.to.deep.equal(feed);
    expect(buildSyntheticFeed().items.length).to.equal(1000);
    expect(buildSyntheticFeed({ articles: 0, events: 0 }).items).to.deep.equal([]);
  });

  it('builds 20,000 articles with unique ids', () => {
    const feed = buildSyntheticFeed({ articles: 20000 });
    expect(feed.items.length).to.equal(20000);
    expect(new Set(feed.items.map((i) => i.id)).size).to.equal(20000);
  });

  it('has future events of every status and attendance, and French text worth indexing', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const feed = buildSyntheticFeed({ articles: 400, events: 24, now });
    const events = eventsOf(feed);
    expect(new Set(events.map((i) => ev(i).status))).to.have.keys(['scheduled', 'cancelled', 'postponed', 'full']);
    expect(new Set(events.map((i) => ev(i).attendance))).to.have.keys(['offline', 'online', 'mixed']);
    for (const i of events) {
      const e = ev(i);
      expect(Date.parse(e.start)).to.be.greaterThan(now.getTime());
      if (e.attendance !== 'offline') expect(e.remote?.channels.length, i.id).to.be.greaterThan(0);
      if (e.status === 'full') expect(e.capacity?.remaining, i.id).to.equal(0);
      const p = parisParts(new Date(e.start));
      expect(e.start.slice(0, 16)).to.equal(`${dateOf(p)}T${pad(p.hour)}:${pad(p.minute)}`);
    }
    for (const a of articlesOf(feed)) expect(Date.parse(a.date_published!)).to.be.at.most(now.getTime());

    const articles = articlesOf(feed);
    expect(articles.some((a) => (a.title ?? '').length > 150)).to.equal(true);
    expect(new Set(articles.map((a) => a._roseup?.category?.id)).size).to.be.at.least(4);
    const text = articles.map((a) => `${a.title} ${a.summary} ${a.content_text}`).join('\n');
    for (const word of ["l'immunothérapie", "d'hormonothérapie", 'cœur', 'sœur', 'métastases', 'touchées', 'patientes']) {
      expect(text, word).to.include(word);
    }
  });
});

describe('strict schema', () => {
  it('rejects a deliberately broken copy of the sample feed', async () => {
    const feed = buildSampleFeed({ now: new Date('2026-01-29T12:00:00Z') });
    const fixed = withResolvedImages(feed, feed.feed_url!);
    await expectValid(fixed, 'the copy before breaking it');
    const broken = structuredClone(fixed) as unknown as { version: string; items: Array<Record<string, unknown>> };
    broken.version = 'https://jsonfeed.org/version/9';
    delete broken.items[0].id;
    broken.items[1].date_published = 'hier';
    broken.items[2].colour = 'rose';
    const { valid, errors } = await validate(broken);
    expect(valid).to.equal(false);
    const joined = errors.join('\n');
    expect(joined).to.include('/version');
    expect(joined).to.include('/items/0');
    expect(joined).to.include('/items/1/date_published');
    expect(joined).to.include('/items/2');
  });
});
