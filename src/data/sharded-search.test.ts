// The sharded search client against real HTTP: the index under test/fixtures/static-feed/ was
// built by `roseup-feed build` (scripts/build-static-feed-fixture.mjs) from
// test/fixtures/static-feed-corpus/, and is served by the test server as static files; failures
// (hangs, broken shards) come from the mock feed server (test/server/mock-feed-server.mjs).
import { expect } from '@open-wc/testing';
import { FeedError } from './errors.js';
import { fetchTextSimple, highlightHit, openShardedSearch, type FetchText } from './sharded-search.js';

const FIXTURE = new URL('/test/fixtures/static-feed/', location.href).href;
let manifestUrl = '';

before(async () => {
  const feed = await (await fetch(`${FIXTURE}feed.json`)).json();
  // The fixture was built for another host: its manifest's name is what matters here.
  const name = new URL(feed._roseup.search_index_url).pathname.split('/').pop();
  manifestUrl = `${FIXTURE}search/${name}`;
});

/** The default fetch, counting requests. */
function counting(): { fetchText: FetchText; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetchText: (url, signal) => {
      urls.push(url);
      return fetchTextSimple(url, signal);
    },
  };
}

const titles = async (query: string) => (await openShardedSearch(manifestUrl).search(query)).map((hit) => hit.item.title);

async function register(key: string, body: string) {
  await fetch(`/mock/register?key=${encodeURIComponent(key)}&type=application%2Fjson`, { method: 'POST', body });
}
const mockUrl = (key: string, query = '') => new URL(`/mock/feed?key=${key}${query}`, location.href).href;
const manifestWith = (shards: Record<string, string>) =>
  JSON.stringify({ version: 1, documents: 3, k: 100, shards, split: [] });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('openShardedSearch: French matching over shards built by roseup-feed', () => {
  it('folds accents, elisions and typographic apostrophes', async () => {
    for (const query of ['immunotherapie', 'l’immunothérapie', "L'IMMUNOTHÉRAPIE"]) {
      expect((await titles(query)).sort(), query).to.deep.equal(['Conférence sur l’immunothérapie', 'L’immunothérapie expliquée aux patientes']);
    }
  });

  it('folds œ', async () => {
    expect((await titles('lymphoedeme'))[0]).to.equal('Le lymphœdème après un cancer du sein');
    expect((await titles('lymphœdème'))[0]).to.equal('Le lymphœdème après un cancer du sein');
  });

  it('matches plurals (hôpital finds hôpitaux)', async () => {
    expect(await titles('hôpital')).to.include('Les hôpitaux de jour en région');
  });

  it('finds a hyphenated compound written as one word (roseup-feed indexes it both ways)', async () => {
    // Article 13's summary: "…, et la socio-esthétique".
    for (const query of ['socioesthétique', 'socio-esthétique', 'socio esthétique', 'socioesth']) {
      expect(await titles(query), query).to.deep.equal(['Les hôpitaux de jour en région']);
    }
  });

  it('matches the word being typed as a prefix', async () => {
    expect((await titles('chimio'))[0]).to.equal('Chimiothérapie : les effets secondaires');
    // "trait" is under a key the build split ("traitement"): still one shard.
    expect(await titles('trait')).to.include('Retrouver le sommeil après les traitements');
  });

  it('tolerates a typo in words of five letters or more', async () => {
    expect((await titles('chimioterapie'))[0]).to.equal('Chimiothérapie : les effets secondaires');
    expect(await titles('imunothérapie')).to.include('L’immunothérapie expliquée aux patientes');
    expect(await titles('chimi zzzz')).to.include('Chimiothérapie : les effets secondaires');
  });

  it('tolerates two swapped letters as one typo, in the key of the shard too', async () => {
    expect((await titles('lymphœdème cnacer'))[0]).to.equal('Le lymphœdème après un cancer du sein');
    expect(await titles('cnacer')).to.include('Le lymphœdème après un cancer du sein');
    expect(await titles('cnacre')).to.deep.equal([]);
  });

  it('tolerates a typo in the word being typed, before it is complete', async () => {
    expect(await titles('imuno')).to.include('L’immunothérapie expliquée aux patientes');
    expect((await titles('chimiotéra'))[0]).to.equal('Chimiothérapie : les effets secondaires');
    // A whole word with a typo keeps the shard of the word it is near ("cancer", not "cancereu").
    expect(await titles('canser')).to.include('Le lymphœdème après un cancer du sein');
  });

  it('requires every word, and falls back to some of them', async () => {
    const both = await titles('immunothérapie conférence');
    expect(both).to.deep.equal(['Conférence sur l’immunothérapie']);
    const some = await titles('immunothérapie xylophone');
    expect(some).to.include('L’immunothérapie expliquée aux patientes');
  });

  it('returns hits that render without the item: kind, link, category, date, terms to highlight', async () => {
    const [hit] = await openShardedSearch(manifestUrl).search('immunothérapie expliquée');
    expect(hit.item.kind).to.equal('article');
    expect(hit.item.url).to.match(/^https:\/\/magazine\.example\/articles\/\d+\/$/);
    expect(hit.item.category?.label).to.be.a('string');
    expect(hit.item.datePublished).to.be.instanceOf(Date);
    expect(hit.terms).to.include('immunotherapi');
    const [start, end] = highlightHit(hit)[0];
    expect(hit.item.title.slice(start, end)).to.equal('immunothérapie');

    const [event] = await openShardedSearch(manifestUrl).search('yoga');
    expect(event.item.kind).to.equal('event');
    if (event.item.kind !== 'event') throw new Error('not an event');
    expect(event.item.start.toISOString()).to.equal('2026-01-16T17:00:00.000Z');
    expect(event.item.timeZone).to.equal('Europe/Paris');
  });

  it('leaves past events out of the index', async () => {
    const hits = await openShardedSearch(manifestUrl).search('groupe parole');
    expect(hits.map((hit) => hit.item.title)).not.to.include('Groupe de parole (passé)');
  });

  it('returns nothing, without a request, for an empty query or stop words only', async () => {
    const { fetchText, urls } = counting();
    const search = openShardedSearch(manifestUrl, { fetchText });
    expect(await search.search('')).to.deep.equal([]);
    expect(await search.search('à la')).to.deep.equal([]);
    expect(await search.search('Comment ? Pourquoi ?')).to.deep.equal([]);
    expect(urls).to.deep.equal([]);
  });
});

