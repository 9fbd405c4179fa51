// The search form's action when the feed is hostile: `_roseup.search_url` aimed at a third party
// must not receive the queries typed on the partner's page (issue 16, item 4).
import { expect, fixture, html } from '@open-wc/testing';
import { resetFeedClient } from '../src/data/feed-client.js';
import { DEFAULT_SEARCH_URL, type RoseUpSearch } from '../src/components/search/search.js';
import '../src/components/search/define.js';
import { jsonFeed, metastasesArticle, serveFeed, until } from './helpers/feeds.js';

async function mountWith(searchUrl: string, action?: string): Promise<RoseUpSearch> {
  const { url } = await serveFeed('search-url', jsonFeed([metastasesArticle], { _roseup: { search_url: searchUrl } }));
  const el = document.createElement('roseup-search') as RoseUpSearch;
  el.setAttribute('feed', url);
  if (action) el.setAttribute('action', action);
  let loaded = false;
  el.addEventListener('roseup-load', () => (loaded = true));
  await fixture(html`<div>${el}</div>`);
  await until(() => loaded, 'the feed');
  await el.updateComplete;
  return el;
}

const formAction = (el: RoseUpSearch) => el.shadowRoot!.querySelector('form')!.getAttribute('action');

describe('<roseup-search> with a hostile search_url', () => {
  beforeEach(() => resetFeedClient());
  afterEach(() => resetFeedClient());

  for (const hostile of ['http://other.example/collect', 'https://other.example/collect', 'http://www.rose-up.fr/recherche/']) {
    it(`sends queries to RoseUp's search page, not to ${hostile}`, async () => {
      const el = await mountWith(hostile);
      expect(el.actionUrl).to.equal(DEFAULT_SEARCH_URL);
      expect(formAction(el)).to.equal(DEFAULT_SEARCH_URL);
    });
  }

  it("keeps a search page on RoseUp's site", async () => {
    const el = await mountWith('https://www.rose-up.fr/recherche-avancee/');
    expect(formAction(el)).to.equal('https://www.rose-up.fr/recherche-avancee/');
  });

  it("lets the partner's own action win over any feed", async () => {
    const el = await mountWith('https://other.example/collect', 'https://chu.example/recherche');
    expect(formAction(el)).to.equal('https://chu.example/recherche');
  });
});
