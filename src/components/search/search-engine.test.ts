import { expect, fixture, html } from '@open-wc/testing';
import { resetFeedClient } from '../../data/feed-client.js';
import type { Feed } from '../../data/types.js';
import type { SearchEngineHit, SearchEngineLoader } from './search-engine.js';
import type { RoseUpSearch } from './search.js';
import './define.js';
import { serveFeed, until } from '../../../test/helpers/feeds.js';
import { buildSampleFeed } from '../../../sample/sample-feed.mjs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Queries the engine was asked, with whether their signal was aborted by the time they answered. */
const asked: Array<{ query: string; aborted: boolean }> = [];

/**
 * An engine that answers later, as one fetching index shards would: "lent" slowly with the
 * second item, anything else quickly with the first.
 */
const slowEngine: SearchEngineLoader = async (feed: Feed) => ({
  search: (query, { signal }) =>
    new Promise<readonly SearchEngineHit[]>((resolve) => {
      setTimeout(() => {
        asked.push({ query, aborted: !!signal?.aborted });
        resolve([{ item: feed.items.at(query === 'lent' ? 1 : 0)!, ranges: [] }]);
      }, query === 'lent' ? 400 : 50);
    }),
});

const Base = customElements.get('roseup-search') as unknown as typeof RoseUpSearch;
class AsyncEngineSearch extends Base {
  protected override engineLoader = slowEngine;
}
customElements.define('roseup-test-async-search', AsyncEngineSearch);

/**
 * An engine whose answers come from the network, as the static feed's sharded index does: a
 * query with "panne" fails as a lost connection would (its shard could not be fetched).
 */
const flakyEngine: SearchEngineLoader = async (feed: Feed) => ({
  search: (query) =>
    new Promise<readonly SearchEngineHit[]>((resolve, reject) => {
      setTimeout(() => {
        if (query.includes('panne')) reject(new TypeError('Failed to fetch'));
        else resolve([{ item: feed.items.at(0)!, ranges: [] }]);
      }, 50);
    }),
});
class FlakyEngineSearch extends Base {
  protected override engineLoader = flakyEngine;
}
customElements.define('roseup-test-flaky-search', FlakyEngineSearch);

describe('<roseup-search> with another engine (SearchEngine interface)', () => {
  beforeEach(() => resetFeedClient());

  it('shows an async engine’s answer, and never one for a query already replaced', async () => {
    const body = buildSampleFeed({ now: new Date('2026-01-29T12:00:00+01:00') });
    const { url } = await serveFeed('async-engine', body);
    const el = document.createElement('roseup-test-async-search') as AsyncEngineSearch;
    el.setAttribute('feed', url);
    let loaded = false;
    el.addEventListener('roseup-load', () => (loaded = true));
    await fixture(html`<div>${el}</div>`);
    await until(() => loaded, 'the feed');
    const input = el.shadowRoot!.querySelector('input')!;
    const titles = () => [...el.shadowRoot!.querySelectorAll('[role="option"].result .title')].map((t) => t.textContent!.trim());
    const type = (text: string) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    input.focus();
    await until(() => !!el.shadowRoot!.querySelector('[role="option"]'), 'the engine and suggestions');

    type('lent');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.message')?.textContent?.trim()).to.equal('Chargement de la recherche…');
    await sleep(100);
    type('rapide');
    await until(() => titles().length > 0, 'the quick answer');
    const first = (body as { items: Array<{ title: string }> }).items.at(0)!.title;
    const quick = titles();
    expect(quick).to.have.length(1);
    expect(quick[0]).to.contain(first.slice(0, 10));
    await sleep(500); // the slow answer to "lent" lands meanwhile, and is dropped
    expect(titles()).to.deep.equal(quick);
    expect(asked).to.deep.include({ query: 'lent', aborted: true });
    await until(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() === '1 résultat disponible', 'the count');
  });
});

describe('<roseup-search> when a query cannot be answered (an index shard lost on the network)', () => {
  beforeEach(() => resetFeedClient());

  it('stops saying it is loading, says the suggestions are unavailable, still offers the search page, and answers the next query', async () => {
    const body = buildSampleFeed({ now: new Date('2026-01-29T12:00:00+01:00') });
    const { url } = await serveFeed('flaky-engine', body);
    const el = document.createElement('roseup-test-flaky-search') as FlakyEngineSearch;
    el.setAttribute('feed', url);
    let loaded = false;
    el.addEventListener('roseup-load', () => (loaded = true));
    await fixture(html`<div>${el}</div>`);
    await until(() => loaded, 'the feed');
    const root = el.shadowRoot!;
    const input = root.querySelector('input')!;
    const live = () => root.querySelector('[role="status"]')!.textContent!.trim();
    const message = () => root.querySelector('.popup:not([hidden]) .message')?.textContent?.trim();
    const options = () => [...root.querySelectorAll('[role="option"]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    const type = (text: string) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    input.focus();
    await until(() => !!root.querySelector('[role="option"]'), 'the engine and suggestions');

    type('panne');
    await sleep(1300);
    const unavailable = 'Les suggestions de recherche ne sont pas disponibles pour le moment. Vous pouvez tout de même lancer une recherche sur le site de RoseUp.';
    expect(message(), 'what the popup shows').to.equal(unavailable);
    expect(live(), 'what a screen reader hears once typing pauses').to.equal(unavailable);
    expect(options()).to.deep.equal(['Voir tous les résultats pour « panne »']);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(input);

    type('cancer');
    await until(() => live() === '1 résultat disponible', 'the next query’s count');
    expect(message()).to.equal(undefined);
  });
});
