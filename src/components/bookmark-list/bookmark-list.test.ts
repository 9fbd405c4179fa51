import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import {
  BOOKMARKS_STORAGE_KEY,
  BOOKMARK_STORE_SYMBOL,
  createBookmarkStore,
  getBookmarkStore,
} from '../../data/bookmarks.js';
import type { RoseUpArticleCard } from '../article-card/article-card.js';
import type { RoseUpBookmarkList } from './bookmark-list.js';
import './define.js';
import '../bookmark-button/define.js';
import { hits, jsonFeed, mockUrl, serveFeed, uniqueKey, until } from '../../../test/helpers/feeds.js';

const MAGAZINE = 'https://www.rose-up.fr/magazine/';

function article(n: number) {
  return {
    id: `${MAGAZINE}article-${n}/`,
    url: `${MAGAZINE}article-${n}/`,
    title: `Article ${n} (dans le fil)`,
    summary: `Résumé ${n}.`,
    _roseup: { kind: 'article', category: { id: 'beaute', label: 'Beauté' }, format: { id: 'conseils', label: 'Conseils' } },
  };
}

/** What a bookmark button stores: id, the title it was given, and the link. */
const saved = (n: number, title = `Article ${n}`) => ({ id: `${MAGAZINE}article-${n}/`, title, url: `${MAGAZINE}article-${n}/` });

const root = (el: Element) => el.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...root(el).querySelectorAll('li')];
/** Each row's title, whether it is a feed card or a stored entry. */
const titles = (el: Element) =>
  rows(el).map((li) => {
    const card = li.querySelector('roseup-article-card') as RoseUpArticleCard | null;
    return card ? card.article!.title : clean(li.querySelector('[part="entry"] .title')!.textContent);
  });
const removeButtons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="remove"]')];
const liveText = (el: Element) => clean(root(el).querySelector('[role="status"]')!.textContent);
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function resolved(el: RoseUpBookmarkList) {
  await until(() => !!root(el).querySelector('roseup-article-card'), 'the feed details');
  await el.updateComplete;
}

