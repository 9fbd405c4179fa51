import { expect } from '@open-wc/testing';
import { STORAGE_PREFIX, configureFeedClient, loadFeed, onFeedResult, peekFeed, prefetchFeed, resetFeedClient } from './feed-client.js';
import { FeedPager } from './feed-pager.js';
import { FeedError, isAbortError } from './errors.js';
import { until } from '../../test/helpers/feeds.js';
import type { Feed } from './types.js';

let counter = 0;
const uniqueKey = (name: string) => `${name}-${Date.now()}-${counter++}`;
const feedUrl = (key: string, query = '') => new URL(`/mock/feed?key=${key}${query}`, location.href).href;
const hits = async (key: string): Promise<number> => (await (await fetch(`/mock/hits?key=${key}`)).json()).hits;
const dropped = async (key: string): Promise<number> => (await (await fetch(`/mock/hits?key=${key}`)).json()).dropped;
const serverSent = async (key: string): Promise<number> => (await (await fetch(`/mock/hits?key=${key}`)).json()).sent;

const doc = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [{ id: `https://www.rose-up.fr/${title}/`, title }],
    ...extra,
  });

async function register(key: string, body: string, type = 'application/feed+json') {
  await fetch(`/mock/register?key=${encodeURIComponent(key)}&type=${encodeURIComponent(type)}`, { method: 'POST', body });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('feed client (real HTTP against the test server)', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 20, timeoutMs: 2000 });
  });
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    resetFeedClient();
  });

  it('makes one request for 20 concurrent loads of the same URL', async () => {
    const key = uniqueKey('concurrent');
    await register(key, doc('partage'));
    const url = feedUrl(key, '&delay=100');
    const results = await Promise.all(Array.from({ length: 20 }, () => loadFeed(url)));
    expect(await hits(key)).to.equal(1);
    expect(new Set(results.map((r) => r.feed)).size).to.equal(1);
    expect(results[0].feed.title).to.equal('partage');
    expect(results[0].stale).to.equal(false);
  });

  it('reuses the fresh in-memory copy without a second request, and bypasses it with force', async () => {
    const key = uniqueKey('fresh');
    const url = feedUrl(key);
    await loadFeed(url);
    await loadFeed(url);
    expect(await hits(key)).to.equal(1);
    expect(peekFeed(url)?.feed.title).to.equal(`Mock ${key}`);
    await loadFeed(url, { force: true });
    expect(await hits(key)).to.equal(2);
  });

  it('times out with kind "timeout"', async () => {
    configureFeedClient({ timeoutMs: 200, retries: 2 });
    const key = uniqueKey('timeout');
    const error = await rejection(loadFeed(feedUrl(key, '&hang=1')));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('timeout');
    expect(await hits(key)).to.equal(1);
  });

  it('times out a body that trickles in after the headers (a byte every 50 ms), closing the connection', async () => {
    configureFeedClient({ timeoutMs: 400 });
    const key = uniqueKey('trickle');
    const started = performance.now();
    const error = (await rejection(loadFeed(feedUrl(key, '&trickle=50')))) as FeedError;
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(1500);
    await until(async () => (await dropped(key)) === 1, 'the server to see the connection closed');
    expect(await hits(key)).to.equal(1);
  });

  it('reports a redirect loop, a CORS refusal and a lying Content-Length as kind "network"; a 204 without body and UTF-16 as "parse"', async () => {
    const other = (url: string) => url.replace(location.hostname, location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1');
    const good = uniqueKey('good');
    await register(good, doc('bon'));
    for (const url of [
      feedUrl(uniqueKey('loop'), '&redirect=loop'),
      other(feedUrl(good, '&noCors=1')),
      feedUrl(good, `&lieLength=${doc('bon').length + 100}`),
    ]) {
      expect(((await rejection(loadFeed(url))) as FeedError).kind, url).to.equal('network');
    }
    // JSON travels as UTF-8 (RFC 8259), and browsers' own response.json() reads nothing else.
    for (const url of [feedUrl(uniqueKey('empty'), '&status=204'), feedUrl(good, '&encoding=utf16le')]) {
      expect(((await rejection(loadFeed(url))) as FeedError).kind, url).to.equal('parse');
    }
  });

  it('retries a 503 then succeeds', async () => {
    const key = uniqueKey('flaky');
    await register(key, doc('revenu'));
    const result = await loadFeed(feedUrl(key, '&fail=2&failStatus=503'));
    expect(result.feed.title).to.equal('revenu');
    expect(await hits(key)).to.equal(3);
  });

  it('retries a dropped connection (network error) then succeeds', async () => {
    const key = uniqueKey('reset');
    const result = await loadFeed(feedUrl(key, '&fail=1&failStatus=reset'));
    expect(result.stale).to.equal(false);
    expect(await hits(key)).to.equal(2);
  });

  it('retries a 429', async () => {
    const key = uniqueKey('429');
    await loadFeed(feedUrl(key, '&fail=1&failStatus=429'));
    expect(await hits(key)).to.equal(2);
  });

  it('gives up after 2 retries with kind "http" and the status', async () => {
    const key = uniqueKey('down');
    const error = (await rejection(loadFeed(feedUrl(key, '&status=502')))) as FeedError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(502);
    expect(await hits(key)).to.equal(3);
  });

  it('does not retry a 404', async () => {
    const key = uniqueKey('404');
    const error = (await rejection(loadFeed(feedUrl(key, '&status=404')))) as FeedError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(await hits(key)).to.equal(1);
  });

  it('reports an HTML page as kind "parse" and a JSON non-feed as kind "invalid", without retrying', async () => {
    const html = uniqueKey('html');
    await register(html, '<!doctype html><title>Erreur</title>', 'text/html');
    expect(((await rejection(loadFeed(feedUrl(html)))) as FeedError).kind).to.equal('parse');
    const json = uniqueKey('json');
    await register(json, '{"hello":"world"}', 'application/json');
    expect(((await rejection(loadFeed(feedUrl(json)))) as FeedError).kind).to.equal('invalid');
    expect(await hits(json)).to.equal(1);
  });

  it('serves the last good copy, marked stale with its date, when the server answers 500 on a later visit', async () => {
    const key = uniqueKey('stale');
    await register(key, doc('bonne copie'));
    const url = feedUrl(key, '&failAfter=1&failStatus=500');
    const good = await loadFeed(url);
    // The copy is written once the page is idle, not in the way of the first render.
    await until(() => localStorage.getItem(`${STORAGE_PREFIX}${url} saved`) !== null);
    expect(localStorage.getItem(STORAGE_PREFIX + url)).to.equal(doc('bonne copie'));
    resetFeedClient(); // a new page visit: nothing in memory
    configureFeedClient({ retryBaseMs: 5 });
    const stale = await loadFeed(url);
    expect(stale.stale).to.equal(true);
    expect(stale.feed.title).to.equal('bonne copie');
    expect(stale.fetchedAt.toISOString()).to.equal(good.fetchedAt.toISOString());
    expect(await hits(key)).to.equal(4); // the good answer, then 1 try + 2 retries
  });

  it('refuses a feed over 5 MB with kind "invalid", without retrying', async () => {
    const key = uniqueKey('huge');
    const items = Array.from({ length: 700 }, (_, i) => ({ id: `https://www.rose-up.fr/${i}/`, title: 'x', content_text: 'é'.repeat(8000) }));
    await register(key, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }));
    const error = (await rejection(loadFeed(feedUrl(key)))) as FeedError;
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('larger than 5 MB');
    expect(await hits(key)).to.equal(1);
  });

  it('cuts off a body streamed without Content-Length once past 5 MB, and does not retry it', async () => {
    const key = uniqueKey('endless');
    // 200 MB on offer: the old client read all of it into memory before looking at its size.
    const error = (await rejection(loadFeed(feedUrl(key, `&stream=${200_000_000}`)))) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('larger than 5 MB');
    await until(async () => (await dropped(key)) === 1, 'the server to see the connection closed');
    expect(await serverSent(key)).to.be.below(50_000_000);
    expect(await hits(key)).to.equal(1);
  });

  it('counts inflated bytes: a gzip bomb with a truthful Content-Length is cut off past 5 MB, not retried', async () => {
    const key = uniqueKey('bomb');
    // About 125 KB of gzip that inflates to 128 MB, sent in 4 KB pieces every 20 ms.
    const error = (await rejection(loadFeed(feedUrl(key, `&bomb=${128_000_000}`)))) as FeedError;
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('larger than 5 MB');
    await until(async () => (await dropped(key)) === 1, 'the server to see the connection closed');
    expect(await serverSent(key)).to.be.below(64_000);
    expect(await hits(key)).to.equal(1);
  });

  it('applies maxBodyBytes to the decoded bytes of a chunked body, and decodes characters split across chunks', async () => {
    const key = uniqueKey('chunked');
    const text = 'Café crème, œuf 🙂 '.repeat(150); // multi-byte characters across 1,000-byte chunks
    const body = doc('découpé', { items: [{ id: 'https://www.rose-up.fr/a/', title: 'découpé', content_text: text }] });
    await register(key, body);
    const bytes = new TextEncoder().encode(body).length;
    // No stored copy: it would be served in place of the second load's error.
    configureFeedClient({ maxBodyBytes: bytes, storage: () => null });
    const result = await loadFeed(feedUrl(key, '&chunked=1'));
    expect(result.feed.items.at(0)!.contentText).to.equal(text.trim());
    resetFeedClient();
    configureFeedClient({ maxBodyBytes: bytes - 1, retryBaseMs: 5, storage: () => null });
    const error = (await rejection(loadFeed(feedUrl(key, '&chunked=1')))) as FeedError;
    expect(error.kind).to.equal('invalid');
    expect(await hits(key)).to.equal(2);
  });

  it('refuses a feed of 2.4 million nested arrays before JSON.parse, with kind "invalid", without retrying', async () => {
    const key = uniqueKey('nested');
    const error = (await rejection(loadFeed(feedUrl(key, `&nested=${2_400_000}`)))) as FeedError;
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('more than 64 levels deep');
    expect(await hits(key)).to.equal(1);
  });

  it('serves the stored copy when the same URL starts failing', async () => {
    const key = uniqueKey('stale2');
    await register(key, doc('bonne copie'));
    const url = feedUrl(key);
    const good = await loadFeed(url);
    await until(() => localStorage.getItem(`${STORAGE_PREFIX}${url} saved`) !== null);
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 5 });
    await register(key, '{not json', 'application/json');
    const stale = await loadFeed(url);
    expect(stale.stale).to.equal(true);
    expect(stale.feed.title).to.equal('bonne copie');
    expect(stale.fetchedAt.getTime()).to.equal(good.fetchedAt.getTime());
  });

  it('stores the copy as received, does not rewrite an unchanged body, and removes the old format', async () => {
    const writes: string[] = [];
    const values = new Map<string, string>();
    const storage = {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => {
        writes.push(k);
        values.set(k, v);
      },
      removeItem: (k: string) => values.delete(k),
    } as unknown as Storage;
    configureFeedClient({ storage: () => storage });
    const key = uniqueKey('copyformat');
    await register(key, doc('copie'));
    const url = feedUrl(key);
    values.set(`roseup:feed:v1:${url}`, '{"savedAt":"2026-01-01T00:00:00.000Z","body":"{}"}');
    await loadFeed(url);
    await until(() => writes.length === 2);
    expect(values.get(STORAGE_PREFIX + url)).to.equal(doc('copie'));
    expect(values.has(`roseup:feed:v1:${url}`)).to.equal(false);
    const saved = JSON.parse(values.get(`${STORAGE_PREFIX}${url} saved`)!);
    expect(saved.length).to.equal(doc('copie').length);

    await loadFeed(url, { force: true }); // same body again: only the date is written
    await until(() => writes.length === 3);
    expect(writes[2]).to.equal(`${STORAGE_PREFIX}${url} saved`);
    expect(writes.filter((k) => k === STORAGE_PREFIX + url)).to.have.length(1);
  });

  it('ignores a stored body whose saved record does not match it (a half-written copy)', async () => {
    const key = uniqueKey('halfcopy');
    const url = feedUrl(key, '&status=500');
    localStorage.setItem(STORAGE_PREFIX + url, doc('nouvelle'));
    localStorage.setItem(`${STORAGE_PREFIX}${url} saved`, JSON.stringify({ savedAt: '2026-01-01T00:00:00.000Z', length: 3 }));
    configureFeedClient({ retries: 0 });
    const error = (await rejection(loadFeed(url))) as FeedError;
    expect(error.kind).to.equal('http');
  });

  it('shares a failure too: a later caller gets the same error without a new request; force asks again', async () => {
    configureFeedClient({ retries: 0 });
    const key = uniqueKey('failshared');
    const url = feedUrl(key, '&status=404');
    const first = (await rejection(loadFeed(url))) as FeedError;
    const second = (await rejection(loadFeed(url))) as FeedError;
    expect(second).to.equal(first);
    expect(await hits(key)).to.equal(1);
    await rejection(loadFeed(url, { force: true }));
    expect(await hits(key)).to.equal(2);
  });

  it('forgets a shared failure after failureReuseMs', async () => {
    configureFeedClient({ retries: 0, failureReuseMs: 0 });
    const key = uniqueKey('failforget');
    const url = feedUrl(key, '&status=500');
    await rejection(loadFeed(url));
    await rejection(loadFeed(url));
    expect(await hits(key)).to.equal(2);
  });

  it('gives up at once when Retry-After asks for longer than the client waits', async () => {
    const key = uniqueKey('retryafter');
    const error = (await rejection(loadFeed(feedUrl(key, '&status=429&fail=9&failStatus=429&retryAfter=3600')))) as FeedError;
    expect(error.status).to.equal(429);
    expect(await hits(key)).to.equal(1);
  });

  it('honours a short Retry-After', async () => {
    const key = uniqueKey('retryaftershort');
    const started = Date.now();
    const result = await loadFeed(feedUrl(key, '&fail=1&failStatus=503&retryAfter=1'));
    expect(result.stale).to.equal(false);
    expect(await hits(key)).to.equal(2);
    expect(Date.now() - started, 'waited for the server’s Retry-After').to.be.at.least(900);
  });

  it('keeps the request when the last waiter leaves and another joins in the same task (an element moved in the page)', async () => {
    const key = uniqueKey('moved');
    const url = feedUrl(key, '&delay=300');
    const leaving = new AbortController();
    const first = loadFeed(url, { signal: leaving.signal });
    await until(async () => (await hits(key)) === 1);
    leaving.abort();
    const second = loadFeed(url, { signal: new AbortController().signal });
    expect(isAbortError(await rejection(first))).to.equal(true);
    expect((await second).feed.title).to.equal(`Mock ${key}`);
    expect(await hits(key)).to.equal(1);
    expect(await dropped(key)).to.equal(0);
  });

  it('prefetch does not hold the request open: when every waiter leaves, it is cancelled', async () => {
    const key = uniqueKey('prefetch');
    const url = feedUrl(key, '&delay=3000');
    prefetchFeed(url);
    const leaving = new AbortController();
    const waiting = loadFeed(url, { signal: leaving.signal });
    await until(async () => (await hits(key)) === 1);
    leaving.abort();
    expect(isAbortError(await rejection(waiting))).to.equal(true);
    await until(async () => (await dropped(key)) === 1);
  });

  it('prefetch alone runs the request to the end, and a later load reuses it', async () => {
    const key = uniqueKey('prefetch2');
    const url = feedUrl(key, '&delay=100');
    prefetchFeed(url);
    prefetchFeed(url);
    const result = await loadFeed(url);
    expect(result.feed.title).to.equal(`Mock ${key}`);
    expect(await hits(key)).to.equal(1);
  });

  it('tells listeners when a fresh copy arrives, not when a request fails', async () => {
    configureFeedClient({ retries: 0 });
    const seen: string[] = [];
    const stop = onFeedResult((result) => seen.push(result.feed.title));
    try {
      const key = uniqueKey('listen');
      await register(key, doc('frais'));
      await rejection(loadFeed(feedUrl(key, '&status=500')));
      await loadFeed(feedUrl(key));
      await until(() => seen.length === 1);
      expect(seen).to.deep.equal(['frais']);
    } finally {
      stop();
    }
  });

  it('still works when localStorage throws', async () => {
    configureFeedClient({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const key = uniqueKey('nostorage');
    const result = await loadFeed(feedUrl(key));
    expect(result.feed.items).to.have.length(1);
  });

  it('aborts: a caller that stops waiting gets an AbortError, and the request is cancelled when nobody waits', async () => {
    const key = uniqueKey('abort');
    const url = feedUrl(key, '&delay=400');
    const a = new AbortController();
    const b = new AbortController();
    const first = loadFeed(url, { signal: a.signal });
    const second = loadFeed(url, { signal: b.signal });
    a.abort();
    expect(isAbortError(await rejection(first))).to.equal(true);
    // The second caller still waits: the shared request goes on.
    const third = loadFeed(url);
    expect((await third).feed.items).to.have.length(1);
    expect((await second).feed.items).to.have.length(1);
    expect(await hits(key)).to.equal(1);

    const lonelyKey = uniqueKey('abort-all');
    const c = new AbortController();
    const lonely = loadFeed(feedUrl(lonelyKey, '&delay=400'), { signal: c.signal });
    await new Promise((r) => setTimeout(r, 50));
    c.abort();
    expect(isAbortError(await rejection(lonely))).to.equal(true);
    // Once nobody has come back for a task, the request is cancelled...
    await until(async () => (await dropped(lonelyKey)) === 1);
    // ...and a new load starts a new request rather than joining the cancelled one.
    await loadFeed(feedUrl(lonelyKey, '&delay=400'));
    expect(await hits(lonelyKey)).to.equal(2);
  });

  it('follows next_url pages on demand, skipping repeated items and loops', async () => {
    const key = uniqueKey('pages');
    const page2 = feedUrl(key, '&page=2');
    await register(key, doc('p1', { next_url: page2 }));
    await register(`${key}:2`, JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'https://www.rose-up.fr/p1/', title: 'p1 again' }, { id: 'new', title: 'Nouveau' }],
      next_url: feedUrl(key),
    }));
    const first = await loadFeed(feedUrl(key));
    const pager = new FeedPager(first.feed);
    expect(pager.hasMore).to.equal(true);
    const more = await pager.next();
    expect(more.ids).to.deep.equal(['new']);
    expect(pager.hasMore).to.equal(false); // next_url points back to page 1
    expect((await pager.next()).length).to.equal(0);
  });

  /**
   * A feed moved to /mock/static/<key>/v2/feed.json (on `host` when given) whose links are
   * relative; resolves with its address.
   */
  async function movedFeed(name: string, host?: string): Promise<URL> {
    const key = uniqueKey(name);
    await register(
      `${key}:/v2/feed.json`,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Déplacé',
        next_url: 'page-2.json',
        items: [{ id: 'https://www.rose-up.fr/a/', title: 'A', url: 'a/', image: 'images/a.jpg' }],
      }),
    );
    const target = new URL(`/mock/static/${key}/v2/feed.json`, location.href);
    if (host) target.hostname = host;
    return target;
  }

  /** The moved feed's links, resolved where it was found. */
  function expectLinksAt(feed: Feed, target: URL): void {
    const folder = new URL('./', target).href;
    expect(feed.nextUrl).to.equal(`${folder}page-2.json`);
    expect(feed.items.at(0)!.url).to.equal(`${folder}a/`);
    expect(feed.items.at(0)!.image).to.equal(`${folder}images/a.jpg`);
  }

  it('resolves relative links against the address a redirect led to (another origin), and keeps the address it was asked for', async () => {
    // A feed address that redirects (a CDN's "latest" alias, http to https, a moved feed): its
    // relative links are relative to the document where it was found, as in a browser.
    const target = await movedFeed('moved', location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1');
    const asked = feedUrl(uniqueKey('alias'), `&redirect=${encodeURIComponent(target.href)}`);
    const { feed } = await loadFeed(asked);
    expectLinksAt(feed, target);
    // Still known (shared, stored, matched by elements) under the address the page gave.
    expect(feed.url).to.equal(asked);
    expect(peekFeed(asked)?.feed).to.equal(feed);
  });

  it('serves the stored copy of a redirected feed with its links resolved where the redirect led', async () => {
    const target = await movedFeed('moved-copy');
    // The alias redirects on the first visit and answers 500 on the next one.
    const asked = feedUrl(uniqueKey('alias'), `&failAfter=1&failStatus=500&redirect=${encodeURIComponent(target.href)}`);
    await loadFeed(asked);
    await until(() => localStorage.getItem(`${STORAGE_PREFIX}${asked} saved`) !== null);
    resetFeedClient(); // a new page visit, offline copy only
    configureFeedClient({ retryBaseMs: 5 });
    const { feed, stale } = await loadFeed(asked);
    expect(stale).to.equal(true);
    expectLinksAt(feed, target);
    expect(feed.url).to.equal(asked);
  });

  it('sends a CORS simple request: GET, no credentials, no referrer', async () => {
    const key = uniqueKey('simple');
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return original(input, init);
    };
    try {
      await loadFeed(feedUrl(key));
    } finally {
      window.fetch = original;
    }
    expect(seen).to.have.length(1);
    expect(seen[0].method).to.equal('GET');
    expect(seen[0].credentials).to.equal('omit');
    expect(seen[0].referrerPolicy).to.equal('no-referrer');
    expect(seen[0].headers).to.equal(undefined);
  });
});

