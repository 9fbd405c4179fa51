// The script chain of the one-tag bundle, from the browser's request log: the feed request starts
// as soon as dist/roseup.js runs (before the core chunk has finished downloading), and every chunk
// an element needs is requested in the same wave as its own chunk (none discovered after another
// chunk ran); the bookmark store, which a card's bookmark button loads on interaction, is not
// requested before it; the English words are requested only on an English page. Uses the chunk
// graph the build writes (.tmp/cdn-graph.json). Run after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowserAndServer, waitForElements } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const graph = JSON.parse(readFileSync(`${root}.tmp/cdn-graph.json`, 'utf8'));
const chunkOf = (element) => graph.find((c) => c.element === element).file;
const closure = (file, seen = new Set()) => {
  for (const dep of graph.find((c) => c.file === file)?.imports ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
  return seen;
};

const env = useBrowserAndServer();

/**
 * Opens `path` on a slow network (each request takes 150 ms or more) and waits until its elements
 * and the bookmark button are there and the network is idle. `log()` is the request log so far.
 */
async function open(path) {
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
  const log = new Map();
  cdp.on('Network.requestWillBeSent', (e) => log.set(e.requestId, { url: e.request.url, path: new URL(e.request.url).pathname, start: e.timestamp, method: e.request.method }));
  cdp.on('Network.loadingFinished', (e) => log.has(e.requestId) && (log.get(e.requestId).end = e.timestamp));
  await page.goto(`${env.site.origin}${path}`, { waitUntil: 'load' });
  await waitForElements(page, 20000);
  await page.waitForFunction(() => customElements.get('roseup-bookmark-button'), { timeout: 20000 });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 20000 }).catch(() => undefined);
  return { context, page, log: () => [...log.values()] };
}

/** Loads `path` (see `open`); returns the request log. */
async function requestLog(path) {
  const { context, log } = await open(path);
  await context.close();
  return log();
}

describe('the script chain of the one-tag bundle', () => {
  it('a page with one card: the feed starts before the core chunk has arrived; the card’s chunks go out in one wave', async () => {
    const log = await requestLog('/test/e2e/pages/one-card.html');
    const find = (file) => log.find((r) => r.path === `/dist/${file}`);
    const feed = log.filter((r) => r.path === '/demo/feed.json');
    const core = find(graph.find((c) => /^chunks\/core-/.test(c.file)).file);
    const card = find(chunkOf('article-card'));
    assert.equal(feed.length, 1, 'one feed request');
    assert.equal(feed[0].method, 'GET');
    assert.ok(core?.end && card?.end, 'the core and card chunks were loaded');
    assert.ok(feed[0].start < core.end, `the feed request starts (${feed[0].start}) before the core chunk has finished (${core.end})`);
    for (const dep of closure(chunkOf('article-card'))) {
      const request = find(dep);
      assert.ok(request, `${dep} is requested`);
      assert.ok(request.start < card.end, `${dep} is requested (${request.start}) before the card chunk has arrived (${card.end})`);
    }
    // What the card loads once shown (its bookmark button): also in one wave.
    for (const lazy of graph.find((c) => c.file === chunkOf('article-card')).dynamicImports) {
      const own = find(lazy);
      assert.ok(own?.end, `${lazy} is loaded once the card is shown`);
      for (const dep of closure(lazy)) {
        const request = find(dep);
        assert.ok(request && request.start < own.end, `${dep} (for ${lazy}) is requested before ${lazy} has arrived`);
      }
    }
  });

  it('a page with one card: the bookmark store is requested only when the visitor points at the button, in one wave', async () => {
    const { context, page, log } = await open('/test/e2e/pages/one-card.html');
    try {
      const store = graph.find((c) => /^chunks\/bookmark-store-/.test(c.file)).file;
      const storeChunks = [store, ...closure(store)].filter((file) => !closure(chunkOf('bookmark-button')).has(file));
      assert.ok(storeChunks.some((file) => /^chunks\/stored-list-/.test(file)), `the store brings the stored list: ${storeChunks}`);
      const button = await page.waitForFunction(
        () => document.querySelector('roseup-article-card')?.shadowRoot?.querySelector('roseup-bookmark-button')?.shadowRoot?.querySelector('button'),
        { timeout: 20000 },
      );
      assert.equal(await button.evaluate((b) => b.getAttribute('aria-pressed')), 'false');
      const requested = () => storeChunks.filter((file) => log().some((r) => r.path === `/dist/${file}`));
      assert.deepEqual(requested(), [], 'nothing of the store before an interaction');

      await button.hover();
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 20000 }).catch(() => undefined);
      assert.deepEqual(requested().sort(), [...storeChunks].sort(), 'the store and its chunks once the pointer is over the button');
      const own = log().find((r) => r.path === `/dist/${store}`);
      for (const file of storeChunks) {
        const request = log().find((r) => r.path === `/dist/${file}`);
        assert.ok(request.start < own.end, `${file} is requested (${request.start}) before ${store} has arrived (${own.end})`);
      }
      await button.click();
      await page.waitForFunction((b) => b.getAttribute('aria-pressed') === 'true', { timeout: 5000 }, button);
    } finally {
      await context.close();
    }
  });

  it('the English words: requested with the card’s chunk on an English page, never on a French one', async () => {
    const english = graph.find((c) => /^chunks\/english-/.test(c.file)).file;
    const french = await requestLog('/test/e2e/pages/one-card.html');
    assert.equal(french.filter((r) => r.path === `/dist/${english}`).length, 0, 'a French page does not request them');

    const { context, page, log } = await open('/test/e2e/pages/one-card-en.html');
    try {
      const find = (file) => log().find((r) => r.path === `/dist/${file}`);
      const words = find(english);
      const card = find(chunkOf('article-card'));
      assert.ok(words?.end, 'an English page loads them');
      assert.ok(words.start < card.end, `requested (${words.start}) before the card chunk has arrived (${card.end}), not after it ran`);
      const meta = await page.waitForFunction(
        () => document.querySelector('roseup-article-card')?.shadowRoot?.querySelector('[part="meta"]')?.textContent,
        { timeout: 20000 },
      );
      assert.match(await meta.jsonValue(), /Published on/);
    } finally {
      await context.close();
    }
  });

  it('a page with every element: no element chunk’s static import is discovered late', async () => {
    const log = await requestLog('/demo/bench.html');
    const find = (file) => log.find((r) => r.path === `/dist/${file}`);
    const entry = find('roseup.js');
    for (const element of ['article-card', 'article-list', 'bookmark-list', 'event-list', 'search', 'bookmark-button']) {
      const own = find(chunkOf(element));
      assert.ok(own, `${element}'s chunk is requested`);
      for (const dep of closure(chunkOf(element))) {
        const request = find(dep);
        assert.ok(request && request.start < own.end, `${dep} (for ${element}) is requested before ${element}'s chunk has arrived`);
      }
    }
    const feed = log.find((r) => r.path === '/demo/feed.json');
    assert.ok(feed.start - entry.end < 0.1, 'the feed request starts when the loader runs');
  });
});
