import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import { formatLongDate } from '../../data/dates.js';
import { RECENT_SEARCHES_KEY } from '../../data/recent-searches.js';
import type { RoseUpSearchSelectDetail } from '../internal/events.js';
import { DEFAULT_SEARCH_URL, type RoseUpSearch } from './search.js';
import './define.js';
import { jsonFeed, metastasesArticle, until } from '../../../test/helpers/feeds.js';
import { mountSearch, type MountedSearch, type MountSearchOptions } from '../../../test/helpers/search-fixture.js';
import { buildSampleFeed } from '../../../sample/sample-feed.mjs';
import { buildSyntheticFeed } from '../../../sample/synthetic-feed.mjs';

// Thursday 29 January 2026, noon in Paris.
const NOW = new Date('2026-01-29T12:00:00+01:00');
const SEARCH_PAGE = 'https://www.rose-up.fr/recherche/';
const METASTATIC_TITLE =
  'Tout savoir sur les cancers métastatiques : c’est quoi, comment on les soigne, est-ce qu’on en guérit…';
const HINT_FR =
  'Quand les résultats de l’auto-complétion sont disponibles, utilisez les flèches haut et bas pour les parcourir ' +
  'et Entrée pour aller à la page désirée. Sur un appareil tactile, explorez par le toucher ou par des gestes de balayage.';

// Module loads must all be visible in the resource timeline for the "lazy engine" test.
performance.setResourceTimingBufferSize(10_000);

const engineRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/src\/data\/search-index\.(ts|js)/.test(entry.name));

type Mounted = MountedSearch;

/** Mounts `<roseup-search>` on a feed served over HTTP and waits for the feed (unless `wait` is false). */
const mount = (options: MountSearchOptions = {}): Promise<Mounted> => mountSearch(options);

/**
 * Focuses the field and waits for its behaviour (combobox, engine, announcements), which the focus
 * loads on the page's first search field and which is there at once afterwards: each test can run
 * alone (`it.only`) and still press keys on a combobox, not on the plain field that comes before.
 */
async function focusReady(m: Pick<Mounted, 'el' | 'input'>): Promise<void> {
  m.input.focus();
  await m.el.ready;
  await m.el.updateComplete;
}

