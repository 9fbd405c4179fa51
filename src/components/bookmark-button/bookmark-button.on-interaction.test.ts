// The bookmark button before its store has been loaded: the store (bookmarks.ts, the stored-list
// machinery, the controller, the live region) is fetched on the visitor's first interaction
// only. This file must not import the store: the first tests check, from the page's own request
// log, that nothing has fetched it. The tests run in order, in one page, and share its one load
// of the store: the last ones load it for real.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { BOOKMARKS_STORAGE_KEY, BOOKMARK_FORMAT_VERSION, BOOKMARK_STORE_SYMBOL } from '../../data/bookmark-keys.js';
import { makeBookmark } from '../../data/bookmark-format.js';
import type { RoseUpArticleCard } from '../article-card/article-card.js';
import type { RoseUpErrorDetail, RoseUpBookmarkChangeDetail } from '../internal/events.js';
import { RoseUpBookmarkButton } from './define.js';
import '../article-card/define.js';
import { jsonFeed, metastasesArticle, serveFeed, until } from '../../../test/helpers/feeds.js';

const SAVED = metastasesArticle.id;
const OTHER = 'https://www.rose-up.fr/magazine/loi-lemoine/';
const THIRD = 'https://www.rose-up.fr/magazine/fatigue/';

/** The store's modules: none may be requested before an interaction. */
const STORE_MODULES = /\/(bookmark-store|bookmarks-controller|bookmarks|live-region)\.ts/;
const storeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => STORE_MODULES.test(path));

/** A stored list written as the store writes it (the format's own `makeBookmark`). */
function seed(...ids: string[]) {
  const items = ids.map((id, i) => makeBookmark(id, new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), `Titre ${i}`, id));
  localStorage.setItem(BOOKMARKS_STORAGE_KEY, JSON.stringify({ v: BOOKMARK_FORMAT_VERSION, items }));
}

const inner = (el: Element) => el.shadowRoot!.querySelector('button')!;
const pressed = (el: Element) => inner(el).getAttribute('aria-pressed');
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const message = (el: Element) => el.shadowRoot!.querySelector('[part="message"]')?.textContent?.trim() ?? '';
const visibleText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buttons(template: unknown): Promise<RoseUpBookmarkButton[]> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const all = [...wrapper.querySelectorAll('roseup-bookmark-button')];
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

/** What the page and its buttons report. */
function listen() {
  const changes: RoseUpBookmarkChangeDetail[] = [];
  const errors: RoseUpErrorDetail[] = [];
  const onChange = (e: Event) => changes.push((e as CustomEvent<RoseUpBookmarkChangeDetail>).detail);
  const onError = (e: Event) => errors.push((e as CustomEvent<RoseUpErrorDetail>).detail);
  document.addEventListener('roseup-bookmark-change', onChange);
  document.addEventListener('roseup-error', onError);
  return { changes, errors, stop: () => (document.removeEventListener('roseup-bookmark-change', onChange), document.removeEventListener('roseup-error', onError)) };
}

