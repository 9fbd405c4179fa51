// The search field before its behaviour has arrived: the behaviour module (combobox controller,
// view model, options, engine controller, recent searches) is fetched on the visitor's first
// intent only. This file must not import it: the first test checks, from the page's own request
// log, that nothing has fetched it. The tests run in order, in one page, and share its one load
// of the behaviour: the second makes that load fail for real (a module the server does not
// have), the third and fourth hold it back until the fourth lets it through.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import { RoseUpSearch } from './search.js';
import './define.js';
import { until } from '../../../test/helpers/feeds.js';
import { mountSearch, type MountedSearch } from '../../../test/helpers/search-fixture.js';

const SEARCH_PAGE = 'https://www.rose-up.fr/recherche/';

performance.setResourceTimingBufferSize(10_000);

/** The behaviour's modules: none may be requested before an intent. */
const BEHAVIOUR_MODULES = /\/(search-behaviour|combobox-controller|search-engine|search-view|search-options|recent-searches|stored-list|live-region)\.ts/;
const behaviourRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => BEHAVIOUR_MODULES.test(path));

type Mounted = MountedSearch;

const mount = (): Promise<Mounted> => mountSearch({ key: 'search-intent' });

const root = (el: RoseUpSearch) => el.shadowRoot!;
const results = (el: RoseUpSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"].result')];
const status = (el: RoseUpSearch) => root(el).querySelector('[role="status"]')!.textContent!.replace(/\u00a0/g, '').trim();
const focused = (m: Mounted) => root(m.el).activeElement === m.input;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<roseup-search> before its behaviour is loaded', () => {
  const realLoader = RoseUpSearch.loadBehaviour;
  const consoleError = console.error;
  /** Holds the behaviour back for the third and fourth tests; the fourth lets it through. */
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));

  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
  });
  afterEach(() => {
    RoseUpSearch.loadBehaviour = realLoader;
    console.error = consoleError;
  });

  it('shows the labelled, closed combobox at once, accessible, without requesting its behaviour', async () => {
    const m = await mount();
    await sleep(300);
    const input = m.input;
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Rechercher sur RoseUp');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    const listbox = root(m.el).getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(listbox.hidden).to.equal(true);
    expect(listbox.childElementCount).to.equal(0);
    expect(root(m.el).querySelector('[role="status"]')).to.exist;
    expect(root(m.el).querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Rechercher');
    await expect(m.el).to.be.accessible();
    expect(behaviourRequests(), 'behaviour requested before any intent').to.deep.equal([]);
  });

  it('when its behaviour cannot be loaded, still sends the query to the search page, keeps the focus and reports it once', async () => {
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    // A module the server does not have: the import fails at the network level.
    const missing = '/__missing__/search-behaviour.js';
    RoseUpSearch.loadBehaviour = () => import(/* @vite-ignore */ missing);
    const m = await mount();
    m.input.focus();
    await sendKeys({ type: 'fatigue' });
    await until(() => m.errors.length > 0, 'the error');
    expect(m.errors).to.deep.equal([
      { url: '', reason: 'network', message: 'The search suggestions could not be loaded; the field still sends searches to the search page.' },
    ]);
    expect(logged).to.have.length.greaterThan(0);
    expect(m.input.value).to.equal('fatigue');
    expect(focused(m)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=fatigue`]);
    expect(m.selects).to.deep.equal([{ query: 'fatigue' }]);
    expect(focused(m)).to.equal(true);
    // More keys try again and fail again: still one report.
    await sendKeys({ type: ' chronique' });
    await sleep(200);
    root(m.el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=fatigue`, `${SEARCH_PAGE}?q=fatigue+chronique`]);
    expect(m.errors).to.have.length(1);
    expect(m.input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('submits the query with Enter before the behaviour has arrived, exactly once', async () => {
    RoseUpSearch.loadBehaviour = () => held.then(() => realLoader());
    const m = await mount();
    m.input.focus();
    await sendKeys({ type: 'perte de cils' });
    expect(m.el.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=perte+de+cils`]);
    expect(m.selects).to.deep.equal([{ query: 'perte de cils' }]);
    await sleep(200);
    expect(m.navigated).to.have.length(1);
    expect(focused(m)).to.equal(true);
  });

  it('searches the text typed before the behaviour arrived as soon as it arrives, and announces the count', async () => {
    RoseUpSearch.loadBehaviour = () => held.then(() => realLoader());
    const m = await mount();
    m.input.focus();
    await sendKeys({ type: 'yoga' });
    await sleep(100);
    expect(m.input.value).to.equal('yoga');
    expect(m.input.getAttribute('aria-expanded')).to.equal('false');
    release();
    await m.el.ready;
    await until(() => results(m.el).length > 0, 'results for the text typed meanwhile');
    expect(m.input.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(m)).to.equal(true);
    expect(m.input.value).to.equal('yoga');
    expect(results(m.el).some((o) => /yoga/i.test(o.textContent!))).to.equal(true);
    await until(() => /\d+ résultats? disponibles?/.test(status(m.el)), 'the announced count', 3000);
    expect(status(m.el)).to.equal(`${results(m.el).length} résultat${results(m.el).length > 1 ? 's' : ''} disponible${results(m.el).length > 1 ? 's' : ''}`);
    await expect(m.el).to.be.accessible();
    // Enter now goes the usual way, once.
    await sendKeys({ press: 'Enter' });
    expect(m.navigated).to.deep.equal([`${SEARCH_PAGE}?q=yoga`]);
    expect(behaviourRequests().some((path) => path.endsWith('/search-behaviour.ts'))).to.equal(true);
  });
});
