/**
 * Elements reading a static feed (what `roseup-feed build` publishes), over real HTTP: each asks
 * for the smallest document it needs, and nothing else.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configureFeedClient, resetFeedClient } from '../src/data/feed-client.js';
import { getBookmarkStore } from '../src/data/bookmarks.js';
import type { RoseUpArticleCard } from '../src/components/article-card/article-card.js';
import type { RoseUpArticleList } from '../src/components/article-list/article-list.js';
import type { RoseUpBookmarkList } from '../src/components/bookmark-list/bookmark-list.js';
import type { RoseUpEventList } from '../src/components/event-list/event-list.js';
import '../src/components/article-card/define.js';
import '../src/components/article-list/define.js';
import '../src/components/bookmark-list/define.js';
import '../src/components/event-list/define.js';
import '../src/components/search/define.js';
import type { RoseUpSearch } from '../src/components/search/search.js';
import { sendKeys } from '@web/test-runner-commands';
import { article, feedDoc, itemPath, serveStaticFeed, staticLinks, upcomingEvent } from './helpers/static-feed.js';
import { until } from './helpers/feeds.js';

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardTitle = (card: Element) => text(card.shadowRoot?.querySelector('[part~="title"]'));

/** A corpus of 40 articles: the entry holds the newest 3, pages hold the rest, every item has its document. */
function tree(extraFiles: Record<string, unknown> = {}) {
  const all = Array.from({ length: 40 }, (_, i) => article(i + 1)).reverse(); // newest first
  const files: Record<string, unknown> = {
    '/feed': feedDoc(all.slice(0, 3), { next_url: 'pages/2', _roseup: staticLinks }),
    '/pages/2': feedDoc(all.slice(3, 6), { next_url: 'pages/1' }),
    '/pages/1': feedDoc(all.slice(6, 9)),
    '/events': feedDoc([upcomingEvent(1), upcomingEvent(2)]),
    '/categories/droits': feedDoc(all.filter((a) => a._roseup.category.id === 'droits').slice(0, 4), { next_url: 'droits/1' }),
  };
  for (const item of all) files[itemPath(item.id)] = feedDoc([{ ...item, content_text: 'Texte complet.' }]);
  return { all, files: { ...files, ...extraFiles } };
}

