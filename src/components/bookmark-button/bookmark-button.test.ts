import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getBookmarkStore, createBookmarkStore, BOOKMARKS_STORAGE_KEY, BOOKMARK_STORE_SYMBOL } from '../../data/bookmarks.js';
import type { RoseUpBookmarkButton } from './bookmark-button.js';
import type { RoseUpBookmarkChangeDetail } from '../internal/events.js';
import './define.js';
import { until } from '../../../test/helpers/feeds.js';

const ID = 'https://www.rose-up.fr/magazine/cancers-metastatiques/';
const TITLE = 'Tout savoir sur les cancers métastatiques';

const button = (el: RoseUpBookmarkButton) => el.shadowRoot!.querySelector('button')!;
const status = (el: RoseUpBookmarkButton) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const visibleText = (el: RoseUpBookmarkButton) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function mount(template = html`<roseup-bookmark-button item-id=${ID} item-title=${TITLE} item-url=${ID}></roseup-bookmark-button>`) {
  const el = await fixture<RoseUpBookmarkButton>(template);
  const changes: RoseUpBookmarkChangeDetail[] = [];
  el.addEventListener('roseup-bookmark-change', (e) => changes.push(e.detail));
  return { el, changes };
}

describe('<roseup-bookmark-button>', () => {
  beforeEach(() => getBookmarkStore().clear());
  afterEach(() => getBookmarkStore().clear());

  it('is a real toggle button with a constant name that includes the title', async () => {
    const { el } = await mount();
    const b = button(el);
    expect(b.getAttribute('type')).to.equal('button');
    expect(b.getAttribute('aria-pressed')).to.equal('false');
    expect(b.getAttribute('aria-label')).to.equal(`Enregistrer «\u00a0${TITLE}\u00a0»`);
    expect(b.textContent!.trim()).to.equal('Enregistrer');
    await expect(el).to.be.accessible();
    b.click();
    await el.updateComplete;
    expect(b.getAttribute('aria-pressed')).to.equal('true');
    expect(b.getAttribute('aria-label')).to.equal(`Enregistrer «\u00a0${TITLE}\u00a0»`);
    await expect(el).to.be.accessible();
  });

  it('follows a change of the page’s language without being re-created', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><roseup-bookmark-button item-id="lang-change" item-title=${TITLE}></roseup-bookmark-button></div>`,
    );
    const el = wrapper.querySelector<RoseUpBookmarkButton>('roseup-bookmark-button')!;
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Enregistrer');
    wrapper.lang = 'en';
    await until(() => button(el).textContent!.trim() === 'Save', 'the English label');
    expect(button(el).getAttribute('aria-label')).to.equal(`Save “${TITLE}”`);
    wrapper.lang = 'fr';
    await until(() => button(el).textContent!.trim() === 'Enregistrer', 'the French label again');
  });

  it('says, visibly and to screen readers, when the browser cannot keep the bookmark after this visit', async () => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const full = { getItem: () => null, setItem: fail, removeItem: () => {}, clear: () => {}, key: () => null, length: 0 } as Storage;
    const store = createBookmarkStore({ storage: full, warn: () => {} });
    const slot = globalThis as unknown as Record<symbol, unknown>;
    const original = slot[BOOKMARK_STORE_SYMBOL];
    slot[BOOKMARK_STORE_SYMBOL] = store;
    try {
      const el = await fixture<RoseUpBookmarkButton>(html`<roseup-bookmark-button item-id="not-kept" item-title=${TITLE}></roseup-bookmark-button>`);
      const changes: RoseUpBookmarkChangeDetail[] = [];
      el.addEventListener('roseup-bookmark-change', (e) => changes.push(e.detail));
      button(el).click();
      await el.updateComplete;
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      const said = el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
      expect(said).to.contain('pour cette visite seulement');
      expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('pour cette visite seulement');
      expect(changes).to.deep.equal([{ id: 'not-kept', bookmarked: true, persistent: false }]);
      await expect(el).to.be.accessible();
    } finally {
      slot[BOOKMARK_STORE_SYMBOL] = original;
    }
  });

  it('marks its French words as French on a page in another language, and stops when the page turns English', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de"><roseup-bookmark-button item-id="lang-de" item-title=${TITLE}></roseup-bookmark-button></div>`,
    );
    const el = wrapper.querySelector<RoseUpBookmarkButton>('roseup-bookmark-button')!;
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Enregistrer');
    expect(el.getAttribute('lang')).to.equal('fr');
    wrapper.lang = 'en';
    await until(() => button(el).textContent!.trim() === 'Save', 'the English label');
    await until(() => !el.hasAttribute('lang'), 'its own lang to go');
    wrapper.lang = 'fr-FR';
    await until(() => button(el).textContent!.trim() === 'Enregistrer', 'the French label');
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('leaves a lang set by the partner alone', async () => {
    const el = await fixture<RoseUpBookmarkButton>(html`<roseup-bookmark-button lang="en" item-id="lang-own" item-title=${TITLE}></roseup-bookmark-button>`);
    expect(button(el).textContent!.trim()).to.equal('Save');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.hasAttribute('data-roseup-lang')).to.equal(false);
  });

  it('shows its state by icon and text, not colour alone', async () => {
    const { el } = await mount();
    const path = () => el.shadowRoot!.querySelector('svg path')!.getAttribute('fill');
    expect(path()).to.equal('none');
    expect(visibleText(el)).to.not.contain('Dans vos favoris');
    button(el).click();
    await el.updateComplete;
    expect(path()).to.equal('currentColor');
    expect(visibleText(el)).to.contain('Dans vos favoris');
  });

  it('toggles with Space and with Enter, announcing the change politely, and fires roseup-bookmark-change', async () => {
    const { el, changes } = await mount();
    button(el).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(status(el)).to.equal('Ajouté à vos favoris');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(status(el)).to.equal('Retiré de vos favoris');
    expect(changes).to.deep.equal([
      { id: ID, bookmarked: true, persistent: true },
      { id: ID, bookmarked: false, persistent: true },
    ]);
  });

  it('stores the title and URL so the saved list can show the item later', async () => {
    const { el } = await mount();
    button(el).click();
    const saved = getBookmarkStore().get(ID)!;
    expect(saved.title).to.equal(TITLE);
    expect(saved.url).to.equal(ID);
    expect(JSON.parse(localStorage.getItem(BOOKMARKS_STORAGE_KEY)!).items[0].id).to.equal(ID);
  });

  it('follows changes made elsewhere without firing an event', async () => {
    const wrapper = await fixture(html`<div>
      <roseup-bookmark-button item-id=${ID} item-title=${TITLE}></roseup-bookmark-button>
      <roseup-bookmark-button item-id=${ID} item-title=${TITLE}></roseup-bookmark-button>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('roseup-bookmark-button')];
    let events = 0;
    second.addEventListener('roseup-bookmark-change', () => events++);
    button(first).click();
    await second.updateComplete;
    expect(button(second).getAttribute('aria-pressed')).to.equal('true');
    await first.updateComplete;
    const said = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(said(first)).to.equal('Ajouté à vos favoris');
    getBookmarkStore().remove(ID);
    await second.updateComplete;
    await first.updateComplete;
    expect(button(second).getAttribute('aria-pressed')).to.equal('false');
    expect(events).to.equal(0);
    // "Ajouté" next to a button that is no longer pressed would mislead: it is gone.
    expect(said(first)).to.equal('');
  });

  it('keeps what it said about its own toggle when another item changes', async () => {
    const el = await fixture<RoseUpBookmarkButton>(html`<roseup-bookmark-button item-id=${ID} item-title=${TITLE}></roseup-bookmark-button>`);
    button(el).click();
    await el.updateComplete;
    getBookmarkStore().add({ id: 'https://www.rose-up.fr/autre/', title: 'Autre' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Ajouté à vos favoris');
  });

  it('is disabled and logs a clear error without item-id', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const reasons: string[] = [];
    const listen = (event: Event) => reasons.push((event as CustomEvent<{ reason: string }>).detail.reason);
    document.addEventListener('roseup-error', listen);
    try {
      const { el } = await mount(html`<roseup-bookmark-button item-title="Sans id"></roseup-bookmark-button>`);
      expect(button(el).disabled).to.equal(true);
      expect(String(errors[0]?.[0])).to.contain('needs an item-id');
      expect(reasons).to.deep.equal(['missing-id']);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
      document.removeEventListener('roseup-error', listen);
    }
  });

  it('says so, visibly and to screen readers, when the limit of bookmarks is reached', async () => {
    const store = getBookmarkStore();
    for (let i = 0; i < store.cap; i++) store.add({ id: `https://www.rose-up.fr/x/${i}/`, title: `Article ${i}` });
    const { el, changes } = await mount();
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(status(el)).to.contain('limite de 500 favoris');
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('limite de 500 favoris');
    expect(changes).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const wrapper = await fixture(html`<p lang="en"><roseup-bookmark-button item-id=${ID} item-title=${TITLE}></roseup-bookmark-button></p>`);
    const el = wrapper.querySelector('roseup-bookmark-button')!;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-label')).to.equal(`Save “${TITLE}”`);
    button(el).click();
    await el.updateComplete;
    expect(status(el)).to.equal('Added to your bookmarks');
  });
});
