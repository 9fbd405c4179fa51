import { expect } from '@open-wc/testing';
import { parseFeedTextInSlices, safeUrl, tooDeepAt, trustedSearchUrl } from './feed-parser.js';
import { normalizeFeed, parseFeedText } from './normalize-feed.js';
import { FeedError } from './errors.js';
import type { RoseUpEvent } from './types.js';

const FIXTURES = '/test/fixtures/jsonfeed';
const BASE = 'https://feeds.example.org/roseup/feed.json';

async function fixture(path: string): Promise<string> {
  const res = await fetch(`${FIXTURES}/${path}`);
  if (!res.ok) throw new Error(`missing fixture ${path}`);
  return res.text();
}

function expectFeedError(fn: () => unknown, kind: FeedError['kind']): FeedError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal(kind);
    return error as FeedError;
  }
  throw new Error(`expected a FeedError(${kind})`);
}

const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test',
  items,
  ...extra,
});

const article = (over: Record<string, unknown> = {}) => ({
  id: 'https://www.rose-up.fr/magazine/a/',
  url: 'https://www.rose-up.fr/magazine/a/',
  title: 'Un article',
  ...over,
});

describe('feed parser: third-party examples all parse', () => {
  const examples = [
    'schemastore-src-test-feed-microblog.json',
    'schemastore-src-test-feed-podcast.json',
    'schemastore-src-test-feed-simple.json',
    'sonicdoe-example-v1.1-microblog.json',
    'sonicdoe-example-v1.1-podcast.json',
    'sonicdoe-example-v1.1-simple.json',
  ];
  for (const name of examples) {
    it(`parses ${name}: every item kept, or skipped only when it has no text at all`, async () => {
      const text = await fixture(`examples/${name}`);
      const raw = JSON.parse(text);
      const result = parseFeedText(text, BASE);
      expect(result.items.length + result.skipped.length).to.equal(raw.items.length);
      expect(result.items.length).to.be.greaterThan(0);
      for (const skipped of result.skipped) expect(skipped.reason).to.equal('item has neither a title nor any text');
      for (const item of result.items) {
        expect(item.title).to.be.a('string').and.not.equal('');
        expect(item.kind).to.equal('article');
      }
    });
  }
});