describe('<roseup-bookmark-button> before its store is loaded', () => {
  const realLoader = RoseUpBookmarkButton.loadStore;
  const consoleError = console.error;
  afterEach(async () => {
    RoseUpBookmarkButton.loadStore = realLoader;
    console.error = consoleError;
    await resetMouse();
  });
  after(() => localStorage.removeItem(BOOKMARKS_STORAGE_KEY));

  it('on a page with one card, shows the stored state at once, enabled, without requesting the store', async () => {
    seed(SAVED);
    const { url } = await serveFeed('lazy-card', jsonFeed([metastasesArticle]));
    const card = await fixture<RoseUpArticleCard>(html`<roseup-article-card feed=${url} article-id=${SAVED}></roseup-article-card>`);
    await until(() => !!card.shadowRoot!.querySelector('roseup-bookmark-button')?.shadowRoot?.querySelector('button'), 'the card and its bookmark button');
    const button = card.shadowRoot!.querySelector('roseup-bookmark-button')!;
    expect(pressed(button)).to.equal('true');
    expect(inner(button).disabled).to.equal(false);
    expect(visibleText(button)).to.contain('Dans vos favoris');
    await expect(card).to.be.accessible();
    // Still nothing once the page is idle.
    await pause(300);
    expect(storeRequests()).to.deep.equal([]);
    expect((globalThis as unknown as Record<symbol, unknown>)[BOOKMARK_STORE_SYMBOL]).to.equal(undefined);
  });

  it('shows "not saved" for a stored value it cannot read, when storage is refused, or for an item not stored', async () => {
    localStorage.setItem(BOOKMARKS_STORAGE_KEY, `{"v":${BOOKMARK_FORMAT_VERSION},"items":[oops`);
    const [unreadable] = await buttons(html`<roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>`);
    expect(pressed(unreadable)).to.equal('false');
    localStorage.setItem(BOOKMARKS_STORAGE_KEY, JSON.stringify({ v: 2, items: [{ id: SAVED, title: 'Titre', savedAt: '2025-01-01T00:00:00.000Z' }] }));
    const [otherVersion] = await buttons(html`<roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>`);
    expect(pressed(otherVersion)).to.equal('false');
    // Storage refused (private mode, a sandboxed frame): reading it throws.
    seed(SAVED);
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const [refused] = await buttons(html`<roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>`);
      expect(pressed(refused)).to.equal('false');
      expect(inner(refused).disabled).to.equal(false);
    } finally {
      Storage.prototype.getItem = getItem;
    }
    const [saved, notSaved] = await buttons(html`
      <roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>
      <roseup-bookmark-button item-id=${OTHER} item-title="Autre"></roseup-bookmark-button>
    `);
    expect([pressed(saved), pressed(notSaved)]).to.deep.equal(['true', 'false']);
    expect(storeRequests()).to.deep.equal([]);
  });

  it('asks for the store when the pointer enters, on focus, on touch, when another tab changes the bookmarks, and when the page has a store', async () => {
    let calls = 0;
    console.error = () => undefined;
    RoseUpBookmarkButton.loadStore = () => (calls++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const seen = listen();
    try {
      seed();
      const [el] = await buttons(html`<roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>`);
      await pause(100);
      expect(calls).to.equal(0);
      const box = inner(el).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await until(() => calls === 1, 'a load when the pointer enters');
      await pause(0);
      inner(el).focus();
      await until(() => calls === 2, 'a load on focus');
      await pause(0);
      el.dispatchEvent(new Event('touchstart'));
      await until(() => calls === 3, 'a load on touch');
      await pause(0);
      window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
      await pause(50);
      expect(calls).to.equal(3);
      // Another tab saved the item: the button shows it at once, from storage, and asks for the store.
      seed(SAVED);
      window.dispatchEvent(new StorageEvent('storage', { key: BOOKMARKS_STORAGE_KEY, storageArea: localStorage }));
      await until(() => calls === 4, 'a load when another tab changed the bookmarks');
      await until(() => pressed(el) === 'true', 'the new stored state');
      await pause(0);
      // A store already on the page (a bookmark list, another copy of the bundle): at once, and it is what is shown.
      const slot = globalThis as unknown as Record<symbol, unknown>;
      slot[BOOKMARK_STORE_SYMBOL] = { has: (id: string) => id === THIRD };
      try {
        const [third] = await buttons(html`<roseup-bookmark-button item-id=${THIRD} item-title="Trois"></roseup-bookmark-button>`);
        await until(() => calls === 5, 'a load when the page has a store');
        expect(pressed(third)).to.equal('true');
      } finally {
        delete slot[BOOKMARK_STORE_SYMBOL];
      }
      // Without a click, a failed load is nobody's concern yet: nothing shown, nothing reported.
      expect(message(el)).to.equal('');
      expect(status(el)).to.equal('');
      expect(seen.errors).to.deep.equal([]);
    } finally {
      seen.stop();
    }
  });

  it('when the store cannot be loaded, a click says so visibly and to screen readers, fires roseup-error, and changes nothing', async () => {
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    RoseUpBookmarkButton.loadStore = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    seed(OTHER);
    const before = localStorage.getItem(BOOKMARKS_STORAGE_KEY);
    const seen = listen();
    try {
      const [el] = await buttons(html`<roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>`);
      inner(el).focus();
      inner(el).click();
      await until(() => message(el) !== '', 'the failure message');
      expect(pressed(el)).to.equal('false');
      expect(message(el)).to.equal('Vos favoris n’ont pas pu être modifiés. Vérifiez votre connexion internet, puis réessayez.');
      expect(status(el)).to.equal(message(el));
      expect(seen.errors.map(({ reason, url }) => ({ reason, url }))).to.deep.equal([{ reason: 'network', url: '' }]);
      expect(seen.changes).to.deep.equal([]);
      expect(localStorage.getItem(BOOKMARKS_STORAGE_KEY)).to.equal(before);
      expect(String(logged[0]?.[0])).to.contain('could not be loaded');
      // Focus stays on the button, which stays enabled: the visitor can try again.
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
      expect(inner(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
      // Failing again is said again: the region's text changes (by a no-break space screen readers do not read).
      const region = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
      const firstSaid = region();
      inner(el).click();
      await until(() => seen.errors.length === 2, 'a second roseup-error');
      await el.updateComplete;
      expect(region()).to.not.equal(firstSaid);
      expect(status(el)).to.equal(message(el));
    } finally {
      seen.stop();
    }
  });

  it('in English, says the failure in English', async () => {
    console.error = () => undefined;
    RoseUpBookmarkButton.loadStore = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const [el] = await buttons(html`<p lang="en"><roseup-bookmark-button item-id=${SAVED} item-title="Title"></roseup-bookmark-button></p>`);
    inner(el).click();
    await until(() => message(el) !== '', 'the failure message');
    expect(message(el)).to.equal('Your bookmarks could not be changed. Check your internet connection, then try again.');
  });

  it('applies a click (or a key) made before the store arrived, once, announced and reported; two clicks cancel out', async () => {
    seed(OTHER);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    RoseUpBookmarkButton.loadStore = () => (calls++, gate.then(realLoader));
    const seen = listen();
    try {
      const [first, twin, other, keyboard] = await buttons(html`
        <roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>
        <roseup-bookmark-button item-id=${SAVED} item-title="Titre"></roseup-bookmark-button>
        <roseup-bookmark-button item-id=${OTHER} item-title="Autre"></roseup-bookmark-button>
        <roseup-bookmark-button item-id=${THIRD} item-title="Trois"></roseup-bookmark-button>
      `);
      expect([first, twin, other, keyboard].map(pressed)).to.deep.equal(['false', 'false', 'true', 'false']);

      // A click: shown at once, the button stays enabled and focused, nothing stored yet.
      inner(first).focus();
      inner(first).click();
      await first.updateComplete;
      expect(pressed(first)).to.equal('true');
      expect(inner(first).disabled).to.equal(false);
      expect(first.shadowRoot!.activeElement).to.equal(inner(first));
      // Two clicks on the saved one: back where it was, nothing to apply.
      inner(other).click();
      inner(other).click();
      await other.updateComplete;
      expect(pressed(other)).to.equal('true');
      // Space on the last one, from the keyboard.
      inner(keyboard).focus();
      await sendKeys({ press: 'Space' });
      await keyboard.updateComplete;
      expect(pressed(keyboard)).to.equal('true');
      expect(JSON.parse(localStorage.getItem(BOOKMARKS_STORAGE_KEY)!).items.map((b: { id: string }) => b.id)).to.deep.equal([OTHER]);
      expect(seen.changes).to.deep.equal([]);
      expect(calls).to.equal(1);

      release();
      await until(() => seen.changes.length === 2, 'the two waiting changes applied');
      await pause(50);
      expect(seen.changes).to.have.deep.members([
        { id: SAVED, bookmarked: true, persistent: true },
        { id: THIRD, bookmarked: true, persistent: true },
      ]);
      expect(seen.changes).to.have.length(2);
      const stored = JSON.parse(localStorage.getItem(BOOKMARKS_STORAGE_KEY)!).items.map((b: { id: string }) => b.id);
      expect(stored).to.have.members([SAVED, THIRD, OTHER]);
      await Promise.all([first, twin, other, keyboard].map((el) => el.updateComplete));
      expect(status(first)).to.equal('Ajouté à vos favoris');
      expect(status(keyboard)).to.equal('Ajouté à vos favoris');
      expect(status(other)).to.equal('');
      // The twin for the same item follows, without a word or an event of its own.
      expect(pressed(twin)).to.equal('true');
      expect(status(twin)).to.equal('');
      expect(calls).to.equal(1);
      await expect(first).to.be.accessible();

      // Loaded: Enter removes it at once, and the twin follows.
      inner(first).focus();
      await sendKeys({ press: 'Enter' });
      await first.updateComplete;
      await twin.updateComplete;
      expect(pressed(first)).to.equal('false');
      expect(pressed(twin)).to.equal('false');
      expect(status(first)).to.equal('Retiré de vos favoris');
      expect(seen.changes.at(-1)).to.deep.equal({ id: SAVED, bookmarked: false, persistent: true });
      expect(storeRequests().length).to.be.greaterThan(0);
    } finally {
      seen.stop();
    }
  });

  it('once the store is loaded, a new button uses it at once', async () => {
    let calls = 0;
    RoseUpBookmarkButton.loadStore = () => (calls++, realLoader());
    const seen = listen();
    try {
      const [el] = await buttons(html`<roseup-bookmark-button item-id=${OTHER} item-title="Autre"></roseup-bookmark-button>`);
      expect(pressed(el)).to.equal('true');
      inner(el).click();
      // Synchronously: no waiting any more.
      expect(seen.changes).to.deep.equal([{ id: OTHER, bookmarked: false, persistent: true }]);
      expect(calls).to.equal(0);
    } finally {
      seen.stop();
    }
  });
});