/**
 * A search over one hand-made shard: `terms` as roseup-feed writes them (stem → postings of
 * [df, doc, score×100…]), documents 0, 1, 2… titled `titles`.
 */
function oneShard(key: string, terms: Record<string, number[]>, titles: string[]) {
  return someShards({ [key]: terms }, [], titles);
}

/** The same with several shards (key → terms), `split` naming the split keys. */
function someShards(shards: Record<string, Record<string, number[]>>, split: string[], titles: string[]) {
  const docs = Object.fromEntries(titles.map((title, n) => [n, ['a', `https://example.org/${n}/`, title, '=', '', '', '2026-01-01T00:00:00Z', '']]));
  const files: Record<string, string> = {
    'https://index.example/search/index.json': JSON.stringify({
      version: 1,
      documents: titles.length,
      k: 100,
      shards: Object.fromEntries(Object.keys(shards).map((key) => [key, `${key}.json`])),
      split,
    }),
  };
  for (const [key, terms] of Object.entries(shards)) {
    files[`https://index.example/search/${key}.json`] = JSON.stringify({ version: 1, key, terms, docs });
  }
  return openShardedSearch('https://index.example/search/index.json', { fetchText: async (url) => files[url] });
}

describe('openShardedSearch: ranking', () => {
  it('ranks every document with the word as typed above documents found only through a typo, title or not', async () => {
    // Document 0 has "douceur" in its title (score 3.00), one letter from "douleur", which six
    // documents have in their summary (1.00 each).
    const pain = ['Soulager la radiothérapie', 'Après la chirurgie', 'Neuropathies', 'Dormir', 'L’algologue', 'Reprendre une activité'];
    const search = oneShard('dou', { douceu: [1, 0, 300], douleu: [6, 1, 100, 2, 100, 3, 100, 4, 100, 5, 100, 6, 100] }, ['Un moment de douceur', ...pain]);
    for (const query of ['douleur', 'douleurs', 'douleur xylophone']) {
      const found = (await search.search(query, { limit: 10 })).map((hit) => hit.item.title);
      expect(found.slice(0, pain.length), query).to.have.members(pain);
      expect(found[pain.length], query).to.equal('Un moment de douceur');
    }
    expect((await search.search('douceurs'))[0].item.title).to.equal('Un moment de douceur');
  });

  it('does not let a typo neighbour in one document lift it above documents with the word as typed', async () => {
    const search = oneShard('dou', { douleu: [2, 0, 300, 1, 300], douceu: [1, 0, 100] }, ['La douleur (douceur)', 'La douleur']);
    const [first, second] = await search.search('douleur');
    expect(first.score).to.equal(second.score);
    expect(first.terms).to.deep.equal(['douleu']);
  });
});

describe('openShardedSearch: the shard of a word with a typo', () => {
  const titles = ['Le cancer', 'Les cellules cancéreuses', 'Tout savoir sur l’immunothérapie', 'Le chat'];
  const search = () =>
    someShards(
      { cancer: { cancer: [1, 0, 300] }, cancereu: { cancereu: [1, 1, 300] }, imm: {}, immunotherapi: { immunotherapi: [1, 2, 300] }, cha: { chat: [1, 3, 300] } },
      ['cancer', 'imm'],
      titles,
    );

  it('is the shard of the word it is near ("canser": cancer, not cancereu)', async () => {
    expect((await search().search('canser')).map((hit) => hit.item.title)[0]).to.equal('Le cancer');
  });

  it('for a word being typed, a longer key that begins with it give or take the typo ("imuno": immunotherapi)', async () => {
    expect((await search().search('imuno')).map((hit) => hit.item.title)).to.deep.equal(['Tout savoir sur l’immunothérapie']);
  });
});

