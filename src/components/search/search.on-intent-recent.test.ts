// With remember-recent, Enter before the search field's behaviour has arrived: remembering the
// search needs the behaviour (the recent searches and their stored list), so the submission waits
// for it, then goes exactly as afterwards. A page of its own: the behaviour must not be loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RECENT_SEARCHES_KEY } from '../../data/recent-searches.js';
import type { RoseUpSearchSelectDetail } from '../internal/events.js';
import { RoseUpSearch } from './search.js';
import './define.js';
import { serveFeed, until } from '../../../test/helpers/feeds.js';
import { buildSampleFeed } from '../../../sample/sample-feed.mjs';

const NOW = new Date('2026-01-29T12:00:00+01:00');

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
    const { url } = await serveFeed('search-recent', buildSampleFeed({ now: NOW }));
    const el = document.createElement('roseup-search');
    el.setAttribute('feed', url);
    el.setAttribute('remember-recent', '');
    const navigated: string[] = [];
    (el as unknown as { navigate: (url: string) => void }).navigate = (to) => void navigated.push(to);
    const selects: RoseUpSearchSelectDetail[] = [];
    el.addEventListener('roseup-search-select', (e) => selects.push(e.detail));
    let loaded = false;
    el.addEventListener('roseup-load', () => (loaded = true));
    await fixture(html`<div>${el}</div>`);
    await until(() => loaded, 'the feed');
    const input = el.shadowRoot!.querySelector('input')!;

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