describe('<roseup-bookmark-list>', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 3000 });
    getBookmarkStore().clear();
  });
  afterEach(() => getBookmarkStore().clear());

  it('explains how to save when there is nothing saved, without asking for the feed', async () => {
    const key = uniqueKey('bl-empty');
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${mockUrl(key)}></roseup-bookmark-list>`);
    const heading = root(el).querySelector('h2[part="heading"]')!;
    expect(heading.textContent).to.equal('Mes favoris');
    expect(clean(root(el).querySelector('[part="empty"]')!.textContent)).to.equal(
      'Vous n’avez pas encore de favoris. Utilisez le bouton « Enregistrer » d’un article pour le retrouver ici.',
    );
    expect(root(el).querySelector('ul, [part="clear"], [part="count"]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(await hits(key)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('lists saved items newest first: compact cards from the feed, stored title and link for the others', async () => {
    const store = getBookmarkStore();
    store.add(saved(1));
    store.add(saved(9, 'Un article retiré du fil'));
    store.add(saved(2));
    const { url } = await serveFeed('bl-list', jsonFeed([article(1), article(2), article(3)]));
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${url}></roseup-bookmark-list>`);
    await resolved(el);
    expect(titles(el)).to.deep.equal(['Article 2 (dans le fil)', 'Un article retiré du fil', 'Article 1 (dans le fil)']);
    expect(clean(root(el).querySelector('[part="count"]')!.textContent)).to.equal('3 favoris');

    const card = rows(el)[0].querySelector('roseup-article-card') as RoseUpArticleCard;
    expect(card.variant).to.equal('compact');
    expect(card.noBookmark).to.equal(true);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h3[part="title"]')).to.exist;

    const entry = rows(el)[1].querySelector('[part="entry"]')!;
    const link = entry.querySelector('h3 a')!;
    expect(link.getAttribute('href')).to.equal(`${MAGAZINE}article-9/`);
    expect(link.textContent).to.equal('Un article retiré du fil');
    expect(clean(entry.textContent)).to.match(/Enregistré le \d{1,2} \S+ \d{4}/);

    expect(removeButtons(el).map((b) => clean(b.textContent))).to.deep.equal([
      'Retirer « Article 2 (dans le fil) »',
      'Retirer « Un article retiré du fil »',
      'Retirer « Article 1 (dans le fil) »',
    ]);
    expect(root(el).querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('heading');
    await expect(el).to.be.accessible();
  });

  it('counts in the singular for one bookmark, and honours heading and heading-level', async () => {
    getBookmarkStore().add(saved(1));
    const { url } = await serveFeed('bl-heading', jsonFeed([article(1)]));
    const el = await fixture<RoseUpBookmarkList>(
      html`<roseup-bookmark-list feed=${url} heading="Vos lectures" heading-level="3"></roseup-bookmark-list>`,
    );
    await resolved(el);
    expect(root(el).querySelector('h3[part="heading"]')!.textContent).to.equal('Vos lectures');
    expect(clean(root(el).querySelector('[part="count"]')!.textContent)).to.equal('1 favori');
    const card = root(el).querySelector('roseup-article-card') as RoseUpArticleCard;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h4[part="title"]')).to.exist;
  });

  it('shows the stored titles at once, without waiting for the feed', async () => {
    getBookmarkStore().add(saved(1));
    const key = uniqueKey('bl-slow');
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${mockUrl(key, '&delay=800')}></roseup-bookmark-list>`);
    expect(titles(el)).to.deep.equal(['Article 1']);
    expect(rows(el)[0].querySelector('a')!.getAttribute('href')).to.equal(`${MAGAZINE}article-1/`);
    await expect(el).to.be.accessible();
  });

  it('follows a bookmark button elsewhere on the page', async () => {
    const { url } = await serveFeed('bl-button', jsonFeed([article(1), article(2)]));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <roseup-bookmark-button item-id=${`${MAGAZINE}article-2/`} item-title="Article 2" item-url=${`${MAGAZINE}article-2/`}></roseup-bookmark-button>
      <roseup-bookmark-list feed=${url}></roseup-bookmark-list>
    </div>`);
    const el = wrapper.querySelector('roseup-bookmark-list')!;
    const button = wrapper.querySelector('roseup-bookmark-button')!;
    await button.updateComplete;
    expect(root(el).querySelector('[part="empty"]')).to.exist;

    button.shadowRoot!.querySelector('button')!.click();
    await resolved(el);
    expect(titles(el)).to.deep.equal(['Article 2 (dans le fil)']);

    button.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(root(el).querySelector('[part="empty"]')).to.exist;
  });

  it('follows a change made in another tab (storage event)', async () => {
    getBookmarkStore().add(saved(1));
    const { url } = await serveFeed('bl-tab', jsonFeed([article(1), article(2)]));
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${url}></roseup-bookmark-list>`);
    await resolved(el);

    const newValue = JSON.stringify({
      v: 1,
      items: [
        { id: `${MAGAZINE}article-7/`, savedAt: new Date().toISOString(), title: 'Ajouté dans un autre onglet', url: `${MAGAZINE}article-7/` },
        { id: `${MAGAZINE}article-1/`, savedAt: '2026-01-01T10:00:00.000Z', title: 'Article 1', url: `${MAGAZINE}article-1/` },
      ],
    });
    localStorage.setItem(BOOKMARKS_STORAGE_KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: BOOKMARKS_STORAGE_KEY, newValue, storageArea: localStorage }));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Ajouté dans un autre onglet', 'Article 1 (dans le fil)']);

    localStorage.removeItem(BOOKMARKS_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: BOOKMARKS_STORAGE_KEY, newValue: null, storageArea: localStorage }));
    await el.updateComplete;
    expect(root(el).querySelector('[part="empty"]')).to.exist;
  });

  it('removes an item and moves focus to the next one, then the previous one, then the heading', async () => {
    const store = getBookmarkStore();
    store.add(saved(1));
    store.add(saved(2));
    store.add(saved(3));
    const { url } = await serveFeed('bl-remove', jsonFeed([article(1), article(2), article(3)]));
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${url}></roseup-bookmark-list>`);
    await resolved(el);
    const changes: unknown[] = [];
    el.addEventListener('roseup-bookmark-change', (event) => changes.push(event.detail));

    // Newest first: 3, 2, 1. Remove the first: focus goes to the next (2).
    removeButtons(el)[0].focus();
    removeButtons(el)[0].click();
    await el.updateComplete;
    expect(store.has(`${MAGAZINE}article-3/`)).to.equal(false);
    expect(titles(el)).to.deep.equal(['Article 2 (dans le fil)', 'Article 1 (dans le fil)']);
    expect(clean(focused(el)?.textContent)).to.equal('Retirer « Article 2 (dans le fil) »');
    expect(liveText(el)).to.equal('« Article 3 (dans le fil) » retiré de vos favoris.');
    expect(changes).to.deep.equal([{ id: `${MAGAZINE}article-3/`, bookmarked: false, persistent: true }]);
    expect(clean(root(el).querySelector('[part="count"]')!.textContent)).to.equal('2 favoris');

    // Remove the last: focus goes to the previous one.
    removeButtons(el)[1].focus();
    removeButtons(el)[1].click();
    await el.updateComplete;
    expect(clean(focused(el)?.textContent)).to.equal('Retirer « Article 2 (dans le fil) »');

    // Remove the only one: focus goes to the heading, and the empty state shows.
    removeButtons(el)[0].click();
    await el.updateComplete;
    expect(focused(el)).to.equal(root(el).querySelector('#heading'));
    expect(root(el).querySelector('[part="empty"]')).to.exist;
    expect(store.count).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps focus in the list when the focused item is removed elsewhere', async () => {
    const store = getBookmarkStore();
    store.add(saved(1));
    store.add(saved(2));
    const { url } = await serveFeed('bl-remove-elsewhere', jsonFeed([article(1), article(2)]));
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${url}></roseup-bookmark-list>`);
    await resolved(el);
    removeButtons(el)[0].focus();
    store.remove(`${MAGAZINE}article-2/`);
    await el.updateComplete;
    expect(clean(focused(el)?.textContent)).to.equal('Retirer « Article 1 (dans le fil) »');
  });

  for (const key of ['Enter', 'Space']) {
    it(`removes with the keyboard (${key})`, async () => {
      const store = getBookmarkStore();
      store.add(saved(1));
      store.add(saved(2));
      const { url } = await serveFeed('bl-keys', jsonFeed([article(1), article(2)]));
      const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${url}></roseup-bookmark-list>`);
      await resolved(el);
      removeButtons(el)[0].focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(store.list().map((b) => b.id)).to.deep.equal([`${MAGAZINE}article-1/`]);
      expect(clean(focused(el)?.textContent)).to.equal('Retirer « Article 1 (dans le fil) »');
      // The next press removes the next one.
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(store.count).to.equal(0);
      expect(focused(el)).to.equal(root(el).querySelector('#heading'));
    });
  }

  it('asks for confirmation before clearing everything; Annuler and Escape cancel', async () => {
    const store = getBookmarkStore();
    store.add(saved(1));
    store.add(saved(2));
    const { url } = await serveFeed('bl-clear', jsonFeed([article(1)]));
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${url}></roseup-bookmark-list>`);
    await resolved(el);
    const clear = () => root(el).querySelector<HTMLButtonElement>('[part="clear"]');
    const confirmButton = (name: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="confirm"] button')].find((b) => b.textContent === name)!;

    // Open the step from the keyboard: focus goes to the safe choice, inside a labelled group.
    clear()!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const group = root(el).querySelector('[part="confirm"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(clean(root(el).querySelector(`#${group.getAttribute('aria-labelledby')}`)!.textContent)).to.equal(
      'Effacer vos 2 favoris de cet appareil ? Cette action est définitive.',
    );
    expect(focused(el)).to.equal(confirmButton('Annuler'));
    expect(clear()).to.equal(null);
    await expect(el).to.be.accessible();

    // Escape cancels, nothing is lost, focus returns to "Tout effacer".
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(focused(el)).to.equal(clear());
    expect(store.count).to.equal(2);

    // Annuler cancels too.
    clear()!.click();
    await el.updateComplete;
    confirmButton('Annuler').click();
    await el.updateComplete;
    expect(focused(el)).to.equal(clear());
    expect(store.count).to.equal(2);

    // Confirmer clears, announces, and puts focus on the heading.
    const changes: unknown[] = [];
    el.addEventListener('roseup-bookmark-change', (event) => changes.push(event.detail));
    clear()!.click();
    await el.updateComplete;
    confirmButton('Confirmer').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(store.count).to.equal(0);
    expect(liveText(el)).to.equal('Tous vos favoris ont été effacés.');
    expect(focused(el)).to.equal(root(el).querySelector('#heading'));
    expect(root(el).querySelector('[part="empty"]')).to.exist;
    expect(changes).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('still lists the bookmarks when the feed fails, with a discreet note and a retry', async () => {
    const store = getBookmarkStore();
    store.add(saved(1));
    store.add(saved(2));
    const { url } = await serveFeed('bl-feed-fail', jsonFeed([article(1), article(2)]), '&fail=3&failStatus=503');
    const el = document.createElement('roseup-bookmark-list');
    el.feed = url;
    const failed = oneEvent(el, 'roseup-error');
    document.body.append(el);
    try {
      expect((await failed).detail).to.include({ reason: 'http', status: 503 });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Article 2', 'Article 1']);
      expect(rows(el)[0].querySelector('a')!.getAttribute('href')).to.equal(`${MAGAZINE}article-2/`);
      const note = root(el).querySelector('[part="note"]')!;
      expect(note.textContent).to.contain('n’ont pas pu être chargées');
      // A failed load is said with role="alert" (the bookmarks themselves stay usable).
      expect(note.getAttribute('role')).to.equal('alert');
      expect(note.querySelector('[part="retry"]')).to.exist;
      await expect(el).to.be.accessible();
      // Removing still works without the feed.
      removeButtons(el)[0].click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Article 1']);
      // Retry brings the feed's details.
      const loaded = oneEvent(el, 'roseup-load');
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await loaded;
      await resolved(el);
      expect(titles(el)).to.deep.equal(['Article 1 (dans le fil)']);
      expect(root(el).querySelector('[part="note"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('tells the visitor when saved bookmarks could not be read, and keeps the damaged value aside', async () => {
    const values = new Map<string, string>([[BOOKMARKS_STORAGE_KEY, '{"v":1,"items":[oops']]);
    const storage = {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
      removeItem: (k: string) => void values.delete(k),
    } as unknown as Storage;
    const store = createBookmarkStore({ storage, warn: () => {}, target: null });
    const slot = globalThis as unknown as Record<symbol, unknown>;
    const original = slot[BOOKMARK_STORE_SYMBOL];
    slot[BOOKMARK_STORE_SYMBOL] = store;
    try {
      const el = await fixture<HTMLElement>(html`<roseup-bookmark-list></roseup-bookmark-list>`);
      const notes = [...root(el).querySelectorAll('[part="note"]')].map((n) => clean(n.textContent));
      expect(notes).to.include('Des favoris enregistrés sur cet appareil n’ont pas pu être lus. Ils n’ont pas été effacés : ils sont mis de côté.');
      expect(values.get(`${BOOKMARKS_STORAGE_KEY}:corrupt`)).to.equal('{"v":1,"items":[oops');
      await expect(el).to.be.accessible();
    } finally {
      slot[BOOKMARK_STORE_SYMBOL] = original;
      store.dispose();
    }
  });

  it('works for the page’s lifetime when localStorage throws', async () => {
    const fail = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const throwing = { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, get length(): number { return fail(); } } as Storage;
    const store = createBookmarkStore({ storage: throwing, warn: () => {} });
    const slot = globalThis as unknown as Record<symbol, unknown>;
    const original = slot[BOOKMARK_STORE_SYMBOL];
    slot[BOOKMARK_STORE_SYMBOL] = store;
    try {
      const { url } = await serveFeed('bl-throwing', jsonFeed([article(1)]));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <roseup-bookmark-button item-id=${`${MAGAZINE}article-1/`} item-title="Article 1"></roseup-bookmark-button>
        <roseup-bookmark-list feed=${url}></roseup-bookmark-list>
      </div>`);
      const el = wrapper.querySelector('roseup-bookmark-list')!;
      expect(store.persistent).to.equal(false);
      expect(clean(root(el).querySelector('[part="note"]')!.textContent)).to.equal(
        'Vos favoris ne pourront pas être gardés sur cet appareil après la fermeture de la page.',
      );
      const button = wrapper.querySelector('roseup-bookmark-button')!;
      await button.updateComplete;
      button.shadowRoot!.querySelector('button')!.click();
      await resolved(el);
      expect(titles(el)).to.deep.equal(['Article 1 (dans le fil)']);
      removeButtons(el)[0].click();
      await el.updateComplete;
      expect(store.count).to.equal(0);
      expect(root(el).querySelector('[part="empty"]')).to.exist;
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
    } finally {
      slot[BOOKMARK_STORE_SYMBOL] = original;
      store.dispose();
    }
  });

  it('speaks English under lang="en"', async () => {
    getBookmarkStore().add(saved(1));
    getBookmarkStore().add(saved(2));
    const { url } = await serveFeed('bl-en', jsonFeed([]));
    const wrapper = await fixture(html`<div lang="en"><roseup-bookmark-list feed=${url}></roseup-bookmark-list></div>`);
    const el = wrapper.querySelector('roseup-bookmark-list')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('My bookmarks');
    expect(clean(root(el).querySelector('[part="count"]')!.textContent)).to.equal('2 bookmarks');
    expect(clean(removeButtons(el)[0].textContent)).to.equal('Remove “Article 2”');
    expect(clean(root(el).querySelector('[part="clear"]')!.textContent)).to.equal('Clear all');
  });

  // Issue 16, item 3: 20,000 stored bookmarks rendered for 5.9 s; the list stays usable and loses nothing.
  it('shows the newest 100 of a huge stored list, with the whole count', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `${MAGAZINE}old-${i}/`, savedAt: '2026-01-01T10:00:00.000Z', title: `Ancien ${i}` }));
    localStorage.setItem(BOOKMARKS_STORAGE_KEY, JSON.stringify({ v: 1, items: many }));
    // What another tab's write looks like to the page's store.
    window.dispatchEvent(new StorageEvent('storage', { key: BOOKMARKS_STORAGE_KEY }));
    // Rendering 20,000 rows is what took seconds: only the newest 100 are in the DOM.
    const el = await fixture<RoseUpBookmarkList>(html`<roseup-bookmark-list feed=${mockUrl(uniqueKey('bl-huge'))}></roseup-bookmark-list>`);
    await el.updateComplete;
    expect(rows(el)).to.have.length(100);
    expect(titles(el)[0]).to.equal('Ancien 0');
    expect(clean(root(el).querySelector('[part="count"]')!.textContent)).to.equal('20000 favoris Les 100 plus récents sont affichés.');
    // Removing one shows the next; the 19,999 others are all still stored.
    removeButtons(el)[0].click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Ancien 1');
    expect(JSON.parse(localStorage.getItem(BOOKMARKS_STORAGE_KEY)!).items).to.have.length(19_999);
  });
});
