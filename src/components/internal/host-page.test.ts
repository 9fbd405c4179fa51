/**
 * Host pages an outside auditor tries: a root font size shrunk by the page
 * (`html { font-size: 62.5% }`, common in CMS themes). The elements' text is sized from
 * `medium`: their layout must follow that, not the page's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import '../article-card/define.js';
import '../article-list/define.js';
import '../event-list/define.js';
import { until } from '../../../test/helpers/feeds.js';

const SAMPLE = '/story-feeds/sample.json';
const CARD = 'https://www.rose-up.fr/magazine/cancers-metastatiques/';
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

async function loaded(el: HTMLElement, tag: string): Promise<void> {
  await until(() => !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[aria-busy="true"]'), `${tag} to load`, 8000);
  // Nested elements (cards in a list) render a little later.
  await new Promise((r) => setTimeout(r, 100));
  await frame();
}

describe('on a page with html { font-size: 62.5% }', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
    document.documentElement.style.fontSize = '62.5%';
  });

  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('roseup-article-list: keeps grid columns at least 15em of its own text wide (no word cut in two)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 800px">
      <roseup-article-list feed=${SAMPLE} limit="3" no-image></roseup-article-list>
    </div>`);
    const el = wrapper.querySelector('roseup-article-list')!;
    await loaded(el, 'roseup-article-list');
    const size = parseFloat(getComputedStyle(el).fontSize);
    expect(size, 'its text keeps the visitor’s size').to.equal(16);
    const cards = [...el.shadowRoot!.querySelectorAll('roseup-article-card')];
    expect(cards.length).to.equal(3);
    for (const card of cards) expect(card.getBoundingClientRect().width).to.be.at.least(15 * size);
  });

  it('roseup-article-card: lies beside its image only from 34em of its own text on', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 420px">
      <roseup-article-card feed=${SAMPLE} article-id=${CARD} variant="horizontal"></roseup-article-card>
    </div>`);
    const el = wrapper.querySelector('roseup-article-card')!;
    await loaded(el, 'roseup-article-card');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).flexDirection, 'a 420 px card (26em) keeps its image above the text').to.equal('column');
  });

  it('roseup-event-list: gives each filter at least 13em of its own text', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 500px">
      <roseup-event-list feed=${SAMPLE} limit="2" filters></roseup-event-list>
    </div>`);
    const el = wrapper.querySelector('roseup-event-list')!;
    await loaded(el, 'roseup-event-list');
    const selects = [...el.shadowRoot!.querySelectorAll('select')];
    expect(selects.length).to.be.greaterThan(1);
    for (const select of selects) expect(select.getBoundingClientRect().width).to.be.at.least(13 * 16 - 1);
  });
});