describe('feed parser: robustness corpus (parses with broken parts skipped, or fails with the right kind)', () => {
  it('invalid-invalid.json (truncated) fails with kind "parse"', async () => {
    const text = await fixture('robustness/invalid-invalid.json');
    expectFeedError(() => parseFeedText(text, BASE), 'parse');
  });

  it('issue_355_first_author.json (null feed author) parses with no items', async () => {
    const result = parseFeedText(await fixture('robustness/invalid-issue_355_first_author.json'), BASE);
    expect(result.items).to.have.length(0);
    expect(result.title).to.equal('Null elements');
  });

  it('issue_355_later_author.json (null later feed author) parses', async () => {
    const result = parseFeedText(await fixture('robustness/invalid-issue_355_later_author.json'), BASE);
    expect(result.items).to.have.length(0);
  });

  it('issue_355_first_item.json (null item) parses with the item skipped and reported', async () => {
    const result = parseFeedText(await fixture('robustness/invalid-issue_355_first_item.json'), BASE);
    expect(result.items).to.have.length(0);
    expect(result.skipped).to.have.length(1);
    expect(result.skipped[0]).to.include({ index: 0, reason: 'item is not an object' });
  });

  it('issue_355_later_item.json (good item then null) keeps the good one, skips the null', async () => {
    const result = parseFeedText(await fixture('robustness/invalid-issue_355_later_item.json'), BASE);
    expect([...result.items].map((i) => i.id)).to.deep.equal(['a']);
    expect(result.skipped.map((s) => s.index)).to.deep.equal([1]);
  });

  it('issue_355_first_item_author.json (null item author) keeps the item without the author', async () => {
    const result = parseFeedText(await fixture('robustness/invalid-issue_355_first_item_author.json'), BASE);
    expect(result.items).to.have.length(1);
    expect(result.items.at(0)!.authors).to.deep.equal([]);
    expect(result.items.at(0)!.title).to.equal('text');
  });

  it('issue_355_later_item_author.json keeps both items and the valid author', async () => {
    const result = parseFeedText(await fixture('robustness/invalid-issue_355_later_item_author.json'), BASE);
    expect(result.items).to.have.length(2);
    expect(result.items.at(1)!.authors.map((a) => a.name)).to.deep.equal(['Alice']);
  });

  it('json11_full.json ("version": "1.1") parses', async () => {
    const result = parseFeedText(await fixture('robustness/json11_full.json'), BASE);
    expect(result.items.length).to.be.greaterThan(0);
    expect(result.nextUrl).to.equal('https://sample-json-feed.com/feed.json?next=500');
  });

  it('version_json_10.json ("version": "1.0", singular author) parses with the author', async () => {
    const result = parseFeedText(await fixture('robustness/version_json_10.json'), BASE);
    expect(result.items.length).to.be.greaterThan(0);
    expect(result.items.at(0)!.authors[0]?.name).to.be.a('string');
  });

  it('version_json_11.json parses', async () => {
    const result = parseFeedText(await fixture('robustness/version_json_11.json'), BASE);
    expect(result.items.length).to.be.greaterThan(0);
  });

  it('version_json_11_deprecated_author.json parses', async () => {
    const result = parseFeedText(await fixture('robustness/version_json_11_deprecated_author.json'), BASE);
    expect(result.items.length).to.be.greaterThan(0);
  });
});