describe('openShardedSearch: requests', () => {
  it('fetches the manifest and one shard for one word, then nothing for the same word', async () => {
    const { fetchText, urls } = counting();
    const search = openShardedSearch(manifestUrl, { fetchText });
    await search.search('immunothérapie');
    expect(urls.length).to.equal(2);
    expect(urls[0]).to.equal(manifestUrl);
    expect(urls[1]).to.match(/\/search\/immunotherapi\.[0-9a-f]+\.json$/);
    await search.search('immunothérapie');
    expect(urls.length).to.equal(2);
    // A second word costs its own shard only.
    await search.search('lymphœdème immunothérapie');
    expect(urls.length).to.equal(3);
  });

  it('shares one fetch between concurrent queries', async () => {
    const { fetchText, urls } = counting();
    const search = openShardedSearch(manifestUrl, { fetchText });
    await Promise.all([search.search('chimio'), search.search('chimio'), search.search('chimiothérapie')]);
    expect(urls.length).to.equal(2);
  });

  it('aborts: before the query, and during a shard that never arrives (the request is dropped)', async () => {
    const key = `sharded-hang-${Date.now()}`;
    await register(key, manifestWith({ x: mockUrl(`${key}-shard`, '&hang=1') }));
    const search = openShardedSearch(mockUrl(key));
    const already = new AbortController();
    already.abort();
    expect((await rejection(search.search('xylophone', { signal: already.signal })) as Error).name).to.equal('AbortError');

    const controller = new AbortController();
    const pending = search.search('xylophone', { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    const error = (await rejection(pending)) as Error;
    expect(error.name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await (await fetch(`/mock/hits?key=${key}-shard`)).json()).dropped).to.equal(1);
  });

  it('keeps a shared fetch going while another query still wants it', async () => {
    const key = `sharded-shared-${Date.now()}`;
    const shard = { version: 1, key: 'x', terms: { xylophon: [1, 0, 500] }, docs: { 0: ['a', 'https://example.org/x/', 'Le xylophone', '=', '', '', '2026-01-01T00:00:00Z', ''] } };
    await register(`${key}-shard`, JSON.stringify(shard));
    await register(key, manifestWith({ x: mockUrl(`${key}-shard`, '&delay=300') }));
    const search = openShardedSearch(mockUrl(key));
    const controller = new AbortController();
    const abandoned = search.search('xylophone', { signal: controller.signal });
    const kept = search.search('xylophone');
    setTimeout(() => controller.abort(), 100);
    expect(((await rejection(abandoned)) as Error).name).to.equal('AbortError');
    const hits = await kept;
    expect(hits.map((hit) => hit.item.title)).to.deep.equal(['Le xylophone']);
    expect(hits[0].item.url).to.equal('https://example.org/x/');
    const counts = await (await fetch(`/mock/hits?key=${key}-shard`)).json();
    expect({ hits: counts.hits, dropped: counts.dropped }).to.deep.equal({ hits: 1, dropped: 0 });
  });

  it('treats a broken shard or manifest as a FeedError', async () => {
    const key = `sharded-broken-${Date.now()}`;
    await register(`${key}-text`, 'pas du JSON');
    await register(`${key}-shape`, JSON.stringify({ version: 1, key: 'x', terms: { xylophon: ['a'] }, docs: {} }));
    await register(key, manifestWith({ x: mockUrl(`${key}-text`), y: mockUrl(`${key}-shape`), z: mockUrl(`${key}-gone`, '&status=500') }));
    const search = openShardedSearch(mockUrl(key));
    const cases: Array<[string, string]> = [
      ['xylophone', 'parse'],
      ['yaourt', 'invalid'],
      ['zèbre', 'http'],
    ];
    for (const [query, kind] of cases) {
      const error = await rejection(search.search(query));
      expect(error, query).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind, query).to.equal(kind);
    }
    await register(`${key}-manifest`, JSON.stringify({ version: 99 }));
    const broken = await rejection(openShardedSearch(mockUrl(`${key}-manifest`)).search('xylophone'));
    expect((broken as FeedError).kind).to.equal('invalid');
  });

  it('refuses a manifest or a shard nested more than 64 levels deep before JSON.parse, as the feed is', async () => {
    // 900,000 nested arrays (1.8 MB, under the 2 MB limit): JSON.parse alone would be a task of
    // most of a second when the visitor first types in the field.
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const key = `sharded-deep-${Date.now()}`;
    await register(`${key}-shard`, `{"version":1,"key":"w","terms":{"wagon":${deep(900_000)}},"docs":{}}`);
    await register(key, manifestWith({ w: mockUrl(`${key}-shard`) }));
    await register(`${key}-manifest`, `{"version":1,"documents":3,"shards":{},"split":${deep(900_000)}}`);
    for (const [url, query] of [
      [mockUrl(key), 'wagon'],
      [mockUrl(`${key}-manifest`), 'wagon'],
    ]) {
      const error = (await rejection(openShardedSearch(url).search(query))) as FeedError;
      expect(error, url).to.be.instanceOf(FeedError);
      expect(error.kind, url).to.equal('invalid');
      expect(error.message, url).to.contain('levels deep');
    }
  });
});
