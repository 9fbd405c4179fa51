// With remember-recent, Enter before the search field's behaviour has arrived: remembering the
// search needs the behaviour (the recent searches and their stored list), so the submission waits
// for it, then goes exactly as afterwards. A page of its own: the behaviour must not be loaded yet.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RECENT_SEARCHES_KEY } from '../../data/recent-searches.js';
import { RoseUpSearch } from './search.js';
import './define.js';
import { until } from '../../../test/helpers/feeds.js';
import { mountSearch } from '../../../test/helpers/search-fixture.js';

describe('<roseup-search remember-recent> before its behaviour is loaded', () => {
  const realLoader = RoseUpSearch.loadBehaviour;
  after(() => {
    RoseUpSearch.loadBehaviour = realLoader;
    localStorage.removeItem(RECENT_SEARCHES_KEY);
  });

  it('submits Enter once the behaviour has arrived, remembering the search, once', async () => {
    localStorage.removeItem(RECENT_SEARCHES_KEY);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    RoseUpSearch.loadBehaviour = () => held.then(() => realLoader());
    const { el, input, navigated, selects } = await mountSearch({ key: 'search-recent', attrs: { 'remember-recent': true } });

    input.focus();
    await sendKeys({ type: 'fatigue' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(navigated).to.deep.equal([]);
    release();
    await until(() => navigated.length > 0, 'the submission');
    expect(navigated).to.deep.equal(['https://www.rose-up.fr/recherche/?q=fatigue']);
    expect(selects).to.deep.equal([{ query: 'fatigue' }]);
    expect(JSON.parse(localStorage.getItem(RECENT_SEARCHES_KEY)!).items).to.deep.equal(['fatigue']);
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });
});
