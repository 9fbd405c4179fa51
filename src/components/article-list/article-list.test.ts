import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureFeedClient, loadFeed, resetFeedClient } from '../../data/feed-client.js';
import { getBookmarkStore } from '../../data/bookmarks.js';
import type { RoseUpArticleCard } from '../article-card/article-card.js';
import type { RoseUpArticleList } from './article-list.js';
import type { RoseUpErrorDetail } from '../internal/events.js';
import './define.js';
import { countYields, hits, jsonFeed, mockUrl, serveFeed, uniqueKey, until } from '../../../test/helpers/feeds.js';

const MAGAZINE = 'https://www.rose-up.fr/magazine/';
const term = (id: string) => ({ id, label: `Label ${id}` });

function article(n: number, options: { category?: string; format?: string } = {}) {
  return {
    id: `${MAGAZINE}article-${n}/`,
    url: `${MAGAZINE}article-${n}/`,
    title: `Article ${n}`,
    summary: `Résumé de l’article ${n}.`,
    date_published: '2025-06-01T10:00:00+02:00',
    _roseup: {
      kind: 'article',
      category: term(options.category ?? 'droits-et-demarches'),
      format: term(options.format ?? 'actualite'),
    },
  };
}

function event(n: number) {
  return {
    id: `https://www.rose-up.fr/agenda/atelier-${n}/#2030-01-10T10:00`,
    url: `https://www.rose-up.fr/agenda/atelier-${n}/`,
    title: `Atelier ${n}`,
    _roseup: {
      kind: 'event',
      category: term('activite-physique'),
      format: term('atelier'),
      event: {
        start: '2030-01-10T10:00:00+01:00',
        end: '2030-01-10T11:00:00+01:00',
        time_zone: 'Europe/Paris',
        status: 'scheduled',
        attendance: 'offline',
      },
    },
  };
}

const range = (from: number, to: number, options?: { category?: string; format?: string }) =>
  Array.from({ length: to - from + 1 }, (_, i) => article(from + i, options));

/**
 * Registers a chain of pages: page 1 under `key`, page N under `key:N`, each (but the last)
 * with a `next_url` to the next one. `nextQuery` is added to the next_url of page 1 only.
 */