const root = (el: RoseUpSearch) => el.shadowRoot!;
const options = (el: RoseUpSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const results = (el: RoseUpSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"].result')];
const resultTitles = (el: RoseUpSearch) => results(el).map((o) => o.querySelector('.title')!.textContent!.trim());
const status = (el: RoseUpSearch) => root(el).querySelector('[role="status"]')!.textContent!.replace(/\u00a0/g, '').trim();
const message = (el: RoseUpSearch) => root(el).querySelector<HTMLElement>('.message')?.textContent?.trim() ?? '';
const popupShown = (el: RoseUpSearch) => !root(el).querySelector<HTMLElement>('.popup')!.hidden;

/** The ARIA state after a key: what a screen reader is told. */
function aria(el: RoseUpSearch) {
  const input = root(el).querySelector('input')!;
  const selected = root(el).querySelectorAll('[aria-selected="true"]');
  return {
    expanded: input.getAttribute('aria-expanded'),
    active: input.getAttribute('aria-activedescendant'),
    selected: [...selected].map((o) => o.id),
  };
}

/** Types `text` at once (as a paste would) and waits for the engine's answer. */
async function search(m: Mounted, text: string): Promise<void> {
  await focusReady(m);
  m.input.value = text;
  m.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await until(() => results(m.el).length > 0 || message(m.el).startsWith('Aucun'), `results for "${text}"`);
  await m.el.updateComplete;
}

/** Records every text the live region takes. */
function recordStatus(el: RoseUpSearch): { texts: string[]; stop: () => void } {
  const region = root(el).querySelector('[role="status"]')!;
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent!.replace(/\u00a0/g, '').trim();
    if (text) texts.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<roseup-search>', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
    localStorage.removeItem(RECENT_SEARCHES_KEY);
  });
  afterEach(() => {
    localStorage.removeItem(RECENT_SEARCHES_KEY);
  });

  // Must stay first: once loaded, the engine module stays in the page.
  it('loads no search engine before the first focus, then loads it as a separate module', async () => {
    const m = await mount();
    await sleep(300);
    expect(engineRequested(), 'engine requested before focus').to.equal(false);
    expect(options(m.el)).to.have.length(0);
    await focusReady(m);
    await until(engineRequested, 'the engine module request');
    await until(() => options(m.el).length === 10, 'the suggestions');
  });

  describe('combobox markup', () => {
    it('is a labelled combobox in a search form, with the assistive hint', async () => {
      const { el, input } = await mount();
      const form = root(el).querySelector('form')!;
      expect(form.getAttribute('role')).to.equal('search');
      expect(form.getAttribute('action')).to.equal(SEARCH_PAGE);
      const label = root(el).querySelector('label')!;
      expect(label.textContent!.trim()).to.equal('Rechercher sur RoseUp');
      expect(label.htmlFor).to.equal(input.id);
      expect(input.type).to.equal('text');
      expect(input.name).to.equal('q');
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      const listbox = root(el).getElementById(input.getAttribute('aria-controls')!)!;
      expect(listbox.getAttribute('role')).to.equal('listbox');
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.getAttribute('enterkeyhint')).to.equal('search');
      const hint = root(el).getElementById(input.getAttribute('aria-describedby')!)!;
      expect(hint.textContent!.trim()).to.equal(HINT_FR);
      // The field's description only: not a paragraph read again, out of context, by a screen
      // reader going through the page line by line (GOV.UK's autocomplete hides its hint too).
      expect(hint.hidden, 'the hint is hidden from reading, not only from view').to.equal(true);
      expect(root(el).querySelector('.visually-hidden#hint')).to.equal(null);
      const submit = root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
      expect(submit.textContent!.trim()).to.equal('Rechercher');
      expect(root(el).querySelector('[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('takes its label, placeholder and action from attributes, and speaks English under lang="en"', async () => {
      const { el, input } = await mount({
        lang: 'en',
        attrs: { label: 'Chercher un article', placeholder: 'Ex. : fatigue', action: '/recherche-locale/?site=chu' },
      });
      expect(root(el).querySelector('label')!.textContent!.trim()).to.equal('Chercher un article');
      expect(input.placeholder).to.equal('Ex. : fatigue');
      expect(root(el).querySelector('form')!.getAttribute('action')).to.equal(new URL('/recherche-locale/?site=chu', location.href).href);
      expect(root(el).getElementById('hint')!.textContent).to.include('use the up and down arrows');
      expect(root(el).querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Search');
      input.focus();
      await until(() => status(el) === '10 suggestions available', 'the English announcement');
      expect(root(el).querySelector('[role="group"]')!.textContent).to.include('Popular searches');
    });

    it('ignores an action that is not an http(s) URL', async () => {
      const { el } = await mount({ attrs: { action: 'javascript:alert(1)' } });
      expect(root(el).querySelector('form')!.getAttribute('action')).to.equal(SEARCH_PAGE);
    });
  });

  describe('before typing', () => {
    it('offers the feed’s popular searches on focus, announced once', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => options(m.el).length === 10, 'suggestions');
      const group = root(m.el).querySelector('[role="listbox"] [role="group"]')!;
      const groupLabel = root(m.el).getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(groupLabel.textContent!.trim()).to.equal('Recherches fréquentes');
      expect(options(m.el)[0].textContent!.trim()).to.equal('Soin de support');
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
      await until(() => status(m.el) === '10 suggestions disponibles', 'the announcement');
      await expect(m.el).to.be.accessible();
    });

    it('fills the field and searches when a suggestion is chosen with the mouse, keeping the focus', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => options(m.el).length === 10, 'suggestions');
      const target = options(m.el).find((o) => o.textContent!.includes('Perte de cheveux'))!;
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] });
      await until(() => results(m.el).length > 0, 'results for the suggestion');
      expect(m.input.value).to.equal('perte de cheveux liée au cancer');
      expect(root(m.el).activeElement).to.equal(m.input);
      expect(m.selects).to.deep.equal([
        { query: 'perte de cheveux liée au cancer', suggestion: { label: 'Perte de cheveux liée au cancer', query: 'perte de cheveux liée au cancer' } },
      ]);
      expect(resultTitles(m.el)[0]).to.equal('Perte de cheveux liée au cancer : foulards, turbans et prothèses capillaires');
      expect(m.navigated).to.deep.equal([]);
      await until(() => /^\d+ résultats? disponibles?$/.test(status(m.el)), 'the count');
    });

    it('chooses a suggestion with the keyboard', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => options(m.el).length === 10, 'suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: 'option-1', selected: ['option-1'] });
      await sendKeys({ press: 'Enter' });
      await until(() => results(m.el).length > 0, 'results');
      expect(m.input.value).to.equal('soin de socio-esthétique');
      expect(aria(m.el).active).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('keeps the suggestion the visitor moved to when the search engine finishes loading', async () => {
      // A big feed: the index is still being built when the arrow key is pressed.
      const m = await mount({ body: buildSyntheticFeed({ articles: 4000, events: 0, now: NOW, feedUrl: 'https://www.rose-up.fr/feed.json' }) });
      await focusReady(m);
      await until(() => options(m.el).length > 0, 'the suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      const first = options(m.el)[0].id;
      expect(m.input.getAttribute('aria-activedescendant')).to.equal(first);
      await sleep(1500); // the engine lands meanwhile
      await sendKeys({ type: '' });
      expect(m.input.getAttribute('aria-activedescendant')).to.equal(first);
    });

    it('moves through the options with the ARIA state following each key', async () => {
      const m = await mount();
      await focusReady(m);
      await sendKeys({ type: 'metastase' });
      await until(() => results(m.el).length > 0, 'results');
      const count = options(m.el).length;
      const last = `option-${count - 1}`;
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });

      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: 'option-0', selected: ['option-0'] });
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: 'option-1', selected: ['option-1'] });
      await sendKeys({ press: 'ArrowUp' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: 'option-0', selected: ['option-0'] });
      // Up from the first option goes back to the text field.
      await sendKeys({ press: 'ArrowUp' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
      // Up from the field goes to the last option ("Voir tous les résultats").
      await sendKeys({ press: 'ArrowUp' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: last, selected: [last] });
      // Down stops on the last option.
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: last, selected: [last] });

      // Home and End move the caret, not the selection.
      await sendKeys({ press: 'Home' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
      expect(m.input.selectionStart).to.equal(0);
      await sendKeys({ press: 'End' });
      expect(m.input.selectionStart).to.equal('metastase'.length);

      // Escape closes, the query stays; Down opens again on the first option.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
      expect(popupShown(m.el)).to.equal(false);
      expect(m.input.value).to.equal('metastase');
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: 'option-0', selected: ['option-0'] });
      // Escape, Escape: closed, then cleared.
      await sendKeys({ press: 'Escape' });
      expect(aria(m.el).expanded).to.equal('false');
      await sendKeys({ press: 'Escape' });
      expect(m.input.value).to.equal('');
      expect(aria(m.el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
      expect(root(m.el).activeElement).to.equal(m.input);
    });

    it('opens the list with Alt+Down without choosing an option, and closes it with Alt+Up (WAI-ARIA APG)', async () => {
      const withAlt = async (key: string) => {
        await sendKeys({ down: 'Alt' });
        await sendKeys({ press: key });
        await sendKeys({ up: 'Alt' });
      };
      const m = await mount();
      await focusReady(m);
      await sendKeys({ type: 'metastase' });
      await until(() => results(m.el).length > 0, 'results');
      await sendKeys({ press: 'Escape' });
      expect(aria(m.el).expanded).to.equal('false');
      await withAlt('ArrowDown');
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el).active).to.equal('option-1');
      // Alt+Up: the list closes and the visitor is back in the field, the query kept.
      await withAlt('ArrowUp');
      expect(aria(m.el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
      expect(popupShown(m.el)).to.equal(false);
      expect(m.input.value).to.equal('metastase');
      expect(root(m.el).activeElement).to.equal(m.input);
      // On a closed list, Alt+Up does nothing.
      await withAlt('ArrowUp');
      expect(aria(m.el).expanded).to.equal('false');
    });

    it('opens the active result with Enter, firing roseup-search-select first', async () => {
      const m = await mount();
      await focusReady(m);
      await sendKeys({ type: 'metastase' });
      await until(() => results(m.el).length > 0, 'results');
      // The keyboard alone reaches the metastatic-cancer article (the first result) and opens it.
      expect(resultTitles(m.el)[0]).to.equal(METASTATIC_TITLE);
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el).active).to.equal('option-0');
      await sendKeys({ press: 'Enter' });
      expect(m.navigated).to.deep.equal(['https://www.rose-up.fr/magazine/cancers-metastatiques/']);
      expect(m.selects).to.have.length(1);
      expect(m.selects[0].query).to.equal('metastase');
      expect(m.selects[0].item!.title).to.equal(METASTATIC_TITLE);
      expect(aria(m.el).expanded).to.equal('false');
    });

    it('submits the query to the search page with Enter when no option is active', async () => {
      const m = await mount();
      await focusReady(m);
      await sendKeys({ type: 'perte de cils' });
      await sendKeys({ press: 'Enter' });
      expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=perte+de+cils`]);
      expect(m.selects).to.deep.equal([{ query: 'perte de cils' }]);
    });

    it('keeps the action’s own parameters and submits with the button too', async () => {
      const m = await mount({ attrs: { action: 'https://chu.example/recherche?site=roseup' } });
      await search(m, 'fatigue');
      root(m.el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect(m.navigated).to.deep.equal(['https://chu.example/recherche?site=roseup&q=fatigue']);
    });

    it('does nothing on Enter with an empty field', async () => {
      const m = await mount();
      await focusReady(m);
      await sendKeys({ press: 'Enter' });
      expect(m.navigated).to.deep.equal([]);
      expect(m.selects).to.deep.equal([]);
    });

    it('closes the list when Tab leaves the field', async () => {
      const m = await mount();
      await focusReady(m);
      await sendKeys({ type: 'yoga' });
      await until(() => results(m.el).length > 0, 'results');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(root(m.el).activeElement).to.equal(root(m.el).querySelector('button[type="submit"]'));
      expect(aria(m.el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
      expect(m.navigated).to.deep.equal([]);
    });

    it('leaves Enter to an input method while it composes, and searches when composition ends', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => options(m.el).length === 10, 'suggestions');
      m.input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      m.input.value = 'qi gong';
      m.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: 'qi gong' }));
      await m.el.updateComplete;
      // Still the suggestions: nothing was searched during composition.
      expect(results(m.el)).to.have.length(0);
      m.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, isComposing: true }));
      m.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true, isComposing: true }));
      expect(m.navigated).to.deep.equal([]);
      expect(aria(m.el).active).to.equal(null);
      m.input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'qi gong' }));
      await until(() => results(m.el).length > 0, 'results after composition');
      expect(resultTitles(m.el)[0]).to.equal('Qi Gong adapté aux personnes touchées par un cancer');
      await sendKeys({ press: 'Enter' });
      expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=qi+gong`]);
    });
  });

  describe('live region', () => {
    it('announces the count once typing settles, not at every keystroke', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => options(m.el).length === 10, 'suggestions');
      await until(() => status(m.el) === '10 suggestions disponibles', 'the suggestions count');
      const recorded = recordStatus(m.el);
      await sendKeys({ type: 'chi' });
      await sendKeys({ type: 'm' });
      await sendKeys({ type: 'io' });
      await until(() => results(m.el).length > 0, 'results');
      const expected = `${results(m.el).length} résultats disponibles`;
      await until(() => status(m.el) === expected, 'the count');
      await sleep(800);
      recorded.stop();
      expect(recorded.texts).to.deep.equal([expected]);
    });

    it('waits for a pause of a second, so a slow typist hears one count, not one per letter', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => status(m.el) === '10 suggestions disponibles', 'the suggestions count');
      const recorded = recordStatus(m.el);
      for (const letter of 'chimio') {
        await sendKeys({ type: letter });
        await sleep(650);
      }
      await until(() => /résultats? disponibles?/.test(status(m.el)), 'the count');
      recorded.stop();
      expect(recorded.texts).to.have.length(1);
    });

    it('empties the live region when the list closes, so no stale count is left to read', async () => {
      const m = await mount();
      await search(m, 'bourse');
      await until(() => status(m.el) === '1 résultat disponible', 'the count');
      await sendKeys({ press: 'Escape' });
      expect(status(m.el)).to.equal('');
      await search(m, 'bourse');
      await until(() => status(m.el) === '1 résultat disponible', 'the count again');
      await sendKeys({ press: 'Tab' });
      await m.el.updateComplete;
      expect(status(m.el)).to.equal('');
    });

    it('says "1 résultat disponible" and "Aucun résultat"', async () => {
      const m = await mount();
      await search(m, 'bourse');
      expect(results(m.el)).to.have.length(1);
      await until(() => status(m.el) === '1 résultat disponible', 'singular');
      await search(m, 'xylophone');
      await until(() => status(m.el) === 'Aucun résultat', 'none');
    });

    it('announces the same count again for a new query', async () => {
      const m = await mount();
      await search(m, 'bourse');
      await until(() => status(m.el) === '1 résultat disponible', 'first');
      const recorded = recordStatus(m.el);
      await search(m, 'bourses');
      // Emptied by the new query, then the same words again: a screen reader reads them again.
      expect(status(m.el)).to.equal('');
      await until(() => status(m.el) === '1 résultat disponible', 'the same count again');
      recorded.stop();
      expect(recorded.texts).to.deep.equal(['1 résultat disponible']);
    });

    // Issue 16, item 11: no old count is left to read while the visitor types.
    it('empties the region at each keystroke until the new count is due', async () => {
      const m = await mount();
      await search(m, 'bourse');
      await until(() => status(m.el) === '1 résultat disponible', 'the count');
      const heard: Array<[number, string]> = [];
      const started = performance.now();
      const region = root(m.el).querySelector('[role="status"]')!;
      const observer = new MutationObserver(() => heard.push([performance.now() - started, region.textContent!.replace(/\u00a0/g, '')]));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      await sendKeys({ press: 'Backspace' });
      await m.el.updateComplete;
      expect(status(m.el), 'right after the key').to.equal('');
      await sleep(500);
      expect(status(m.el), 'before the pause ends').to.equal('');
      await until(() => status(m.el) !== '', 'the new count');
      observer.disconnect();
      const texts = heard.map(([, text]) => text).filter(Boolean);
      expect(texts).to.have.length(1);
      expect(texts[0]).to.match(/^\d+ résultats? disponibles?$|^Aucun résultat$/);
      // Said once the pause (ANNOUNCE_DELAY_MS) is over, not before.
      expect(heard.find(([, text]) => text)![0]).to.be.greaterThan(900);
    });

    // Issue 16, item 10: the list collapses below min-length; the region says why, not the old count.
    it('says why there are no results when the query gets shorter than min-length', async () => {
      const m = await mount();
      await focusReady(m);
      await until(() => status(m.el) === '10 suggestions disponibles', 'the suggestions count');
      const recorded = recordStatus(m.el);
      await sendKeys({ type: 'c' });
      await m.el.updateComplete;
      expect(aria(m.el)).to.deep.equal({ expanded: 'false', active: null, selected: [] });
      expect(status(m.el), 'the old count is gone at once').to.equal('');
      await until(() => status(m.el) !== '', 'the reason');
      recorded.stop();
      expect(recorded.texts).to.deep.equal(['Saisissez au moins 2 caractères pour voir des résultats']);

      const en = await mount({ lang: 'en', attrs: { 'min-length': '3' } });
      await search(en, 'fatigue');
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await until(() => status(en.el) === 'Type 3 or more characters for results', 'the English reason');
      expect(aria(en.el).expanded).to.equal('false');
    });

    // Issue 16, item 12: the list stops at its last option (as GOV.UK's does); the visitor hears it.
    it('stops at the last option and says so; every option tells its position', async () => {
      const m = await mount();
      await search(m, 'metastase');
      await until(() => /disponibles?$/.test(status(m.el)), 'the count');
      const all = options(m.el);
      expect(all.map((o) => [o.getAttribute('role'), o.getAttribute('aria-posinset'), o.getAttribute('aria-setsize')])).to.deep.equal(
        all.map((_, i) => ['option', String(i + 1), String(all.length)]),
      );
      const last = `option-${all.length - 1}`;
      await sendKeys({ press: 'ArrowUp' }); // from the field, to the last option
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: last, selected: [last] });
      expect(root(m.el).getElementById(last)!.textContent!.trim()).to.equal('Voir tous les résultats pour «\u00a0metastase\u00a0»');
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: last, selected: [last] });
      expect(status(m.el)).to.equal('Fin de la liste');
      // Up moves again, and Down from a middle option says nothing more.
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(aria(m.el).active).to.equal(last);
      expect(root(m.el).querySelector('[role="status"]')!.textContent).to.equal('Fin de la liste');
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      // The same words again, changed by an unpronounced no-break space so that they are read.
      expect(root(m.el).querySelector('[role="status"]')!.textContent).to.equal('Fin de la liste\u00a0');
    });
  });

  describe('matching', () => {
    it('lists the metastatic-cancer article first for "metastase", without accents', async () => {
      const m = await mount({
        body: jsonFeed([
          { id: 'https://www.rose-up.fr/magazine/fatigue/', url: 'https://www.rose-up.fr/magazine/fatigue/', title: 'La fatigue pendant les traitements', summary: 'Quand des métastases fatiguent.' },
          { id: 'https://www.rose-up.fr/magazine/sein/', url: 'https://www.rose-up.fr/magazine/sein/', title: 'Reconstruction du sein', summary: 'Après une mastectomie.' },
          metastasesArticle,
        ]),
      });
      await search(m, 'metastase');
      expect(resultTitles(m.el)).to.deep.equal(['Tout savoir sur les cancers métastatiques', 'La fatigue pendant les traitements']);
      await search(m, 'MÉTASTATIQUE');
      expect(resultTitles(m.el)[0]).to.equal('Tout savoir sur les cancers métastatiques');
    });

    it('lists the metastatic-cancer article first for "metastase" on the sample feed', async () => {
      const m = await mount();
      await search(m, 'metastase');
      // The stemmer gives "métastatiques" the stem of "métastase", so the in-depth article,
      // which names it in its title, summary, tags and category, comes first.
      expect(resultTitles(m.el)[0]).to.equal(METASTATIC_TITLE);
      expect(resultTitles(m.el).slice(0, 3)).to.have.members([
        'La Minute du Dr RoseUp – Les métastases, késako ?',
        METASTATIC_TITLE,
        'Groupe de parole : vivre avec un cancer métastatique',
      ]);
      await search(m, 'métastatique');
      expect(resultTitles(m.el)[0]).to.equal(METASTATIC_TITLE);
    });

    it('strips elisions, matches plurals and tolerates typos', async () => {
      const m = await mount();
      await search(m, "l'immunothérapie");
      expect(resultTitles(m.el).slice(0, 2)).to.have.members([
        'Immunothérapie : comment fonctionnent ces traitements qui réveillent nos défenses',
        "L'immunothérapie en questions : échange avec une oncologue",
      ]);
      await search(m, 'chimiothérapies');
      expect(resultTitles(m.el)).to.include('Alimentation pendant la chimiothérapie : nos conseils contre les nausées');
      await search(m, 'ongle');
      expect(resultTitles(m.el)).to.include('Ongles fragilisés par le cancer : les bons gestes de la socio-esthétique');
      await search(m, 'imunoterapie');
      expect(resultTitles(m.el)[0]).to.match(/immunothérapie/i);
      await search(m, 'prothese capilaire');
      expect(resultTitles(m.el).slice(0, 2)).to.have.members([
        'Essayer une prothèse capillaire : atelier conseils',
        'Perte de cheveux liée au cancer : foulards, turbans et prothèses capillaires',
      ]);
    });

    it('highlights the matched words in the titles', async () => {
      const m = await mount();
      await search(m, 'metastase');
      const first = results(m.el).find((o) => o.querySelector('.title')!.textContent === METASTATIC_TITLE)!;
      const marks = [...first.querySelectorAll('mark')].map((mk) => mk.textContent);
      expect(marks).to.include('métastatiques');
      expect(first.querySelector('.title')!.textContent).to.equal(METASTATIC_TITLE);
    });

    it('shows the kind, category and, for an event, its date in Paris time', async () => {
      const feed = buildSampleFeed({ now: NOW });
      const m = await mount({ body: feed });
      await search(m, 'qi gong');
      const option = results(m.el)[0];
      const meta = option.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
      const qiGong = (feed.items as Array<{ title: string; _roseup: { event?: { start: string } } }>).find((i) =>
        i.title.startsWith('Qi Gong'),
      )!;
      const date = formatLongDate(new Date(qiGong._roseup.event!.start), 'fr');
      expect(meta).to.include('Atelier');
      expect(meta).to.include('Activité physique');
      expect(meta).to.include(date);
      expect(option.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
      await search(m, 'metastase');
      const article = results(m.el).find((o) => o.querySelector('.title')!.textContent === METASTATIC_TITLE)!.querySelector('.meta')!.textContent!;
      expect(article).to.include('Tout savoir sur');
      expect(article).to.include('Cancers métastatiques');
    });

    it('shows at most max-results, then "Voir tous les résultats" to the search page', async () => {
      const m = await mount({ attrs: { 'max-results': '3' } });
      await search(m, 'cancer');
      expect(results(m.el)).to.have.length(3);
      const all = options(m.el).at(-1)!;
      expect(all.textContent!.trim()).to.equal('Voir tous les résultats pour «\u00a0cancer\u00a0»');
      expect(all.getAttribute('part')).to.include('see-all');
      all.click();
      expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=cancer`]);
      expect(m.selects).to.deep.equal([{ query: 'cancer' }]);
    });

    it('waits for min-length characters (default 2)', async () => {
      const m = await mount();
      await focusReady(m);
      await sendKeys({ type: 'q' });
      await sleep(50);
      expect(aria(m.el).expanded).to.equal('false');
      expect(popupShown(m.el)).to.equal(false);
      await sendKeys({ type: 'i' });
      await until(() => results(m.el).length > 0, 'results at two letters');

      const three = await mount({ attrs: { 'min-length': '4' } });
      await three.el.updateComplete;
      await focusReady(three);
      await sendKeys({ type: 'yog' });
      await sleep(100);
      expect(results(three.el)).to.have.length(0);
      await sendKeys({ type: 'a' });
      await until(() => results(three.el).length > 0, 'results at four letters');
    });

    it('says so when nothing matches and still offers the search page', async () => {
      const m = await mount();
      await search(m, 'xylophone');
      expect(results(m.el)).to.have.length(0);
      expect(message(m.el)).to.equal('Aucun résultat pour «\u00a0xylophone\u00a0» parmi les derniers contenus.');
      expect(options(m.el).map((o) => o.textContent!.trim())).to.deep.equal(['Voir tous les résultats pour «\u00a0xylophone\u00a0»']);
      expect(aria(m.el).expanded).to.equal('true');
    });

    it('renders hostile titles as inert text, highlighted with <mark> only', async () => {
      const hostileTitle = '<img src=x onerror="window.__pwned=1"> métastases <b>gras</b> <script>window.__pwned=2</script>';
      const body = jsonFeed([
        metastasesArticle,
        { id: 'https://www.rose-up.fr/magazine/hostile/', url: 'https://www.rose-up.fr/magazine/hostile/', title: hostileTitle, content_text: 'x' },
      ]);
      const m = await mount({ body });
      await search(m, 'metastases');
      const hostile = results(m.el).find((o) => o.querySelector('.title')!.textContent === hostileTitle)!;
      expect(hostile, 'the hostile item is listed').to.exist;
      const title = hostile.querySelector('.title')!;
      const elements = [...title.querySelectorAll('*')].map((e) => e.localName);
      expect(elements.every((name) => name === 'mark')).to.equal(true);
      expect(elements).to.include('mark');
      expect(root(m.el).querySelector('img, script, b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('is accessible with results open', async () => {
      const m = await mount();
      await search(m, 'qi gong');
      await sendKeys({ press: 'ArrowDown' });
      await expect(m.el).to.be.accessible();
    });
  });

  describe('roseup-search-select', () => {
    it('is cancelable: preventDefault stops the navigation', async () => {
      const m = await mount();
      let detail: RoseUpSearchSelectDetail | undefined;
      m.el.addEventListener('roseup-search-select', (e) => {
        detail = e.detail;
        e.preventDefault();
      });
      await search(m, 'metastase');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(detail!.query).to.equal('metastase');
      expect(detail!.item!.url).to.equal(`https://www.rose-up.fr/magazine/cancers-metastatiques/`);
      expect(m.navigated).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      expect(detail).to.deep.equal({ query: 'metastase' });
      expect(m.navigated).to.deep.equal([]);
    });

    it('bubbles out of the shadow root and is typed', async () => {
      const m = await mount();
      const seen: Event[] = [];
      document.addEventListener('roseup-search-select', (e) => seen.push(e), { once: true });
      await search(m, 'yoga');
      const option = results(m.el)[0];
      const box = option.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] });
      expect(seen).to.have.length(1);
      expect(seen[0].composed && seen[0].bubbles && seen[0].cancelable).to.equal(true);
      expect(m.navigated).to.have.length(1);
      expect(root(m.el).activeElement).to.equal(m.input);
    });
  });

  describe('recent searches', () => {
    it('remembers nothing by default', async () => {
      const m = await mount();
      await search(m, 'perte de cils');
      await sendKeys({ press: 'Enter' });
      await search(m, 'yoga');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(m.navigated).to.have.length(2);
      expect(localStorage.getItem(RECENT_SEARCHES_KEY)).to.equal(null);
      m.input.blur();
      m.input.value = '';
      m.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await focusReady(m);
      await until(() => options(m.el).length > 0, 'suggestions');
      expect(root(m.el).textContent).to.not.include('Vos recherches récentes');
    });

    it('with remember-recent, offers them before typing and clears them with "Effacer l’historique"', async () => {
      const m = await mount({ attrs: { 'remember-recent': true } });
      await search(m, 'perte de cils');
      await sendKeys({ press: 'Enter' });
      await search(m, 'yoga');
      await sendKeys({ press: 'Enter' });
      expect(JSON.parse(localStorage.getItem(RECENT_SEARCHES_KEY)!).items).to.deep.equal(['yoga', 'perte de cils']);

      m.input.blur();
      m.input.value = '';
      m.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await focusReady(m);
      await until(() => options(m.el).length === 13, 'recent and popular searches');
      const groups = [...root(m.el).querySelectorAll('[role="group"]')].map(
        (g) => root(m.el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim(),
      );
      expect(groups).to.deep.equal(['Vos recherches récentes', 'Recherches fréquentes']);
      expect(options(m.el).slice(0, 3).map((o) => o.textContent!.trim())).to.deep.equal(['yoga', 'perte de cils', 'Effacer l’historique']);
      await until(() => status(m.el) === '12 suggestions disponibles', 'the count of suggestions');
      await expect(m.el).to.be.accessible();

      // A recent search is chosen like a suggestion.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => results(m.el).length > 0, 'results for the recent search');
      expect(m.input.value).to.equal('yoga');

      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      m.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await until(() => options(m.el).length === 13, 'suggestions again');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(aria(m.el).active).to.equal('option-2');
      await sendKeys({ press: 'Enter' });
      expect(localStorage.getItem(RECENT_SEARCHES_KEY)).to.equal(null);
      await until(() => options(m.el).length === 10, 'popular searches only');
      expect(root(m.el).textContent).to.not.include('Vos recherches récentes');
      expect(status(m.el)).to.equal('Historique de recherche effacé');
      expect(aria(m.el)).to.deep.equal({ expanded: 'true', active: null, selected: [] });
    });
  });

  describe('loading and errors', () => {
    it('says the search is loading when a query is typed before the feed arrives', async () => {
      const m = await mount({ query: '&delay=1500', wait: false });
      await focusReady(m);
      await sendKeys({ type: 'yoga' });
      await until(() => message(m.el) === 'Chargement de la recherche…', 'the loading message');
      expect(options(m.el).map((o) => o.textContent!.trim())).to.deep.equal(['Voir tous les résultats pour «\u00a0yoga\u00a0»']);
      await until(() => status(m.el) === 'Chargement de la recherche…', 'the loading announcement');
      await until(() => results(m.el).length > 0, 'results once loaded', 6000);
      await until(() => /^\d+ résultats? disponibles?$/.test(status(m.el)), 'the count');
    });

    it('still searches on the site when the feed fails', async () => {
      const m = await mount({ query: '&status=500' });
      const notice = root(m.el).querySelector('[part="error"]')!;
      expect(notice.textContent).to.include('Les suggestions de recherche ne sont pas disponibles');
      expect(m.input.getAttribute('aria-describedby')).to.equal('hint error');
      expect(notice.querySelector('button')!.textContent!.trim()).to.equal('Réessayer de charger les suggestions');
      await focusReady(m);
      await sendKeys({ type: 'yoga' });
      await until(() => options(m.el).length === 1, 'the search-page option');
      expect(message(m.el)).to.equal('');
      await sendKeys({ press: 'Enter' });
      expect(m.navigated).to.deep.equal([`${DEFAULT_SEARCH_URL}?q=yoga`]);
      await expect(m.el).to.be.accessible();
    });

    it('stops building when removed from the page, with no late error', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      const m = await mount();
      await focusReady(m);
      m.el.remove();
      await sleep(300);
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
    });
  });
});
