/**
 * Host pages an outside auditor tries: a right-to-left section (an Arabic page for patients who
 * read Arabic, with RoseUp's French elements in it) and a root font size shrunk by the page
 * (`html { font-size: 62.5% }`, common in CMS themes). The elements' words are French or English
 * and their text is sized from `medium`: their layout must follow that, not the page's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import '../article-card/define.js';
import '../article-list/define.js';
import '../event-list/define.js';
import '../bookmark-list/define.js';
import '../bookmark-button/define.js';
import '../search/define.js';
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

/** The left edges of `first` and `second` inside the text node that holds both. */
function leftOf(root: ShadowRoot, selector: string, first: string, second: string): [number, number] {
  const texts = [...root.querySelectorAll(selector)].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE));
  const node = texts.find((n) => n.textContent!.includes(`${first} ${second}`))!;
  const text = node.textContent!;
  const rect = (word: string) => {
    const range = document.createRange();
    const at = text.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect().left;
  };
  return [rect(first), rect(second)];
}

describe('on a right-to-left page', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
  });

  const cases: Array<[string, () => ReturnType<typeof html>]> = [
    ['roseup-article-card', () => html`<roseup-article-card feed=${SAMPLE} article-id=${CARD}></roseup-article-card>`],
    ['roseup-article-list', () => html`<roseup-article-list feed=${SAMPLE} limit="2"></roseup-article-list>`],
    ['roseup-event-list', () => html`<roseup-event-list feed=${SAMPLE} limit="2"></roseup-event-list>`],
    ['roseup-bookmark-list', () => html`<roseup-bookmark-list feed=${SAMPLE}></roseup-bookmark-list>`],
    ['roseup-bookmark-button', () => html`<roseup-bookmark-button item-id=${CARD} item-title="Cancers"></roseup-bookmark-button>`],
    ['roseup-search', () => html`<roseup-search feed=${SAMPLE}></roseup-search>`],
  ];

  for (const [tag, template] of cases) {
    it(`${tag}: lays its French words out left to right`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<section lang="ar" dir="rtl" style="width: 600px">${template()}</section>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await loaded(el, tag);
      expect(el.getAttribute('lang'), 'its words are marked French').to.equal('fr');
      const text = el.shadowRoot!.querySelector('p, label, h2, h3, button span, button')!;
      expect(getComputedStyle(text).direction).to.equal('ltr');
    });
  }

  it('roseup-event-list: a date reads « 4 décembre 2026 », the day before the month, as a French reader expects', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="ar" dir="rtl" style="width: 600px">
      <roseup-event-list feed=${SAMPLE} limit="1"></roseup-event-list>
    </section>`);
    const el = wrapper.querySelector('roseup-event-list')!;
    await loaded(el, 'roseup-event-list');
    const time = el.shadowRoot!.querySelector('[part="when"] time')!;
    const month = time.textContent!.split(' ')[1];
    const [day, monthLeft] = leftOf(el.shadowRoot!, '[part="when"] time', time.textContent!.split(' ')[0], month);
    expect(day).to.be.below(monthLeft);
  });
});

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

  it('roseup-search: lets its list of options grow to 28em of its own text (about six options), not 28rem', async () => {
    const el = await fixture<HTMLElement>(html`<roseup-search feed=${SAMPLE}></roseup-search>`);
    await loaded(el, 'roseup-search');
    const listbox = el.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(getComputedStyle(listbox).maxHeight).to.equal(`${Math.min(28 * 16, innerHeight * 0.6)}px`);
  });
});