async function servePages(name: string, pages: unknown[][], nextQuery = '') {
  const key = uniqueKey(name);
  for (let i = 0; i < pages.length; i++) {
    const next = i + 1 < pages.length ? mockUrl(key, `&page=${i + 2}${i === 0 ? nextQuery : ''}`) : undefined;
    const body = jsonFeed(pages[i], next ? { next_url: next } : {});
    await fetch(`/mock/register?key=${encodeURIComponent(i === 0 ? key : `${key}:${i + 1}`)}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
  }
  return { key, url: mockUrl(key) };
}

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll('li')];
const titles = (el: Element) =>
  items(el).map((li) => (li.querySelector('roseup-article-card') as RoseUpArticleCard).article!.title);
const moreButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="more"]');
const liveText = (el: Element) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settled(el: RoseUpArticleList) {
  await until(() => !!root(el).querySelector('ul.items, [part="empty"], [part="error"]'), 'the list to load');
  await el.updateComplete;
}

async function cardsRendered(el: Element) {
  for (const card of root(el).querySelectorAll('roseup-article-card')) await (card as RoseUpArticleCard).updateComplete;
}

/** Clicks "Voir plus" and waits for the new announcement, or for a new inline error. */
async function clickMore(el: RoseUpArticleList) {
  const status = root(el).querySelector('[role="status"]')!;
  const failed = () => !!root(el).querySelector('[part="more-error"]');
  const failedBefore = failed();
  let announced = false;
  const observer = new MutationObserver(() => {
    if (status.textContent!.trim()) announced = true;
  });
  observer.observe(status, { subtree: true, childList: true, characterData: true });
  moreButton(el)!.click();
  try {
    await until(() => announced || (!failedBefore && failed()), 'more items');
  } finally {
    observer.disconnect();
  }
  await el.updateComplete;
}

describe('<roseup-article-list>', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 3000 });
    getBookmarkStore().clear();
  });

  it('renders a real list of the first 3 articles as cards, from one request, accessibly', async () => {
    const { key, url } = await serveFeed('list-basic', jsonFeed([event(1), ...range(1, 5), event(2)]));
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    const list = root(el).querySelector('ul')!;
    expect(list.children.length).to.equal(3);
    expect([...list.children].every((child) => child.tagName === 'LI')).to.equal(true);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
    await cardsRendered(el);
    // Cards get their model: no card asks for the feed itself.
    expect(await hits(key)).to.equal(1);
    // No heading by default; the cards sit one level below heading-level (2).
    expect(root(el).querySelector('[part="heading"]')).to.equal(null);
    const card = root(el).querySelector('roseup-article-card')!;
    expect(card.shadowRoot!.querySelector('h3[part="title"]')!.textContent!.trim()).to.equal('Article 1');
    expect(moreButton(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Voir plus d’articles');
    await expect(el).to.be.accessible();
  });

  it('fires roseup-load with the feed URL', async () => {
    const { url } = await serveFeed('list-load', jsonFeed(range(1, 2)));
    const el = document.createElement('roseup-article-list');
    el.feed = url;
    const loaded = oneEvent(el, 'roseup-load');
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail).to.include({ url, stale: false });
    el.remove();
  });

  it('filters by category, format and kind, and honours limit', async () => {
    const { url } = await serveFeed(
      'list-filters',
      jsonFeed([
        ...range(1, 2, { category: 'beaute', format: 'conseils' }),
        ...range(3, 5, { category: 'beaute', format: 'actualite' }),
        ...range(6, 7, { category: 'droits', format: 'actualite' }),
        event(1),
        event(2),
      ]),
    );
    const el = await fixture<RoseUpArticleList>(
      html`<roseup-article-list feed=${url} category="beaute" limit="10"></roseup-article-list>`,
    );
    await settled(el);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5']);

    el.format = 'actualite';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Article 3', 'Article 4', 'Article 5']);

    el.category = undefined;
    el.limit = 4;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Article 3', 'Article 4', 'Article 5', 'Article 6']);

    el.format = 'conseils, actualite';
    el.limit = 2;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2']);

    el.format = undefined;
    el.kind = 'event';
    el.limit = 3;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Atelier 1', 'Atelier 2']);
    expect(moreButton(el)).to.equal(null);

    el.kind = 'all';
    el.category = 'activite-physique,droits';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Article 6', 'Article 7', 'Atelier 1']);
  });

  it('renders the optional heading at heading-level, labels the list with it, and puts the cards one level below', async () => {
    const { url } = await serveFeed('list-heading', jsonFeed(range(1, 2)));
    const el = await fixture<RoseUpArticleList>(
      html`<roseup-article-list feed=${url} heading="L’actu RoseUp" heading-level="3"></roseup-article-list>`,
    );
    await settled(el);
    const heading = root(el).querySelector('h3[part="heading"]')!;
    expect(heading.textContent).to.equal('L’actu RoseUp');
    expect(root(el).querySelector('ul')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    await cardsRendered(el);
    const card = root(el).querySelector('roseup-article-card')!;
    expect(card.shadowRoot!.querySelector('h4[part="title"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lays the grid out in one column at 320 px and several on a wide container; list layout uses horizontal cards', async () => {
    const { url } = await serveFeed('list-layout', jsonFeed(range(1, 3)));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <roseup-article-list feed=${url} no-image></roseup-article-list>
    </div>`);
    const el = wrapper.querySelector('roseup-article-list')!;
    await settled(el);
    const columns = () => getComputedStyle(root(el).querySelector('ul')!).gridTemplateColumns.split(' ').length;
    expect(root(el).querySelector('ul')!.classList.contains('grid')).to.equal(true);
    expect(columns()).to.equal(1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    wrapper.style.width = '1000px';
    await sleep(30);
    expect(columns()).to.be.greaterThan(1);

    el.layout = 'list';
    await el.updateComplete;
    const list = root(el).querySelector('ul')!;
    expect(list.classList.contains('list')).to.equal(true);
    expect(root(el).querySelector('roseup-article-card')!.getAttribute('variant')).to.equal('horizontal');
    await expect(el).to.be.accessible();
  });

  it('passes no-image and no-summary to the cards', async () => {
    const { url } = await serveFeed('list-pass', jsonFeed([{ ...article(1), image: 'https://www.rose-up.fr/x.png' }]));
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} no-image no-summary></roseup-article-list>`);
    await settled(el);
    await cardsRendered(el);
    const card = root(el).querySelector('roseup-article-card')!;
    expect(card.noImage).to.equal(true);
    expect(card.noSummary).to.equal(true);
    expect(card.shadowRoot!.querySelector('img, [part="summary"]')).to.equal(null);
  });

  it('"Voir plus" reveals the next loaded items without a request, focuses the first new one and announces it', async () => {
    const { key, url } = await serveFeed('list-more-local', jsonFeed(range(1, 5)));
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} limit="2"></roseup-article-list>`);
    await settled(el);
    expect(liveText(el)).to.equal('');
    await clickMore(el);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3', 'Article 4']);
    expect(liveText(el)).to.equal('2 articles ajoutés');
    const focused = root(el).activeElement as HTMLElement;
    expect(focused).to.equal(items(el)[2]);
    expect(focused.getAttribute('tabindex')).to.equal('-1');
    await clickMore(el);
    expect(titles(el).length).to.equal(5);
    expect(liveText(el)).to.equal('1 article ajouté. Il n’y a pas d’autre article.');
    expect(root(el).activeElement).to.equal(items(el)[4]);
    // Nothing left: no button.
    expect(moreButton(el)).to.equal(null);
    expect(await hits(key)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('follows next_url only when the visitor asks, and hides the button once everything is shown', async () => {
    const { key, url } = await servePages('list-pages', [range(1, 4), range(5, 7)]);
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
    await sleep(100);
    expect(await hits(key)).to.equal(1); // page 2 is not fetched in advance
    await clickMore(el);
    expect(await hits(key)).to.equal(2);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5', 'Article 6']);
    expect(liveText(el)).to.equal('3 articles ajoutés');
    expect(root(el).activeElement).to.equal(items(el)[3]);
    expect(moreButton(el)).to.exist;
    expect(root(el).querySelector('[part="end"]')).to.equal(null);
    await clickMore(el);
    expect(titles(el).length).to.equal(7);
    // The button goes with the last item: the end is said, and shown where the button was.
    expect(liveText(el)).to.equal('1 article ajouté. Il n’y a pas d’autre article.');
    expect(moreButton(el)).to.equal(null);
    expect(root(el).querySelector('[part="end"]')!.textContent).to.equal('Il n’y a pas d’autre article.');
    expect(await hits(key)).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('filters the next pages too, fetching as many as needed to fill a step', async () => {
    const { key, url } = await servePages('list-pages-filter', [
      [...range(1, 2, { format: 'actualite' }), article(3, { format: 'conseils' })],
      [...range(4, 5, { format: 'conseils' }), ...range(6, 7, { format: 'actualite' })],
      [article(8, { format: 'actualite' })],
      [article(9, { format: 'conseils' })],
    ]);
    const el = await fixture<RoseUpArticleList>(
      html`<roseup-article-list feed=${url} format="actualite" limit="2"></roseup-article-list>`,
    );
    await settled(el);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2']);
    await clickMore(el);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 6', 'Article 7']);
    expect(liveText(el)).to.equal('2 articles ajoutés');
    expect(await hits(key)).to.equal(2);
    expect(moreButton(el)).to.exist; // pages 3 and 4 have not been seen yet
    await clickMore(el);
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 6', 'Article 7', 'Article 8']);
    expect(liveText(el)).to.equal('1 article ajouté. Il n’y a pas d’autre article.');
    expect(await hits(key)).to.equal(4);
    expect(moreButton(el)).to.equal(null);
  });

  it('says so, and keeps focus in the list, when the next pages hold nothing more', async () => {
    const { url } = await servePages('list-none-left', [range(1, 2, { format: 'actualite' }), [article(3, { format: 'conseils' })]]);
    const el = await fixture<RoseUpArticleList>(
      html`<roseup-article-list feed=${url} format="actualite" limit="2"></roseup-article-list>`,
    );
    await settled(el);
    moreButton(el)!.focus();
    await clickMore(el);
    expect(liveText(el)).to.equal('Il n’y a pas d’autre article.');
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2']);
    expect(moreButton(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(items(el)[1]);
  });

  it('looks in the next pages before saying there is nothing, when the first page has no match', async () => {
    const { key, url } = await servePages('list-prefill', [range(1, 3, { category: 'droits' }), range(4, 5, { category: 'beaute' })]);
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} category="beaute"></roseup-article-list>`);
    await until(() => items(el).length === 2, 'page 2 items');
    expect(titles(el)).to.deep.equal(['Article 4', 'Article 5']);
    expect(root(el).querySelector('[part="empty"]')).to.equal(null);
    expect(await hits(key)).to.equal(2);
  });

  it('shows a busy state while the next page loads', async () => {
    const { url } = await servePages('list-busy', [range(1, 3), range(4, 6)], '&delay=400');
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    const button = moreButton(el)!;
    button.click();
    await until(() => button.getAttribute('aria-disabled') === 'true', 'the busy state');
    expect(button.textContent!.trim()).to.equal('Chargement…');
    expect(root(el).querySelector('ul')!.getAttribute('aria-busy')).to.equal('true');
    // A second click while busy does nothing.
    button.click();
    await expect(el).to.be.accessible();
    await until(() => liveText(el) !== '', 'the next page');
    expect(titles(el).length).to.equal(6);
    expect(root(el).querySelector('ul')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps what is shown when a next page fails, with an inline error and a retry that works', async () => {
    const { key, url } = await servePages('list-page-fail', [range(1, 3), range(4, 6)], '&fail=2&failStatus=404');
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    const errors: RoseUpErrorDetail[] = [];
    el.addEventListener('roseup-error', (event) => errors.push(event.detail));
    moreButton(el)!.focus();
    await clickMore(el);
    const alert = root(el).querySelector('[part="more-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    // A 404 is the server's doing, not the visitor's connection.
    expect(alert.textContent).to.contain('La suite n’a pas pu être chargée\u00a0: le site de RoseUp ne répond pas correctement');
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
    const retry = moreButton(el)!;
    expect(retry.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Réessayer de charger la suite');
    expect(root(el).activeElement).to.equal(retry); // focus stays where it was
    // The developer hears of it, marked as a next-page failure: the list itself is still shown.
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ scope: 'next-page', reason: 'http', status: 404 });
    await expect(el).to.be.accessible();
    await clickMore(el);
    expect(root(el).querySelector('[part="more-error"]')).to.equal(null);
    expect(titles(el).length).to.equal(6);
    expect(liveText(el)).to.equal('3 articles ajoutés. Il n’y a pas d’autre article.');
    expect(await hits(key)).to.equal(3);
  });

  for (const key of ['Enter', 'Space']) {
    it(`works from the keyboard (${key}) and moves focus to the first new item`, async () => {
      const { url } = await serveFeed('list-keys', jsonFeed(range(1, 6)));
      const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
      await settled(el);
      moreButton(el)!.focus();
      await sendKeys({ press: key });
      await until(() => liveText(el) !== '', 'more items');
      expect(titles(el).length).to.equal(6);
      expect(root(el).activeElement).to.equal(items(el)[3]);
      // The focused item shows a visible focus ring after a keyboard action.
      expect(getComputedStyle(items(el)[3]).outlineStyle).to.not.equal('none');
    });
  }

  it('picks a rare category out of a long plain feed a slice at a time, yielding to the page in between', async () => {
    // Reading (normalising) an item takes tens of microseconds: the 5,000 items a list must read
    // to find that none is in its category were one task of 55 to 95 ms here (four times that on
    // a slowed phone) when the list picked them out at its render.
    const { url } = await serveFeed('list-rare-category', jsonFeed(Array.from({ length: 5000 }, (_, n) => article(n))));
    await loadFeed(url); // in memory: what follows is the reading alone
    const { yields } = await countYields(async () => {
      const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} category="sexualite"></roseup-article-list>`);
      await settled(el);
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('Aucun article pour le moment.');
    });
    // One yield follows every feed load; reading 5,000 items in slices of about 8 ms adds some
    // (8 here, in about 70 ms).
    expect(yields, 'times the list gave the page back').to.be.at.least(3);
  });

  it('finds the few events of a long feed of articles, and the few articles of a long feed of events, without reading the others', async () => {
    // Reading (normalising) 4,000 items is one task of 45 to 75 ms here, four times that on a
    // slowed phone; an item's kind is known without reading it.
    for (const [kind, items] of [
      ['event', [...Array.from({ length: 4000 }, (_, n) => article(n)), event(1), event(2)]],
      ['article', [...Array.from({ length: 4000 }, (_, n) => event(n + 10)), article(1), article(2)]],
    ] as const) {
      const { url } = await serveFeed(`list-kind-${kind}`, jsonFeed([...items]));
      const reads = await countReads(url);
      const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} kind=${kind}></roseup-article-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(kind === 'event' ? ['Atelier 1', 'Atelier 2'] : ['Article 1', 'Article 2']);
      expect(reads(), `items read to show two ${kind}s`).to.be.below(20);
      el.remove();
    }
  });

  /** Counts the items read (normalised: each once, then kept) from the shared, in-memory feed at `url`. */
  async function countReads(url: string): Promise<() => number> {
    const { feed } = await loadFeed(url);
    const at = feed.items.at.bind(feed.items);
    const read = new Set<number>();
    feed.items.at = (index: number) => (read.add(index), at(index));
    return () => read.size;
  }

  it('reads only what it shows when its category is common in a long plain feed', async () => {
    // It read the whole feed before its first render: 5,000 items, hundreds of ms on a slow phone.
    const { url } = await serveFeed('list-common-category', jsonFeed(Array.from({ length: 5000 }, (_, n) => article(n, { category: 'fatigue' }))));
    const reads = await countReads(url);
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} category="fatigue"></roseup-article-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Article 0', 'Article 1', 'Article 2']);
    expect(reads(), 'items read to show three').to.be.below(20);
  });

  it('"Voir plus" finds the next items of a rare category far down a long plain feed a slice at a time', async () => {
    const rare = new Set([0, 1, 2, 3000, 4000, 4998]);
    const items = Array.from({ length: 5000 }, (_, n) => article(n, { category: rare.has(n) ? 'sexualite' : 'fatigue' }));
    const { url } = await serveFeed('list-rare-more', jsonFeed(items));
    const reads = await countReads(url);
    // The most items read in one task: reading 5,000 at once is one long task.
    let most = 0;
    let sinceYield = 0;
    const onYield = () => {
      most = Math.max(most, reads() - sinceYield);
      sinceYield = reads();
    };
    const { yields } = await countYields(async () => {
      const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} category="sexualite"></roseup-article-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Article 0', 'Article 1', 'Article 2']);
      moreButton(el)!.click();
      await until(() => titles(el).length === 6, 'three more items');
      expect(titles(el).slice(3)).to.deep.equal(['Article 3000', 'Article 4000', 'Article 4998']);
      // The last ones: nothing more to show, and the list says so.
      await until(() => liveText(el) !== '', 'the announcement');
      expect(moreButton(el)).to.equal(null);
    }, onYield);
    onYield();
    expect(reads(), 'every item read, to find the rare ones').to.be.at.least(5000);
    expect(yields, 'times the list gave the page back').to.be.at.least(3);
    expect(most, 'items read in one task').to.be.below(2500);
  });

  it('shows an empty state with a link to the feed’s home page', async () => {
    const { url } = await serveFeed('list-empty', jsonFeed([event(1)]));
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    const empty = root(el).querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('Aucun article pour le moment.');
    expect(empty.querySelector('a')!.getAttribute('href')).to.equal('https://www.rose-up.fr/');
    expect(empty.querySelector('a')!.textContent).to.equal('Découvrir tous les contenus de RoseUp');
    expect(root(el).querySelector('ul')).to.equal(null);
    expect(moreButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names another site in its empty-state link when the feed is not RoseUp’s (the text says where it goes)', async () => {
    const { url } = await serveFeed('list-other-site', jsonFeed([], { title: 'Ligue contre le cancer', home_page_url: 'https://www.ligue-cancer.example/' }));
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    const link = root(el).querySelector('[part="empty"] a')!;
    expect(link.getAttribute('href')).to.equal('https://www.ligue-cancer.example/');
    expect(link.textContent).to.equal('Découvrir tous les contenus de Ligue contre le cancer');
  });

  it('shows a loading placeholder that reserves space and is marked busy', async () => {
    const key = uniqueKey('list-slow');
    const el = await fixture<RoseUpArticleList>(
      html`<roseup-article-list feed=${mockUrl(key, '&delay=600')} heading="À lire"></roseup-article-list>`,
    );
    const loading = root(el).querySelector('[part="loading"]') as HTMLElement;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent).to.contain('Chargement…');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('À lire');
    await expect(el).to.be.accessible();
  });

  it('shows an alert with a retry button when the feed fails, and recovers on retry', async () => {
    const { url } = await serveFeed('list-error', jsonFeed(range(1, 3)), '&fail=3&failStatus=503');
    const el = document.createElement('roseup-article-list');
    el.feed = url;
    const failed = oneEvent(el, 'roseup-error');
    document.body.append(el);
    try {
      expect((await failed).detail).to.include({ reason: 'http', status: 503 });
      await el.updateComplete;
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Le contenu de RoseUp n’a pas pu être chargé.');
      await expect(el).to.be.accessible();
      const reloaded = oneEvent(el, 'roseup-load');
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await reloaded;
      await settled(el);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(titles(el).length).to.equal(3);
    } finally {
      el.remove();
    }
  });

  it('in the error state, shows the partner’s fallback under the alert without repeating the list’s own heading', async () => {
    configureFeedClient({ retries: 0 });
    const { url } = await serveFeed('list-fallback', jsonFeed(range(1, 3)), '&status=503');
    const failed = new Promise((resolve) => document.addEventListener('roseup-error', resolve, { once: true }));
    const el = await fixture<RoseUpArticleList>(
      html`<roseup-article-list feed=${url} heading="L’actu RoseUp"
        ><h2>L’actu RoseUp</h2>
        <p><a href="https://www.rose-up.fr/magazine/">Lire Rose magazine</a></p></roseup-article-list
      >`,
    );
    await failed;
    await el.updateComplete;
    const fallbackHeading = el.querySelector('h2')!;
    const fallbackLink = el.querySelector('a')!;
    expect(getComputedStyle(fallbackHeading).display).to.equal('none');
    expect(fallbackLink.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('L’actu RoseUp');
    await expect(el).to.be.accessible();
  });

  it('shows the copy kept from an earlier visit, with a discreet notice, when the feed is down', async () => {
    const { url } = await serveFeed('list-stale', jsonFeed(range(1, 4)), '&failAfter=1&failStatus=503');
    const first = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(first);
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 3000 });
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url}></roseup-article-list>`);
    await settled(el);
    expect(root(el).querySelector('[part="stale"]')!.textContent).to.contain('Contenu mis à jour le');
    expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const { url } = await serveFeed('list-en', jsonFeed(range(1, 4)));
    const wrapper = await fixture(html`<div lang="en"><roseup-article-list feed=${url}></roseup-article-list></div>`);
    const el = wrapper.querySelector('roseup-article-list')!;
    await settled(el);
    expect(moreButton(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show more articles');
    await clickMore(el);
    expect(liveText(el)).to.equal('1 article added. There are no more articles.');
  });
});

describe('<roseup-article-list> on a long archive', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 3000 });
  });

  it('reads at most two more pages by itself for a filter, then lets the visitor look further', async () => {
    const other = { category: 'beaute' };
    const { key, url } = await servePages('list-archive', [range(1, 3, other), range(4, 6, other), range(7, 9, other), range(10, 12, other), [article(13, { category: 'droits' })]]);
    const el = await fixture<RoseUpArticleList>(html`<roseup-article-list feed=${url} category="droits" limit="2"></roseup-article-list>`);
    await until(() => !!moreButton(el) && moreButton(el)!.getAttribute('aria-disabled') === 'false', 'the button');
    expect(await hits(key)).to.equal(3); // the first page and two more, not the whole archive
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('parmi les plus récents');
    expect(moreButton(el)!.textContent!.trim()).to.equal('Chercher dans les articles plus anciens');
    await expect(el).to.be.accessible();

    moreButton(el)!.click();
    await until(() => items(el).length === 1, 'the match from an older page');
    expect(titles(el)).to.deep.equal(['Article 13']);
    expect(await hits(key)).to.equal(5);
  });
});