describe('elements on a static feed', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 5, timeoutMs: 3000 });
    getBookmarkStore().clear();
  });
  afterEach(() => getBookmarkStore().clear());

  it('a card of an old article fetches the entry feed and that item’s document only', async () => {
    const { files } = tree();
    const served = await serveStaticFeed('card-old', files);
    const id = 'https://www.rose-up.fr/magazine/article-2/';
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card feed=${served.url} article-id=${id}></roseup-article-card>`);
    await until(() => cardTitle(el) === 'Article 2', 'the old article');
    expect(
      await served.requested(['/feed', itemPath(id), '/pages/2', '/pages/1', '/events', itemPath('https://www.rose-up.fr/magazine/article-3/')]),
    ).to.deep.equal({ '/feed': 1, [itemPath(id)]: 1, '/pages/2': 0, '/pages/1': 0, '/events': 0, [itemPath('https://www.rose-up.fr/magazine/article-3/')]: 0 });
    await expect(el).to.be.accessible();
  });

  it('a card of an article in the entry feed asks for no item document; two cards of one old article share one request', async () => {
    const served = await serveStaticFeed('card-shared', tree().files);
    const recent = 'https://www.rose-up.fr/magazine/article-40/';
    const old = 'https://www.rose-up.fr/magazine/article-5/';
    const el = await fixture(html`<div>
      <roseup-article-card feed=${served.url} article-id=${recent}></roseup-article-card>
      <roseup-article-card feed=${served.url} article-id=${old}></roseup-article-card>
      <roseup-article-card feed=${served.url} article-id=${old}></roseup-article-card>
    </div>`);
    const cards = [...el.querySelectorAll('roseup-article-card')];
    await until(() => cards.every((c) => cardTitle(c) !== ''), 'the cards');
    expect(cards.map(cardTitle)).to.deep.equal(['Article 40', 'Article 5', 'Article 5']);
    expect(await served.requested(['/feed', itemPath(recent), itemPath(old)])).to.deep.equal({
      '/feed': 1,
      [itemPath(recent)]: 0,
      [itemPath(old)]: 1,
    });
  });

  it('an id with no document (404) is "not found": a message for the visitor, roseup-error not-found', async () => {
    const served = await serveStaticFeed('card-missing', tree().files);
    const el = document.createElement('roseup-article-card') as RoseUpArticleCard;
    el.feed = served.url;
    el.articleId = 'https://www.rose-up.fr/magazine/retire/';
    const error = oneEvent(el, 'roseup-error');
    document.body.append(el);
    try {
      expect((await error).detail.reason).to.equal('not-found');
      await until(() => /introuvable|plus disponible|n’est pas/i.test(text(root(el).querySelector('.note'))), 'the not-found note');
      expect(await served.hits(itemPath('https://www.rose-up.fr/magazine/retire/'))).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('an item document that fails (500) shows the alert and a retry, which asks again', async () => {
    const id = 'https://www.rose-up.fr/magazine/article-7/';
    const served = await serveStaticFeed('card-500', tree({ [itemPath(id)]: 500 }).files);
    configureFeedClient({ retries: 0 });
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card feed=${served.url} article-id=${id}></roseup-article-card>`);
    await until(() => !!root(el).querySelector('[role="alert"]'), 'the alert');
    expect(text(root(el).querySelector('[role="alert"]'))).to.match(/RoseUp|charg/i);
    const before = await served.hits(itemPath(id));
    root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(async () => (await served.hits(itemPath(id))) > before, 'a second request');
    await expect(el).to.be.accessible();
  });

  it('a bookmark list of old articles fetches only their documents', async () => {
    const served = await serveStaticFeed('bl-old', tree().files);
    const saved = [3, 8, 12].map((n) => `https://www.rose-up.fr/magazine/article-${n}/`);
    for (const id of saved) getBookmarkStore().add({ id, title: `Titre enregistré ${id}`, url: id });
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${served.url}></roseup-bookmark-list>`);
    await until(() => root(el).querySelectorAll('roseup-article-card').length === 3, 'three resolved cards');
    const titles = [...root(el).querySelectorAll('roseup-article-card')].map((c) => (c as RoseUpArticleCard).article!.title);
    expect(titles.sort()).to.deep.equal(['Article 12', 'Article 3', 'Article 8']);
    const counts = await served.requested(['/feed', '/pages/2', ...saved.map(itemPath), itemPath('https://www.rose-up.fr/magazine/article-4/')]);
    expect(Object.values(counts)).to.deep.equal([1, 0, 1, 1, 1, 0]);
    await expect(el).to.be.accessible();
  });

  it('a bookmark added on the page after the list loaded is fetched and shown', async () => {
    const served = await serveStaticFeed('bl-added', tree().files);
    getBookmarkStore().add({ id: 'https://www.rose-up.fr/magazine/article-3/', title: 'A3', url: 'https://www.rose-up.fr/magazine/article-3/' });
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${served.url}></roseup-bookmark-list>`);
    await until(() => root(el).querySelectorAll('roseup-article-card').length === 1, 'one card');
    const id = 'https://www.rose-up.fr/magazine/article-9/';
    getBookmarkStore().add({ id, title: 'A9', url: id });
    await until(() => root(el).querySelectorAll('roseup-article-card').length === 2, 'the new bookmark resolved');
    expect(await served.hits(itemPath(id))).to.equal(1);
  });

  it('an event list reads the upcoming-events document', async () => {
    const served = await serveStaticFeed('events', tree().files);
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${served.url}></roseup-event-list>`);
    const shown = () => text(root(el).querySelector('[aria-busy]') ? null : (root(el) as unknown as Element));
    await until(() => /Atelier 1/.test(shown()), 'the events');
    expect(shown()).to.contain('Atelier 2');
    expect(await served.requested(['/feed', '/events', '/pages/2'])).to.deep.equal({ '/feed': 1, '/events': 1, '/pages/2': 0 });
    await expect(el).to.be.accessible();
  });

  it('an event list of a narrow scope reads the next pages of the events document until it is filled (three at most)', async () => {
    const other = (n: number) => ({ ...upcomingEvent(n), _roseup: { ...upcomingEvent(n)._roseup, category: { id: 'beaute', label: 'Beauté' } } });
    const served = await serveStaticFeed('events-pages', {
      ...tree().files,
      '/events': feedDoc([other(1), other(2), other(3)], { next_url: 'events/2' }),
      '/events/2': feedDoc([other(4), upcomingEvent(5)], { next_url: '3' }),
      '/events/3': feedDoc([upcomingEvent(6)], { next_url: '4' }),
      '/events/4': feedDoc([upcomingEvent(7)]),
    });
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${served.url} category="activite-physique" limit="2"></roseup-event-list>`);
    const shown = () => text(root(el).querySelector('[aria-busy="true"]') ? null : (root(el) as unknown as Element));
    await until(() => /Atelier 6/.test(shown()), 'the events of the later pages');
    expect(shown()).to.contain('Atelier 5');
    expect(shown()).not.to.contain('Atelier 7');
    expect(await served.requested(['/events', '/events/2', '/events/3', '/events/4'])).to.deep.equal({ '/events': 1, '/events/2': 1, '/events/3': 1, '/events/4': 0 });

    const wide = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${served.url} limit="2"></roseup-event-list>`);
    await until(() => /Atelier 1/.test(text(root(wide) as unknown as Element)), 'the first page');
    expect(await served.hits('/events/2')).to.equal(1); // filled by the first page: nothing more asked
  });

  it('an event list shows what it has when a later page of the events document fails', async () => {
    const served = await serveStaticFeed('events-page-fails', {
      ...tree().files,
      '/events': feedDoc([upcomingEvent(1)], { next_url: 'events/2' }),
      '/events/2': 503,
    });
    configureFeedClient({ retries: 0 });
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${served.url} limit="3"></roseup-event-list>`);
    await until(() => /Atelier 1/.test(text(root(el) as unknown as Element)), 'the first page');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(await served.hits('/events/2')).to.equal(1);
  });

  it('an article list of one category reads that category’s document, and switches documents when the category changes', async () => {
    const served = await serveStaticFeed('cat', tree().files);
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${served.url} category="droits" limit="3"></roseup-article-list>`);
    await until(() => root(el).querySelectorAll('roseup-article-card').length === 3, 'three cards');
    const titles = () => [...root(el).querySelectorAll('roseup-article-card')].map((c) => (c as RoseUpArticleCard).article!.title);
    expect(titles()).to.deep.equal(['Article 39', 'Article 37', 'Article 35']);
    expect(await served.requested(['/categories/droits', '/pages/2'])).to.deep.equal({ '/categories/droits': 1, '/pages/2': 0 });

    el.category = 'beaute'; // no such document on this server: a category with nothing in it
    await until(() => !!root(el).querySelector('[part="empty"]'), 'the empty state');
    expect(await served.hits('/categories/beaute')).to.equal(1);
  });

  it('only the entry feed is kept on the device, never item documents, events or pages', async () => {
    const served = await serveStaticFeed('stored', tree().files);
    const el = await fixture(html`<div>
      <roseup-article-card feed=${served.url} article-id="https://www.rose-up.fr/magazine/article-2/"></roseup-article-card>
      <roseup-event-list feed=${served.url}></roseup-event-list>
    </div>`);
    await until(() => cardTitle(el.querySelector('roseup-article-card')!) === 'Article 2', 'the card');
    await until(() => Object.keys(localStorage).some((k) => k.startsWith('roseup:feed:') && k.includes(served.key)), 'the stored entry', 5000);
    const stored = Object.keys(localStorage).filter((k) => k.startsWith('roseup:feed:') && k.includes(served.key));
    expect(stored.sort()).to.deep.equal([`roseup:feed:v2:${served.url}`, `roseup:feed:v2:${served.url} saved`]);
    for (const k of stored) localStorage.removeItem(k);
  });

  it('the search asks the prebuilt index, not the entry feed: the manifest on focus, then one shard for one word', async () => {
    performance.setResourceTimingBufferSize(10_000);
    const fixture_ = new URL('/test/fixtures/static-feed/', location.href).href;
    const built = await (await fetch(`${fixture_}feed.json`)).json();
    const manifest = `${fixture_}search/${new URL(built._roseup.search_index_url).pathname.split('/').pop()}`;
    const served = await serveStaticFeed('search', {
      '/feed': feedDoc([article(1)], { _roseup: { ...staticLinks, search_index_url: manifest } }),
    });
    const indexRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${fixture_}search/`)).length;
    const before = indexRequests();
    const el = await fixture<RoseUpSearch>(html`<roseup-search feed=${served.url}></roseup-search>`);
    const input = root(el).querySelector('input')!;
    input.focus();
    await until(() => indexRequests() - before === 1, 'the manifest, on focus');
    await sendKeys({ type: 'immunothérapie' });
    const results = () => [...root(el).querySelectorAll<HTMLElement>('[role="option"].result')].map(text);
    await until(() => results().length > 0, 'results from the index');
    expect(results().join(' ')).to.match(/immunoth[ée]rapie/i);
    expect(indexRequests() - before).to.equal(2); // the manifest and the word's shard
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

