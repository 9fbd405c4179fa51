// When the English words cannot be fetched (a module the server does not have: a real failed
// request), an English element is shown in French, says so with its own `lang`, fires
// `roseup-error`, and the console says why once. A page of its own: that failure lasts for the rest of the visit.
import { expect, html, fixture } from '@open-wc/testing';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import { englishSource } from './i18n.js';
import type { RoseUpArticleCard } from '../article-card/article-card.js';
import '../article-card/define.js';
import { jsonFeed, metastasesArticle, serveFeed, until } from '../../../test/helpers/feeds.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('English words that cannot be loaded', () => {
  const realLoad = englishSource.load;
  const realWarn = console.warn;
  after(() => {
    englishSource.load = realLoad;
    console.warn = realWarn;
  });

  it('shows the element in French, marked lang="fr", and warns once', async () => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    const missing = '/__missing__/english.js';
    englishSource.load = () => import(/* @vite-ignore */ missing);
    const { url } = await serveFeed('en-missing', jsonFeed([metastasesArticle]));
    const errors: unknown[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent).detail);
    document.addEventListener('roseup-error', onError);
    const wrapper = await fixture(
      html`<div lang="en"><roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>
        <roseup-article-card feed=${url} article-id=${metastasesArticle.id} no-bookmark></roseup-article-card></div>`,
    );
    const cards = [...wrapper.querySelectorAll<RoseUpArticleCard>('roseup-article-card')];
    for (const el of cards) await until(() => shadowText(el).includes('Publié le'), 'the card, in French');
    for (const el of cards) {
      expect(shadowText(el)).to.contain('6 min de lecture');
      // French words in an English page: the element says which language they are in.
      expect(el.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    }
    const ours = warnings.filter((args) => String(args[0]).includes('English texts unavailable'));
    expect(ours).to.have.length(1);
    // One typed event per element, for the developer: each card, and the first card's bookmark
    // button (its event crosses the card's shadow root), in French too.
    const button = () => cards[0].shadowRoot!.querySelector('roseup-bookmark-button');
    await until(() => !!button()?.shadowRoot?.querySelector('button')?.textContent?.includes('Enregistrer'), 'the bookmark button, in French');
    expect(button()!.getAttribute('lang')).to.equal('fr');
    document.removeEventListener('roseup-error', onError);
    const detail = { url: '', reason: 'network', message: 'English texts unavailable: shown in French.' };
    expect(errors).to.deep.equal([detail, detail, detail]);
  });
});