describe('feed parser: documents that are not feeds', () => {
  it('rejects non-JSON with kind "parse"', () => {
    expectFeedError(() => parseFeedText('<!doctype html><html>', BASE), 'parse');
  });
  it('rejects JSON without items with kind "invalid"', () => {
    expectFeedError(() => normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x' }, BASE), 'invalid');
  });
  it('rejects an unknown version with kind "invalid"', () => {
    expectFeedError(() => normalizeFeed({ version: 'https://example.org/rss', items: [] }, BASE), 'invalid');
  });
  it('rejects arrays, null, numbers and strings with kind "invalid"', () => {
    for (const value of [[], null, 42, 'feed']) expectFeedError(() => normalizeFeed(value, BASE), 'invalid');
  });
  it('accepts the 1.0 and 1.1 version URLs and the bare "1.1"', () => {
    for (const version of ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1', '1.1']) {
      expect(normalizeFeed({ version, items: [] }, BASE).items).to.have.length(0);
    }
  });
  it('tolerates a byte-order mark', () => {
    expect(parseFeedText('\uFEFF' + JSON.stringify(feed([article()])), BASE).items).to.have.length(1);
  });
});

describe('feed parser: nesting depth checked before JSON.parse', () => {
  const deep = (n: number) => `{"version":"1.1","items":[],"x":${'['.repeat(n)}${']'.repeat(n)}}`;

  it('refuses 2.4 million nested arrays (4.8 MB) with kind "invalid", quickly', () => {
    const body = '['.repeat(2_400_000) + ']'.repeat(2_400_000);
    const error = expectFeedError(() => parseFeedText(body, BASE), 'invalid');
    expect(error.message).to.contain('more than 64 levels deep');
  });

  it('refuses a feed with a value nested 65 levels deep and accepts 64', async () => {
    // deep(n) is n arrays inside the document's object: n + 1 levels.
    expect(expectFeedError(() => parseFeedText(deep(64), BASE), 'invalid').message).to.contain('64 levels');
    expect(parseFeedText(deep(63), BASE).items).to.have.length(0);
    await parseFeedTextInSlices(deep(64), BASE).then(
      () => expect.fail('should reject'),
      (error: FeedError) => expect(error.kind).to.equal('invalid'),
    );
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    // The JSON text of the title: 100 "[", an escaped quote, 100 "{", an escaped backslash.
    const title = `${'['.repeat(100)}\\"${'{'.repeat(100)}\\\\`;
    const body = `{"version":"1.1","items":[{"id":"a","title":"${title}"}]}`;
    expect(parseFeedText(body, BASE).items.at(0)!.title).to.equal(JSON.parse(`"${title}"`));
    expect(tooDeepAt(`["\\"${'['.repeat(70)}`)).to.equal(-1); // an escaped quote: still in the string
    expect(tooDeepAt(`["\\\\"${'['.repeat(70)}`)).to.equal(68); // an escaped backslash: the string ends
  });
});

describe('feed parser: RoseUp extension', () => {
  const event = (ev: Record<string, unknown>, over: Record<string, unknown> = {}) =>
    article({
      id: 'https://www.rose-up.fr/agenda/qi-gong/#2026-01-30T10:00',
      title: 'Qi Gong',
      _roseup: { kind: 'event', event: ev },
      ...over,
    });

  it('reads the links of a static feed, resolved against the feed, templates kept', () => {
    const result = normalizeFeed(
      feed([article()], {
        _roseup: {
          item_url: 'items/{key}.json',
          events_url: 'events.json',
          search_index_url: 'https://cdn.example/search/index.1a2b.json',
          category_url: 'categories/{category}.json',
        },
      }),
      BASE,
    );
    expect(result.itemUrl).to.equal('https://feeds.example.org/roseup/items/{key}.json');
    expect(result.eventsUrl).to.equal('https://feeds.example.org/roseup/events.json');
    expect(result.searchIndexUrl).to.equal('https://cdn.example/search/index.1a2b.json');
    expect(result.categoryUrl).to.equal('https://feeds.example.org/roseup/categories/{category}.json');
  });

  it('drops links that are not http(s) or templates without their placeholder in the path', () => {
    const result = normalizeFeed(
      feed([article()], {
        _roseup: {
          item_url: 'javascript:alert(1)//{key}',
          events_url: 'data:application/json,{}',
          search_index_url: 42,
          category_url: 'https://cdn.example/categories.json?c={category}',
        },
      }),
      BASE,
    );
    expect(result.itemUrl).to.equal(undefined);
    expect(result.eventsUrl).to.equal(undefined);
    expect(result.searchIndexUrl).to.equal(undefined);
    expect(result.categoryUrl).to.equal(undefined);
    expect(normalizeFeed(feed([article()], { _roseup: { item_url: 'items/{key}/{key}.json' } }), BASE).itemUrl).to.equal(undefined);
  });

  it('reads categories, formats, reading time, authors with role and bio', () => {
    const result = normalizeFeed(
      feed([
        article({
          authors: [{ name: 'Emilie Groyer', _roseup: { role: 'Rédactrice en chef', bio: 'Biologiste.' } }],
          _roseup: {
            kind: 'article',
            image_alt: '',
            category: { id: 'cancers-metastatiques', label: 'Cancers métastatiques' },
            format: { id: 'tout-savoir-sur', label: 'Tout savoir sur' },
            reading_minutes: 6,
          },
        }),
      ]),
      BASE,
    );
    const item = result.items.at(0)!;
    expect(item.kind).to.equal('article');
    expect(item.category).to.deep.equal({ id: 'cancers-metastatiques', label: 'Cancers métastatiques' });
    expect(item.format?.label).to.equal('Tout savoir sur');
    expect(item.kind === 'article' && item.readingMinutes).to.equal(6);
    expect(item.authors[0]).to.deep.include({ name: 'Emilie Groyer', role: 'Rédactrice en chef', bio: 'Biologiste.' });
  });

  it('reads an event with its Paris-time start, status, attendance, place, capacity and practical info', () => {
    const result = normalizeFeed(
      feed([
        event({
          start: '2026-01-30T10:00:00+01:00',
          end: '2026-01-30T11:00:00+01:00',
          time_zone: 'Europe/Paris',
          status: 'full',
          attendance: 'mixed',
          location: { name: 'Maison RoseUp Paris', locality: 'Paris', postal_code: '75011', country: 'FR' },
          remote: { channels: ['phone', 'video', 'pigeon'] },
          registration: { url: '/inscription', required: true, free: true },
          capacity: { maximum: 12, remaining: 0 },
          practical_info: ['Certificat médical obligatoire', 42, ''],
        }),
      ]),
      BASE,
    );
    const item = result.items.at(0)! as RoseUpEvent;
    expect(item.kind).to.equal('event');
    expect(item.start.toISOString()).to.equal('2026-01-30T09:00:00.000Z');
    expect(item.end?.toISOString()).to.equal('2026-01-30T10:00:00.000Z');
    expect(item.status).to.equal('full');
    expect(item.attendance).to.equal('mixed');
    expect(item.location?.name).to.equal('Maison RoseUp Paris');
    expect(item.remoteChannels).to.deep.equal(['phone', 'video']);
    expect(item.registration).to.deep.equal({ url: 'https://feeds.example.org/inscription', required: true, free: true });
    expect(item.capacity).to.deep.equal({ maximum: 12, remaining: 0 });
    expect(item.practicalInfo).to.deep.equal(['Certificat médical obligatoire']);
  });

  it('drops remaining places when they exceed the maximum (the feed contradicts itself), and keeps consistent counts', () => {
    const capacityOf = (capacity: unknown) =>
      (normalizeFeed(feed([event({ start: '2026-01-30T10:00:00+01:00', capacity })]), BASE).items.at(0) as RoseUpEvent).capacity;
    expect(capacityOf({ maximum: 2, remaining: 5 })).to.deep.equal({ maximum: 2, remaining: undefined });
    expect(capacityOf({ maximum: 5, remaining: 5 })).to.deep.equal({ maximum: 5, remaining: 5 });
    expect(capacityOf({ remaining: 3 })).to.deep.equal({ maximum: undefined, remaining: 3 });
    expect(capacityOf({ maximum: 12 })).to.deep.equal({ maximum: 12, remaining: undefined });
  });

  it('skips an event without a valid start, keeping the others', () => {
    const result = normalizeFeed(
      feed([event({ start: 'demain matin' }), event({ start: '2026-01-30T10:00:00+01:00' }, { id: 'ok' })]),
      BASE,
    );
    expect([...result.items].map((i) => i.id)).to.deep.equal(['ok']);
    expect(result.skipped[0].reason).to.equal('event has no valid start date');
  });

  it('skips an event whose start is outside 1900-2200, and drops such a publication date, keeping the item', () => {
    const result = normalizeFeed(
      feed([
        event({ start: '9999-12-31T23:59:60Z' }, { id: 'far' }),
        event({ start: '0000-01-01T00:00:00Z' }, { id: 'zero' }),
        event({ start: '2026-01-30T10:00:00+01:00', end: '9999-12-31T23:59:60Z' }, { id: 'ok', date_published: '0000-01-01T00:00:00Z' }),
        article({ id: 'a', date_published: '9999-12-31T23:59:60Z', date_modified: '2026-01-30T10:00:00Z' }),
      ]),
      BASE,
    );
    expect([...result.items].map((i) => i.id)).to.deep.equal(['ok', 'a']);
    expect(result.skipped.map((s) => [s.id, s.reason])).to.deep.equal([
      ['far', 'event has no valid start date'],
      ['zero', 'event has no valid start date'],
    ]);
    const [ok, a] = result.items;
    expect((ok as RoseUpEvent).end).to.equal(undefined);
    expect(ok.datePublished).to.equal(undefined);
    expect(a.datePublished).to.equal(undefined);
    expect(a.dateModified?.toISOString()).to.equal('2026-01-30T10:00:00.000Z');
  });

  it('falls back to sane values for unknown status and attendance', () => {
    const item = normalizeFeed(feed([event({ start: '2026-01-30T10:00:00Z', status: 'exploded', attendance: 9 })]), BASE)
      .items.at(0)! as RoseUpEvent;
    expect(item.status).to.equal('scheduled');
    expect(item.attendance).to.equal('offline');
  });

  it('reads suggestions, search and agenda URLs', () => {
    const result = normalizeFeed(
      feed([], {
        _roseup: {
          schema: 1,
          search_url: 'https://www.rose-up.fr/recherche/',
          agenda_url: 'javascript:alert(1)',
          suggestions: [{ label: 'Soin de support', query: 'soin de support' }, { label: 42 }, null],
        },
      }),
      BASE,
    );
    expect(result.searchUrl).to.equal('https://www.rose-up.fr/recherche/');
    expect(result.agendaUrl).to.equal(undefined);
    expect(result.suggestions).to.deep.equal([{ label: 'Soin de support', query: 'soin de support' }]);
  });

  it('keeps search_url only on https, on the feed\'s own origin or on RoseUp\'s site (a hostile feed cannot collect queries)', () => {
    const searchUrl = (value: unknown, base = BASE) => normalizeFeed(feed([], { _roseup: { search_url: value } }), base).searchUrl;
    // Accepted: RoseUp's site, the feed's own origin, a relative path on an https feed.
    expect(searchUrl('https://www.rose-up.fr/recherche/')).to.equal('https://www.rose-up.fr/recherche/');
    expect(searchUrl('https://rose-up.fr/recherche/?from=feed')).to.equal('https://rose-up.fr/recherche/?from=feed');
    expect(searchUrl('https://feeds.example.org/recherche/')).to.equal('https://feeds.example.org/recherche/');
    expect(searchUrl('/recherche/')).to.equal('https://feeds.example.org/recherche/');
    // Refused: another site, cleartext, look-alike hosts, another port, and an http feed's own origin.
    for (const hostile of [
      'http://other.example/collect',
      'https://other.example/collect',
      'http://www.rose-up.fr/recherche/',
      'https://www.rose-up.fr.evil.example/recherche/',
      'https://evil-rose-up.fr/recherche/',
      'https://www.rose-up.fr:8443/recherche/',
      'https://feeds.example.org:8443/recherche/',
      'https://sub.feeds.example.org/recherche/',
      '//other.example/collect',
      'javascript:alert(1)',
    ]) {
      expect(searchUrl(hostile), hostile).to.equal(undefined);
    }
    expect(searchUrl('/recherche/', 'http://feeds.example.org/feed.json')).to.equal(undefined);
    expect(trustedSearchUrl('https://www.rose-up.fr/recherche/', 'https://cdn.example/feed.json')).to.equal('https://www.rose-up.fr/recherche/');
  });

  it('skips duplicate ids after the first', () => {
    const result = normalizeFeed(feed([article(), article({ title: 'Copie' })]), BASE);
    expect(result.items).to.have.length(1);
    expect(result.skipped[0].reason).to.equal('duplicate id');
  });
});

describe('feed parser: hostile fields', () => {
  it('keeps markup as inert text, never as HTML', () => {
    const item = normalizeFeed(
      feed([article({ title: '<script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>' })]),
      BASE,
    ).items.at(0)!;
    expect(item.title).to.equal('<script>alert(1)</script>');
    expect(item.summary).to.equal('<img src=x onerror=alert(1)>');
  });

  it('drops javascript:, data:, vbscript: and credentialed URLs everywhere', () => {
    const bad = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'https://user:pw@evil.example/'];
    for (const url of bad) {
      const item = normalizeFeed(feed([article({ url, image: url, authors: [{ name: 'A', url }] })]), BASE).items.at(0)!;
      expect(item.url, url).to.equal(undefined);
      expect(item.image, url).to.equal(undefined);
      expect(item.authors[0].url, url).to.equal(undefined);
    }
  });

  it('resolves relative URLs against the feed URL', () => {
    const item = normalizeFeed(feed([article({ url: '../magazine/x/', image: 'img/x.jpg' })]), BASE).items.at(0)!;
    expect(item.url).to.equal('https://feeds.example.org/magazine/x/');
    expect(item.image).to.equal('https://feeds.example.org/roseup/img/x.jpg');
    expect(safeUrl('//cdn.example.org/a.png', BASE)).to.equal('https://cdn.example.org/a.png');
  });

  it('caps very long strings and drops empty ones', () => {
    const item = normalizeFeed(feed([article({ title: 'a'.repeat(100000), summary: '   ' })]), BASE).items.at(0)!;
    expect(item.title.length).to.be.at.most(500);
    expect(item.title.endsWith('…')).to.equal(true);
    expect(item.summary).to.equal(undefined);
  });

  it('drops fields of the wrong type without losing the item', () => {
    const item = normalizeFeed(
      feed([article({ summary: 42, tags: 'a,b', authors: 'Alice', image: {}, date_published: 12, _roseup: 'event' })]),
      BASE,
    ).items.at(0)!;
    expect(item.title).to.equal('Un article');
    expect(item.summary).to.equal(undefined);
    expect(item.tags).to.deep.equal([]);
    expect(item.authors).to.deep.equal([]);
    expect(item.image).to.equal(undefined);
    expect(item.datePublished).to.equal(undefined);
  });

  it('skips items with no id or no text and reports why', () => {
    const result = normalizeFeed(feed([{ title: 'Sans id' }, { id: 'x' }, 'string', article()]), BASE);
    expect(result.items).to.have.length(1);
    expect(result.skipped.map((s) => s.reason)).to.deep.equal([
      'item has no id',
      'item has neither a title nor any text',
      'item is not an object',
    ]);
  });

  it('reads an item with only content_html as readable text: entities decoded, script dropped, paragraphs kept', () => {
    const item = normalizeFeed(
      feed([{ id: 'https://cms.example/1', url: 'https://cms.example/1', content_html: '<p>Caf&eacute; &amp; th&eacute; pendant la chimio&nbsp;!</p><script>var x=1;</script><p>Deuxi&egrave;me paragraphe.</p>' }]),
      BASE,
    ).items.at(0)!;
    expect(item.title).to.equal('Café & thé pendant la chimio ! Deuxième paragraphe.');
    expect(item.contentText).to.equal('Café & thé pendant la chimio\u00a0!\n\nDeuxième paragraphe.');
  });

  it('gives items without authors the feed’s authors (JSON Feed 1.1), and keeps an item’s own', () => {
    const parsed = normalizeFeed(
      feed([article({ id: 'https://x.example/1' }), article({ id: 'https://x.example/2', authors: [{ name: 'Autrice' }] })], {
        authors: [{ name: 'Brent Simmons' }],
      }),
      BASE,
    );
    expect([...parsed.items].map((i) => i.authors.map((a) => a.name))).to.deep.equal([['Brent Simmons'], ['Autrice']]);
  });

  it('keeps a language only when it is a language tag', () => {
    const parsed = normalizeFeed(
      feed([article({ id: 'https://x.example/1', language: 'en-GB' }), article({ id: 'https://x.example/2', language: 'fr" onclick="x' })], { language: 'français' }),
      BASE,
    );
    expect([...parsed.items].map((i) => i.language)).to.deep.equal(['en-GB', undefined]);
    expect(parsed.language).to.equal(undefined);
  });

  it('strips control characters and bidirectional overrides from text', () => {
    const item = normalizeFeed(feed([article({ title: 'Bon\u0000jour\u202E', summary: '\u2067txt.exe\u2069 \u202Dfdp.\u202C' })]), BASE).items.at(0)!;
    expect(item.title).to.equal('Bonjour');
    // An unterminated override could make the text after it (in the same line) read backwards.
    expect(item.summary).to.equal('txt.exe fdp.');
  });

  it('strips C1 control characters (U+0080 to U+009F), which fonts draw as boxes or nothing', () => {
    const item = normalizeFeed(feed([article({ title: 'Fatigue\u0085 et\u0099 repos\u009F', summary: 'A\u0080B' })]), BASE).items.at(0)!;
    expect(item.title).to.equal('Fatigue et repos');
    expect(item.summary).to.equal('AB');
    // The characters either side of the range are kept.
    expect(normalizeFeed(feed([article({ title: '~\u00A0é' })]), BASE).items.at(0)!.title).to.equal('~\u00A0é');
  });
});

