// The feed request the CDN loader starts before the feed client has arrived
// (src/components/internal/autoload.ts, startFeedRequest) is adopted by the client: no second
// request; taken once (a later forced load asks the network again); aborted with its caller.
// Runs the built npm modules in Node. Run after `npm run build`.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSampleFeed } from '../../sample/sample-feed.mjs';

const root = new URL('../../', import.meta.url);
const { loadFeed, resetFeedClient } = await import(new URL('dist/npm/data/feed-client.js', root).href);
const EARLY = Symbol.for('roseup.feed.early');
const URL_ = 'https://feeds.example/feed.json';
const body = () => JSON.stringify(buildSampleFeed({ now: new Date(), feedUrl: URL_ }));
const realFetch = globalThis.fetch;

afterEach(() => {
  globalThis.fetch = realFetch;
  delete globalThis[EARLY];
  resetFeedClient();
});

describe('the loader’s early feed request', () => {
  it('is adopted by the feed client: no request of its own', async () => {
    const calls = [];
    globalThis.fetch = async (url) => {
      calls.push(url);
      return new Response(body(), { status: 200 });
    };
    const controller = new AbortController();
    globalThis[EARLY] = new Map([[URL_, { response: Promise.resolve(new Response(body(), { status: 200 })), controller }]]);
    const result = await loadFeed(URL_);
    assert.ok(result.feed.items.length > 0);
    assert.deepEqual(calls, [], 'the client made no request of its own');
    assert.equal(globalThis[EARLY].size, 0, 'taken once');
    await loadFeed(URL_, { force: true });
    assert.deepEqual(calls, [URL_], 'a forced reload asks the network');
  });

  it('is aborted when its caller gives up', async () => {
    const controller = new AbortController();
    let settle;
    const response = new Promise((resolve) => (settle = resolve));
    globalThis[EARLY] = new Map([[URL_, { response, controller }]]);
    const caller = new AbortController();
    const pending = loadFeed(URL_, { signal: caller.signal });
    caller.abort();
    await assert.rejects(pending, (error) => error.name === 'AbortError');
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(controller.signal.aborted, true, 'the early request is cancelled');
    settle(new Response('{}'));
  });
});