describe('feed client: what is kept on the device', () => {
  /** A Storage over a Map, with a quota in characters (keys and values), like the browser's. */
  function quotaStorage(quota: number, initial: Record<string, string> = {}) {
    const values = new Map(Object.entries(initial));
    const used = () => [...values].reduce((n, [k, v]) => n + k.length + v.length, 0);
    return {
      values,
      storage: {
        get length() {
          return values.size;
        },
        key: (i: number) => [...values.keys()][i] ?? null,
        getItem: (k: string) => values.get(k) ?? null,
        setItem: (k: string, v: string) => {
          const before = values.get(k);
          values.set(k, v);
          if (used() > quota) {
            if (before === undefined) values.delete(k);
            else values.set(k, before);
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        },
        removeItem: (k: string) => void values.delete(k),
      } as unknown as Storage,
    };
  }
  const saved = (at: string, length: number) => JSON.stringify({ savedAt: at, length });

  beforeEach(() => resetFeedClient());
  afterEach(() => resetFeedClient());

  it('keeps all copies together under one budget, dropping the oldest, and anything older versions left', async () => {
    const old = 'x'.repeat(300);
    const { values, storage } = quotaStorage(1_000_000, {
      [`${STORAGE_PREFIX}https://a.example/feed.json`]: old,
      [`${STORAGE_PREFIX}https://a.example/feed.json saved`]: saved('2026-01-01T00:00:00Z', 300),
      [`${STORAGE_PREFIX}https://b.example/feed.json`]: old,
      [`${STORAGE_PREFIX}https://b.example/feed.json saved`]: saved('2026-06-01T00:00:00Z', 300),
      'roseup:feed:v1:https://c.example/feed.json?page=7': '{"body":"…"}',
      'partner:cart': '{"items":[1,2]}',
    });
    const key = uniqueKey('budget');
    await register(key, doc('copie'));
    const url = feedUrl(key);
    // Room for this copy and one old one: the 2026-01 copy goes, the 2026-06 one stays.
    configureFeedClient({ storage: () => storage, maxStoredChars: doc('copie').length + 350 });
    await loadFeed(url);
    await until(() => values.has(`${STORAGE_PREFIX}${url} saved`));
    expect([...values.keys()].sort()).to.deep.equal(
      [
        `${STORAGE_PREFIX}https://b.example/feed.json`,
        `${STORAGE_PREFIX}https://b.example/feed.json saved`,
        `${STORAGE_PREFIX}${url}`,
        `${STORAGE_PREFIX}${url} saved`,
        'partner:cart',
      ].sort(),
    );
  });

  it('gives back all its room when the quota is hit, so the partner’s own writes still succeed', async () => {
    const { values, storage } = quotaStorage(2_000, {
      [`${STORAGE_PREFIX}https://b.example/feed.json`]: 'y'.repeat(400),
      [`${STORAGE_PREFIX}https://b.example/feed.json saved`]: saved('2026-06-01T00:00:00Z', 400),
      'partner:data': 'p'.repeat(900),
    });
    const key = uniqueKey('quota');
    const body = doc('grand', { description: 'z'.repeat(900) });
    await register(key, body);
    configureFeedClient({ storage: () => storage });
    const result = await loadFeed(feedUrl(key));
    expect(result.feed.title).to.equal('grand');
    await until(() => !values.has(`${STORAGE_PREFIX}https://b.example/feed.json`), 'our old copy given back');
    expect([...values.keys()]).to.deep.equal(['partner:data']);
    expect(() => storage.setItem('partner:more', 'q'.repeat(900))).not.to.throw();
  });

  it('does not store pages followed with next_url', async () => {
    const key = uniqueKey('pages');
    await register(key, doc('page 1', { next_url: feedUrl(key, '&page=2') }));
    await register(`${key}:2`, doc('page 2'));
    const { values, storage } = quotaStorage(1_000_000);
    configureFeedClient({ storage: () => storage });
    const first = await loadFeed(feedUrl(key));
    await new FeedPager(first.feed).next();
    await until(() => values.has(`${STORAGE_PREFIX}${feedUrl(key)} saved`));
    await new Promise((r) => setTimeout(r, 50));
    expect([...values.keys()].filter((k) => k.includes('page=2'))).to.deep.equal([]);
  });
});