describe('feed parser: big feeds read in slices', () => {
  const bigFeed = (count: number) =>
    JSON.stringify(
      feed(
        Array.from({ length: count }, (_, i): unknown =>
          article({
            id: `https://www.rose-up.fr/magazine/a-${i}/`,
            url: `/magazine/a-${i}/`,
            title: `Article ${i} sur la fatigue pendant les traitements`,
            summary: 'Des conseils concrets pour reprendre des forces. '.repeat(6),
            date_published: '2026-01-30T09:00:00+01:00',
            tags: ['Soins de support', 'Fatigue'],
            image: `/images/a-${i}.jpg`,
          }),
        ).concat([null, article({ id: 'https://www.rose-up.fr/magazine/a-0/' })]),
      ),
    );

  it('gives the same feed as the one-step parser, skipped items included', async () => {
    const body = bigFeed(300);
    const sliced = await parseFeedTextInSlices(body, BASE);
    const whole = parseFeedText(body, BASE);
    expect({ ...sliced, items: [...sliced.items] }).to.deep.equal({ ...whole, items: [...whole.items] });
    expect(sliced.items).to.have.length(300);
    expect(sliced.skipped.map((s) => s.reason)).to.deep.equal(['item is not an object', 'duplicate id']);
  });

  it('yields to the browser between slices on a 5,000-item feed, and stops when the checkpoint throws', async () => {
    // Items titled only by their HTML text: the costliest to screen (a titled item takes
    // microseconds, and 5,000 of them may fit in one slice).
    const body = JSON.stringify(
      feed(Array.from({ length: 5000 }, (_, i) => ({ id: `h-${i}`, content_html: `<p>Article ${i}&nbsp;: ${'<b>des conseils</b> concrets. '.repeat(40)}</p>` }))),
    );
    let yields = 0;
    const parsed = await parseFeedTextInSlices(body, BASE, () => yields++);
    expect(parsed.items).to.have.length(5000);
    expect(yields, 'returned to the event loop at least once').to.be.greaterThan(0);

    let calls = 0;
    const stop = new Error('stop');
    const stopped = await parseFeedTextInSlices(body, BASE, () => {
      calls++;
      throw stop;
    }).catch((error: unknown) => error);
    expect(stopped).to.equal(stop);
    expect(calls).to.equal(1);
  });

  it('fails the same way as the one-step parser', async () => {
    const error = await parseFeedTextInSlices('{"items": [', BASE).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('parse');
    const invalid = await parseFeedTextInSlices('{"items": []}', BASE).catch((e: unknown) => e);
    expect((invalid as FeedError).kind).to.equal('invalid');
  });
});

