// The English words are one module fetched the first time an element's language is English.
// This file must not import it (nor any `messages.en.ts`): the first test checks, from the page's
// request log, that French elements never fetch it. The tests run in order in one page and share
// its one load of the English words, which the second test holds back, then lets through.
import { expect, fixture, html } from '@open-wc/testing';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import { englishSource } from './i18n.js';
import type { RoseUpArticleCard } from '../article-card/article-card.js';
import '../article-card/define.js';
import { jsonFeed, metastasesArticle, serveFeed, until } from '../../../test/helpers/feeds.js';

performance.setResourceTimingBufferSize(10_000);

const ENGLISH_MODULES = /\/(english|messages\.en)\.ts/;
const englishRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => ENGLISH_MODULES.test(path));

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('English words, loaded on first need', () => {
  const realLoad = englishSource.load;
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
  });
  afterEach(() => {
    englishSource.load = realLoad;
  });

  it('a French page never requests them', async () => {
    const { url } = await serveFeed('en-demand-fr', jsonFeed([metastasesArticle]));
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>`);
    await until(() => shadowText(el).includes('Publié le'), 'the French card');
    await sleep(200);
    expect(englishRequests()).to.deep.equal([]);
  });

  it('an English element says no French word while they are on their way, then speaks English', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    englishSource.load = () => held.then(realLoad);
    const { url } = await serveFeed('en-demand-en', jsonFeed([metastasesArticle]));
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = `<roseup-article-card article-id="${metastasesArticle.id}"></roseup-article-card>`;
    const el = wrapper.firstElementChild as RoseUpArticleCard;
    el.feed = url;
    const seen: string[] = [];
    document.body.append(wrapper);
    const watch = new MutationObserver(() => seen.push(shadowText(el)));
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await sleep(300);
    // Nothing rendered yet: no "Chargement…", no French date.
    expect(shadowText(el)).to.equal('');
    // A property set meanwhile is applied with the first render.
    el.noBookmark = true;
    release();
    await el.updateComplete;
    await until(() => shadowText(el).includes('Published on'), 'the English card');
    watch.disconnect();
    expect(seen.filter((t) => /Chargement|Publié|min de lecture|Réessayer/.test(t))).to.deep.equal([]);
    expect(shadowText(el)).to.contain('6 min read');
    expect(el.shadowRoot!.querySelector('roseup-bookmark-button')).to.equal(null);
    expect(englishRequests().length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('a page switching to English re-renders its elements in English', async () => {
    const { url } = await serveFeed('en-demand-switch', jsonFeed([metastasesArticle]));
    const wrapper = await fixture(html`<div lang="fr"><roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card></div>`);
    const el = wrapper.querySelector<RoseUpArticleCard>('roseup-article-card')!;
    await until(() => shadowText(el).includes('Publié le'), 'the French card');
    wrapper.setAttribute('lang', 'en');
    await until(() => shadowText(el).includes('Published on'), 'the English card');
    expect(shadowText(el)).not.to.contain('Publié');
  });
});
