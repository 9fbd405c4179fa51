import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { resetFeedClient, configureFeedClient } from '../../data/feed-client.js';
import { normalizeFeed } from '../../data/normalize-feed.js';
import { getBookmarkStore } from '../../data/bookmarks.js';
import type { RoseUpArticleCard } from './article-card.js';
import './define.js';
import { contrast, hits, rgbOf, stickingOut, jsonFeed, metastasesArticle, mockUrl, serveFeed, uniqueKey, until } from '../../../test/helpers/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();

async function loaded(el: RoseUpArticleCard) {
  await until(() => !shadow(el).querySelector('[aria-busy="true"]'), 'the card to load');
  await el.updateComplete;
}

/** A card on `url` whose first load fails: resolves once its error is shown. */
async function mountFailing(url: string): Promise<RoseUpArticleCard> {
  const el = document.createElement('roseup-article-card');
  el.feed = url;
  el.articleId = metastasesArticle.id;
  const failed = oneEvent(el, 'roseup-error');
  document.body.append(el);
  await failed;
  await el.updateComplete;
  return el;
}

describe('<roseup-article-card>', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 2000 });
    getBookmarkStore().clear();
  });

  it('renders an article from the feed: category, format, linked title, summary, French dates, reading time, author', async () => {
    const { url } = await serveFeed('card', jsonFeed([metastasesArticle]));
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>`,
    );
    await loaded(el);
    const root = shadow(el);
    expect(root.querySelector('[part="category"]')!.textContent).to.equal('Cancers métastatiques');
    expect(root.querySelector('[part="format"]')!.textContent).to.equal('Tout savoir sur');
    // Read as two labels, not one run-on phrase ("Cancers métastatiques Tout savoir sur"), as the
    // event list reads its own.
    expect(root.querySelector('.labels')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Cancers métastatiques, Tout savoir sur');
    const heading = root.querySelector('h3[part="title"]')!;
    const link = heading.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(metastasesArticle.url);
    expect(link.textContent).to.equal('Tout savoir sur les cancers métastatiques');
    const meta = root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.contain('Publié le 26 novembre 2020');
    expect(meta).to.contain('Mis à jour le 26 mars 2025');
    expect(meta).to.contain('6 min de lecture');
    expect(meta).to.contain('Par Emilie Groyer');
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2020-11-26T09:00:00+01:00');
    expect(root.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('title');
    await expect(el).to.be.accessible();
  });

  it('fires roseup-load once the feed is there', async () => {
    const { url } = await serveFeed('card-load', jsonFeed([metastasesArticle]));
    const el = document.createElement('roseup-article-card');
    el.feed = url;
    el.articleId = metastasesArticle.id;
    const event = oneEvent(el, 'roseup-load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.url).to.equal(url);
    expect(detail.stale).to.equal(false);
    el.remove();
  });

  it('gives the image its alt text, lazy loading, and hides it when it fails to load', async () => {
    // An image URL that answers 404 after a while, so the test sees it before it breaks.
    const image = `/mock/feed?key=${uniqueKey('broken-image')}&delay=600&status=404`;
    const { url } = await serveFeed('card-img', jsonFeed([{ ...metastasesArticle, image }]));
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>`,
    );
    await loaded(el);
    const img = shadow(el).querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('Illustration de cellules');
    expect(img.getAttribute('loading')).to.equal('lazy');
    // The partner page's address (often about an illness) is not sent with the image request.
    expect(img.referrerPolicy).to.equal('no-referrer');
    // The image does not load: the broken image is removed rather than shown as a broken icon.
    await until(() => !shadow(el).querySelector('img'), 'the broken image to be hidden');
  });

  it('treats an empty or missing image_alt as decorative (alt="")', async () => {
    const item = normalizeFeed(
      jsonFeed([{ ...metastasesArticle, image: 'https://www.rose-up.fr/x.png', _roseup: { kind: 'article' } }]),
      'https://www.rose-up.fr/feed.json',
    ).items.at(0)!;
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card .article=${item}></roseup-article-card>`);
    expect(shadow(el).querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('renders a model given through .article without any request', async () => {
    const key = uniqueKey('card-prop');
    const item = normalizeFeed(jsonFeed([metastasesArticle]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card feed=${mockUrl(key)} .article=${item}></roseup-article-card>`,
    );
    expect(text(el)).to.contain('Tout savoir sur les cancers métastatiques');
    await new Promise((r) => setTimeout(r, 50));
    expect(await hits(key)).to.equal(0);
  });

  // A framework (or a script) may set .article just after inserting the element, once its first
  // render has been scheduled or has even run: that is not a card without an article.
  for (const [when, afterMount] of [
    ['in the same task as the insertion', () => Promise.resolve()],
    ['once the first render has run', (el: RoseUpArticleCard) => el.updateComplete.then(() => undefined)],
  ] as const) {
    it(`accepts .article set right after mount (${when}): no missing-id error, nothing logged`, async () => {
      const key = uniqueKey('card-late-prop');
      const item = normalizeFeed(jsonFeed([metastasesArticle]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
      const errors: string[] = [];
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      const el = document.createElement('roseup-article-card');
      el.feed = mockUrl(key);
      el.addEventListener('roseup-error', (event) => errors.push(event.detail.reason));
      try {
        document.body.append(el);
        await afterMount(el);
        el.article = item;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(errors).to.deep.equal([]);
        expect(logged).to.deep.equal([]);
        expect(text(el)).to.contain('Tout savoir sur les cancers métastatiques');
        expect(await hits(key)).to.equal(0);
      } finally {
        console.error = original;
        el.remove();
      }
    });
  }

  it('honours heading-level, no-image, no-summary and no-bookmark', async () => {
    const item = normalizeFeed(jsonFeed([{ ...metastasesArticle, image: 'https://www.rose-up.fr/x.png' }]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card .article=${item} heading-level="2" no-image no-summary no-bookmark></roseup-article-card>`,
    );
    const root = shadow(el);
    expect(root.querySelector('h2[part="title"]')).to.exist;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('[part="summary"]')).to.equal(null);
    expect(root.querySelector('roseup-bookmark-button')).to.equal(null);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(root.querySelector('h6')).to.exist;
  });

  for (const variant of ['vertical', 'horizontal', 'compact'] as const) {
    it(`renders the ${variant} variant accessibly`, async () => {
      const item = normalizeFeed(jsonFeed([{ ...metastasesArticle, image: 'https://www.rose-up.fr/x.png' }]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
      const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card .article=${item} variant=${variant}></roseup-article-card>`);
      const card = shadow(el).querySelector('article')!;
      expect(card.classList.contains(variant)).to.equal(true);
      expect(!!shadow(el).querySelector('img')).to.equal(variant !== 'compact');
      await expect(el).to.be.accessible();
    });
  }

  it('gives screen readers the meta line without its "·" separators', async () => {
    const item = normalizeFeed(jsonFeed([metastasesArticle]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card id="meta-card" .article=${item}></roseup-article-card>`);
    const heard = (await executeServerCommand('accessibility-text', { id: 'meta-card' })) as string[];
    expect(heard).to.include('text: 6 min de lecture');
    // The dots between "Publié le …", "Mis à jour le …", the reading time and the author are drawn,
    // not said ("point médian" three times in a row).
    expect(heard.filter((line) => /^text: ?[·•]/.test(line))).to.deep.equal([]);
    el.remove();
  });

  it('includes a bookmark button named after the title', async () => {
    const item = normalizeFeed(jsonFeed([metastasesArticle]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card .article=${item}></roseup-article-card>`);
    const bookmark = shadow(el).querySelector('roseup-bookmark-button')!;
    await (bookmark as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const button = bookmark.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Enregistrer «\u00a0Tout savoir sur les cancers métastatiques\u00a0»');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows a loading skeleton that reserves space and is marked busy', async () => {
    const key = uniqueKey('card-slow');
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card feed=${mockUrl(key, '&delay=500')} article-id="x"></roseup-article-card>`,
    );
    const placeholder = shadow(el).querySelector('[aria-busy="true"]') as HTMLElement;
    expect(placeholder).to.exist;
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(text(el)).to.contain('Chargement');
    await expect(el).to.be.accessible();
  });

  it('keeps its reserved room while in view, and gives back what its text does not use once it lies below the viewport', async () => {
    // A short article: its text needs much less than the card's allowance at 300 px.
    const short = { id: 'https://www.rose-up.fr/magazine/court/', url: 'https://www.rose-up.fr/magazine/court/', title: 'Court', _roseup: { kind: 'article' } };
    const { url } = await serveFeed('card-room', jsonFeed([short]));
    const page = await fixture<HTMLElement>(html`<div style="width: 300px">
      <div style="height: 100vh"></div>
      <roseup-article-card id="seen" feed=${url} article-id=${short.id} no-image></roseup-article-card>
      <div style="height: 200vh"></div>
      <roseup-article-card id="below" feed=${url} article-id=${short.id} no-image></roseup-article-card>
    </div>`);
    const [seen, below] = [...page.querySelectorAll<RoseUpArticleCard>('roseup-article-card')];
    // The visitor is looking at the first card; the second lies far below.
    window.scrollTo(0, seen.getBoundingClientRect().top + scrollY - 50);
    const reserved = seen.getBoundingClientRect().height;
    await loaded(seen);
    await loaded(below);
    /** Blank room between the meta line and the bookmark button. */
    const gap = (card: RoseUpArticleCard) =>
      shadow(card).querySelector('.actions')!.getBoundingClientRect().top - shadow(card).querySelector('.meta')!.getBoundingClientRect().bottom;
    await until(() => gap(below) < 20, 'the card below the viewport to give back its room');
    expect(below.getBoundingClientRect().height).to.be.below(reserved / 2);
    // In view, nothing moves: the card keeps the height its placeholder had.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(seen.getBoundingClientRect().height).to.equal(reserved);
    expect(gap(seen)).to.be.above(100);
    // Back at the top of the page, the first card lies below the viewport too.
    window.scrollTo(0, 0);
    await until(() => gap(seen) < 20, 'the card scrolled out of view to give back its room');
    await expect(below).to.be.accessible();
  });

  it('shows an alert with a retry button when the feed fails, and recovers on retry', async () => {
    const { key, url } = await serveFeed('card-error', jsonFeed([metastasesArticle]), '&fail=3&failStatus=503');
    const el = document.createElement('roseup-article-card');
    el.feed = url;
    el.articleId = metastasesArticle.id;
    const failed = oneEvent(el, 'roseup-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail).to.include({ reason: 'http', status: 503 });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Le contenu de RoseUp n’a pas pu être chargé.');
    // Kind words, no status code: "503" is for the developer (the event's detail and the console).
    expect(alert.textContent).to.contain('Le serveur de RoseUp ne répond pas correctement. Réessayez dans quelques instants.');
    expect(alert.textContent).not.to.match(/503|erreur/);
    await expect(el).to.be.accessible();
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Réessayer');
    const reloaded = oneEvent(el, 'roseup-load');
    retry.click();
    await reloaded;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(text(el)).to.contain('Tout savoir sur les cancers métastatiques');
    expect(await hits(key)).to.equal(4);
    el.remove();
  });

  it('keeps keyboard focus on the retry button when the retry fails again, and moves it to the title once it works', async () => {
    configureFeedClient({ retries: 0 });
    const { url } = await serveFeed('card-refocus', jsonFeed([metastasesArticle]), '&fail=2&failStatus=503&delay=150');
    const el = await mountFailing(url);
    const firstButton = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    firstButton.focus();
    const failedAgain = oneEvent(el, 'roseup-error');
    await sendKeys({ press: 'Enter' });
    await failedAgain;
    await el.updateComplete;
    const secondButton = shadow(el).querySelector('[part="retry"]');
    expect(secondButton, 'a new retry button').to.exist;
    expect(shadow(el).activeElement).to.equal(secondButton);

    const reloaded = oneEvent(el, 'roseup-load');
    await sendKeys({ press: 'Enter' });
    // While it loads, the placeholder ("Chargement…") holds focus, not the page.
    await el.updateComplete;
    const busy = shadow(el).querySelector('[aria-busy="true"]');
    expect(busy, 'the loading placeholder').to.exist;
    expect(shadow(el).activeElement).to.equal(busy);
    await reloaded;
    await el.updateComplete;
    const title = shadow(el).querySelector('[part="title"]');
    expect(shadow(el).activeElement).to.equal(title);
    expect(title!.getAttribute('tabindex')).to.equal('-1');
    el.remove();
  });

  it('"Réessayer" on one element brings back every element on that feed, with one request', async () => {
    configureFeedClient({ retries: 0 });
    const { key, url } = await serveFeed('card-sibling', jsonFeed([metastasesArticle]), '&fail=1&failStatus=503');
    const [a, b] = [0, 1].map(() => {
      const el = document.createElement('roseup-article-card');
      el.feed = url;
      el.articleId = metastasesArticle.id;
      return el;
    });
    const failedA = oneEvent(a, 'roseup-error');
    const failedB = oneEvent(b, 'roseup-error');
    document.body.append(a, b);
    await Promise.all([failedA, failedB]);
    await b.updateComplete;
    expect(shadow(b).querySelector('[role="alert"]')).to.exist;
    const loadedB = oneEvent(b, 'roseup-load');
    shadow(a).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await loadedB;
    await b.updateComplete;
    expect(shadow(b).querySelector('[role="alert"]')).to.equal(null);
    expect(text(b)).to.contain('Tout savoir sur les cancers métastatiques');
    expect(await hits(key)).to.equal(2);
    a.remove();
    b.remove();
  });

  it('moved to another place in the page while loading, it keeps its request (one request, then renders)', async () => {
    const { key, url } = await serveFeed('card-moved', jsonFeed([metastasesArticle]), '&delay=400');
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const el = document.createElement('roseup-article-card');
    el.feed = url;
    el.articleId = metastasesArticle.id;
    first.append(el);
    await until(async () => (await hits(key)) === 1, 'the request to start');
    second.append(el); // removed and added back in the same task
    await loaded(el);
    expect(text(el)).to.contain('Tout savoir sur les cancers métastatiques');
    expect(await hits(key)).to.equal(1);
    first.remove();
    second.remove();
  });

  it('inherits the page’s text colour when it reads well on white', async () => {
    const { url } = await serveFeed('card-page-colour', jsonFeed([metastasesArticle]));
    const page = await fixture<HTMLElement>(
      html`<div style="color: rgb(90, 10, 10)"><roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card></div>`,
    );
    const el = page.querySelector('roseup-article-card')!;
    await loaded(el);
    expect(rgbOf(getComputedStyle(shadow(el).querySelector('[part="title"] a')!).color)).to.deep.equal([90, 10, 10]);
  });

  it('stays readable on a dark page that sets a light text colour (darkened on its white surface)', async () => {
    const { url } = await serveFeed('card-dark-page', jsonFeed([metastasesArticle]));
    const page = await fixture<HTMLElement>(
      html`<div style="background: #121212; color: #eeeeee; padding: 1rem">
        <roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>
      </div>`,
    );
    const el = page.querySelector('roseup-article-card')!;
    await loaded(el);
    const card = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
    const title = shadow(el).querySelector('[part="title"] a')!;
    const summary = shadow(el).querySelector('[part="summary"]')!;
    const background = getComputedStyle(card).backgroundColor;
    expect(contrast(getComputedStyle(title).color, background)).to.be.at.least(4.5);
    expect(contrast(getComputedStyle(summary).color, background)).to.be.at.least(4.5);
  });

  it('marks the article’s own words with its language (item, else feed), not the element’s interface', async () => {
    const english = { ...metastasesArticle, id: 'https://www.rose-up.fr/en/1/', language: 'en' };
    const { url } = await serveFeed('card-lang', jsonFeed([english, metastasesArticle], { language: 'fr-FR' }));
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <roseup-article-card feed=${url} article-id=${english.id}></roseup-article-card>
        <roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll('roseup-article-card')];
    await loaded(a);
    await loaded(b);
    expect(shadow(a).querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
    expect(shadow(b).querySelector('[part="title"]')!.getAttribute('lang')).to.equal('fr-FR');
    expect(shadow(b).querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('fr-FR');
    // The element's own words (dates, reading time) stay in the page's language, untagged.
    expect(shadow(b).querySelector('[part="meta"]')!.hasAttribute('lang')).to.equal(false);
    expect(shadow(b).querySelector('[part="meta"]')!.textContent).to.contain('Published');
  });

  for (const width of [320, 1000]) {
    it(`keeps about the room it will take while loading (${width} px), so the page does not jump`, async () => {
      const { url } = await serveFeed('card-room', jsonFeed([{ ...metastasesArticle, image: '/demo/images/metastases.svg' }]), '&delay=300');
      const el = await fixture<RoseUpArticleCard>(
        html`<roseup-article-card style="width: ${width}px" feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>`,
      );
      const loading = el.getBoundingClientRect().height;
      expect(shadow(el).querySelector('[aria-busy="true"]'), 'still loading').to.exist;
      await loaded(el);
      const image = shadow(el).querySelector('img')!;
      if (!image.complete) await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
      const ratio = el.getBoundingClientRect().height / loading;
      expect(ratio, `loaded ${el.getBoundingClientRect().height} px vs ${loading} px while loading`).to.be.within(0.8, 1.25);
    });
  }

  it('finds an article given by its path when the feed’s ids are full URLs on the feed’s site', async () => {
    const onFeedSite = { ...metastasesArticle, id: new URL('/magazine/cancers-metastatiques/', location.href).href };
    const { url } = await serveFeed('card-path-id', jsonFeed([onFeedSite]));
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card feed=${url} article-id="/magazine/cancers-metastatiques/"></roseup-article-card>`,
    );
    await loaded(el);
    expect(text(el)).to.contain('Tout savoir sur les cancers métastatiques');
  });

  it('lets the visitor select its text, while a click on its empty space still opens the article', async () => {
    const { url } = await serveFeed('card-select', jsonFeed([{ ...metastasesArticle, image: '/demo/images/metastases.svg' }]));
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card style="width: 360px" feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>`,
    );
    await loaded(el);
    const at = (target: Element) => {
      const box = target.getBoundingClientRect();
      return shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    };
    const summary = shadow(el).querySelector('[part="summary"]')!;
    expect(at(summary), 'the summary is on top of the card link').to.equal(summary);
    const link = shadow(el).querySelector('[part="title"] a')!;
    expect(at(shadow(el).querySelector('.media')!), 'the picture opens the article').to.equal(link);
  });

  it('does not take focus after a retry started by a mouse click elsewhere on the page', async () => {
    configureFeedClient({ retries: 0 });
    const { url } = await serveFeed('card-nofocus', jsonFeed([metastasesArticle]), '&fail=1&failStatus=503');
    const el = await mountFailing(url);
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const reloaded = oneEvent(el, 'roseup-load');
    el.retry();
    await reloaded;
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
    outside.remove();
    el.remove();
  });

  for (const variant of ['vertical', 'horizontal', 'compact']) {
    it(`keeps unbreakable text inside a 320 px column (${variant})`, async () => {
      const word = 'Anticancéreux'.repeat(20);
      const article = {
        ...metastasesArticle,
        title: `Lire : https://www.rose-up.fr/magazine/${'tres-long-chemin-'.repeat(8)}`,
        authors: [{ name: word }],
        _roseup: { ...metastasesArticle._roseup, category: { id: 'x', label: word }, format: { id: 'y', label: word } },
      };
      const { url } = await serveFeed('card-long-words', jsonFeed([article]));
      const el = await fixture<RoseUpArticleCard>(
        html`<roseup-article-card style="width: 320px" variant=${variant} feed=${url} article-id=${article.id}></roseup-article-card>`,
      );
      await loaded(el);
      expect(stickingOut(el)).to.deep.equal([]);
    });
  }

  it('without article-id: says so, fires roseup-error with reason missing-id, and asks nothing of the network', async () => {
    const key = uniqueKey('card-no-id');
    const original = console.error;
    console.error = () => {};
    try {
      const el = document.createElement('roseup-article-card');
      el.feed = mockUrl(key);
      const failed = oneEvent(el, 'roseup-error');
      document.body.append(el);
      expect((await failed).detail.reason).to.equal('missing-id');
      await el.updateComplete;
      expect(text(el)).to.contain('Aucun article n’est indiqué');
      expect(await hits(key)).to.equal(0);
      el.remove();
    } finally {
      console.error = original;
    }
  });

  it('says when the article is not in the feed, and fires roseup-error with reason not-found', async () => {
    const { url } = await serveFeed('card-404', jsonFeed([metastasesArticle]));
    const el = document.createElement('roseup-article-card');
    el.feed = url;
    el.articleId = 'https://www.rose-up.fr/magazine/disparu/';
    const failed = oneEvent(el, 'roseup-error');
    document.body.append(el);
    expect((await failed).detail.reason).to.equal('not-found');
    await el.updateComplete;
    expect(text(el)).to.contain('Ce contenu n’est plus disponible.');
    expect(shadow(el).querySelector('a')!.getAttribute('href')).to.equal('https://www.rose-up.fr/');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('speaks English under lang="en"', async () => {
    const { url } = await serveFeed('card-en', jsonFeed([metastasesArticle]));
    const wrapper = await fixture(html`<div lang="en-GB"><roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card></div>`);
    const el = wrapper.querySelector('roseup-article-card')!;
    await loaded(el);
    expect(text(el)).to.contain('Published on 26 November 2020');
    expect(text(el)).to.contain('6 min read');
  });

  it('says a server error in English without its status code', async () => {
    const { url } = await serveFeed('card-error-en', jsonFeed([metastasesArticle]), '&fail=9&failStatus=503');
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    const el = document.createElement('roseup-article-card');
    el.feed = url;
    el.articleId = metastasesArticle.id;
    const failed = oneEvent(el, 'roseup-error');
    wrapper.append(el);
    expect((await failed).detail).to.include({ reason: 'http', status: 503 });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'RoseUp content could not be loaded. RoseUp’s server is not responding properly. Try again in a moment. Try again',
    );
    wrapper.remove();
  });

  it('renders hostile feed text as inert text and drops javascript: links', async () => {
    const { url } = await serveFeed(
      'card-hostile',
      jsonFeed([
        {
          id: 'evil',
          url: 'javascript:alert(1)',
          image: 'javascript:alert(2)',
          title: '<img src=x onerror="window.__pwned=1">Titre',
          summary: '<script>window.__pwned=2</script>',
          _roseup: { category: { label: '<b>gras</b>' } },
        },
      ]),
    );
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card feed=${url} article-id="evil"></roseup-article-card>`);
    await loaded(el);
    const root = shadow(el);
    expect(root.querySelector('[part="title"]')!.textContent).to.contain('<img src=x onerror="window.__pwned=1">Titre');
    expect(root.querySelector('script, b, [part="title"] img')).to.equal(null);
    expect(root.querySelector('a[href^="javascript"], img[src^="javascript"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('aborts its request when removed while loading, without a late event', async () => {
    const key = uniqueKey('card-abort');
    const el = document.createElement('roseup-article-card');
    el.feed = mockUrl(key, '&delay=300');
    el.articleId = 'x';
    let events = 0;
    el.addEventListener('roseup-load', () => events++);
    el.addEventListener('roseup-error', () => events++);
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 50));
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(events).to.equal(0);
  });

  it('shares one request among many cards on the same feed', async () => {
    const { key, url } = await serveFeed('card-shared', jsonFeed([metastasesArticle]), '&delay=100');
    const wrapper = await fixture(html`<div>
      ${Array.from({ length: 8 }, () => html`<roseup-article-card feed=${url} article-id=${metastasesArticle.id}></roseup-article-card>`)}
    </div>`);
    const cards = [...wrapper.querySelectorAll('roseup-article-card')];
    for (const card of cards) await loaded(card);
    expect(await hits(key)).to.equal(1);
  });

  it('honours prefers-reduced-motion: the loading shimmer stops', async () => {
    const key = uniqueKey('card-motion');
    const el = await fixture<RoseUpArticleCard>(
      html`<roseup-article-card feed=${mockUrl(key, '&delay=2000')} article-id="x"></roseup-article-card>`,
    );
    const skeleton = () => shadow(el).querySelector('.skeleton')!;
    expect(getComputedStyle(skeleton()).animationName).to.not.equal('none');
    await executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      expect(getComputedStyle(skeleton()).animationName).to.equal('none');
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });

  it('keeps a visible card border in forced-colors (Windows high contrast) mode, where shadows vanish', async () => {
    const item = normalizeFeed(jsonFeed([metastasesArticle]), 'https://www.rose-up.fr/feed.json').items.at(0)!;
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card .article=${item}></roseup-article-card>`);
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const card = shadow(el).querySelector('article')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(card).borderTopWidth).to.not.equal('0px');
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });

  it('draws buttons in system colours in forced-colors mode (no brand colour left on them)', async () => {
    const { url } = await serveFeed('card-forced', jsonFeed([metastasesArticle]), '&status=503');
    const el = await fixture<RoseUpArticleCard>(html`<roseup-article-card feed=${url} article-id="x"></roseup-article-card>`);
    await until(() => !!shadow(el).querySelector('[part="retry"]'), 'the retry button', 8000);
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const retry = shadow(el).querySelector('[part="retry"]')!;
      const probe = document.createElement('span');
      probe.style.color = 'ButtonText';
      document.body.append(probe);
      const buttonText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(retry).color).to.equal(buttonText);
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  }).timeout(15000);
});