describe('feed parser: items are normalised when read, not all at once', () => {
  /** An item that counts how often the parser reads one of the fields only normalising needs. */
  function counted(id: string, reads: Map<string, number>, extra: Record<string, unknown> = {}) {
    const item: Record<string, unknown> = { id, title: `Titre ${id}`, ...extra };
    Object.defineProperty(item, 'date_published', {
      enumerable: true,
      get: () => {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        return '2026-01-30T09:00:00+01:00';
      },
    });
    return item;
  }

  it('reads only what decides whether an item is usable, then normalises an item once, when it is read', () => {
    const reads = new Map<string, number>();
    const items = Array.from({ length: 1000 }, (_, i) => counted(`a-${i}`, reads));
    const result = normalizeFeed(feed(items), BASE);
    expect(result.items).to.have.length(1000);
    expect(reads.size, 'no item normalised by reading the feed').to.equal(0);

    expect(result.items.get('a-500')!.title).to.equal('Titre a-500');
    expect(result.items.get('a-500')!.datePublished?.toISOString()).to.equal('2026-01-30T08:00:00.000Z');
    expect(result.items.at(0)!.id).to.equal('a-0');
    expect([...reads.entries()]).to.deep.equal([['a-500', 1], ['a-0', 1]]);
    expect(result.items.get('missing')).to.equal(undefined);
    expect(result.items.ids.slice(0, 2)).to.deep.equal(['a-0', 'a-1']);

    expect([...result.items]).to.have.length(1000);
    expect(reads.size).to.equal(1000);
    expect(Math.max(...reads.values()), 'each item normalised once').to.equal(1);
  });

  it('knows every skipped item at once, and lists the events apart from the articles', async () => {
    const event = (id: string, start: unknown) => article({ id, _roseup: { kind: 'event', event: { start } } });
    const result = await parseFeedTextInSlices(
      JSON.stringify(feed([article({ id: 'a' }), event('e1', '2026-02-03T14:00:00+01:00'), event('bad', 'soon'), null, article({ id: 'a' }), { id: 'x' }])),
      BASE,
    );
    expect(result.skipped.map((s) => [s.index, s.reason])).to.deep.equal([
      [2, 'event has no valid start date'],
      [3, 'item is not an object'],
      [4, 'duplicate id'],
      [5, 'item has neither a title nor any text'],
    ]);
    expect(result.items.ids).to.deep.equal(['a', 'e1']);
    const events = [...result.items.events()];
    expect(events.map((e) => [e.id, e.start.toISOString()])).to.deep.equal([['e1', '2026-02-03T13:00:00.000Z']]);
    expect([...result.items.ofKind('article')].map((item) => item.id)).to.deep.equal(['a']);
  });

  it('keeps the parsed order and ids when items are picked from a page', () => {
    const result = normalizeFeed(feed([article({ id: 'a' }), article({ id: 'b' }), article({ id: 'c' })]), BASE);
    const picked = result.items.pick([2, 0]);
    expect(picked.ids).to.deep.equal(["c", "a"]);
    expect(picked.at(0)).to.equal(result.items.at(2), 'the same normalised item, not a second copy');
    expect(picked.at(-1)!.id).to.equal('a');
  });
});

describe('feed items: the array methods code for an array of items uses', () => {
  const result = () => normalizeFeed(feed(['a', 'b', 'c', 'd'].map((id) => article({ id, title: `Titre ${id}` }))), BASE);

  it('slice, find, map and filter give what they give on an array', () => {
    const items = result().items;
    const array = [...items];
    expect(items.slice(1, 3)).to.deep.equal(array.slice(1, 3));
    expect(items.slice(-1).map((i) => i.id)).to.deep.equal(['d']);
    expect(items.find((i) => i.id === 'c')).to.equal(items.get('c'));
    expect(items.find((i) => i.id === 'z')).to.equal(undefined);
    expect(items.map((i, n) => `${n}:${i.id}`)).to.deep.equal(['0:a', '1:b', '2:c', '3:d']);
    expect(items.filter((i) => i.id !== 'b').map((i) => i.id)).to.deep.equal(['a', 'c', 'd']);
  });
});
