import { expect, fixture, html } from '@open-wc/testing';
import { autoload } from './autoload.js';
import { until } from '../../../test/helpers/feeds.js';

/** Markup with tags no element defines (lit-analyzer would flag them in an html`` template). */
async function markup(source: string): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = source;
  return host;
}

describe('autoload (the CDN bundle’s element loader)', () => {
  it('loads an element’s code once when its tag is on the page, and nothing for tags that are absent', async () => {
    await markup('<roseup-test-present></roseup-test-present><roseup-test-present></roseup-test-present>');
    const loaded: string[] = [];
    autoload(
      {
        'roseup-test-present': async () => void loaded.push('present'),
        'roseup-test-absent': async () => void loaded.push('absent'),
      },
      new Set(),
    );
    await Promise.resolve();
    expect(loaded).to.deep.equal(['present']);
    // Once: neither the second tag nor a later one of the same name loads it again.
    const later = document.body.appendChild(document.createElement('roseup-test-present'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    later.remove();
    expect(loaded).to.deep.equal(['present']);
  });

  it('loads an element added later, even nested inside other markup', async () => {
    const loaded: string[] = [];
    autoload({ 'roseup-test-later': async () => void loaded.push('later') }, new Set());
    const host = await fixture(html`<section></section>`);
    host.innerHTML = '<div><p><roseup-test-later></roseup-test-later></p></div>';
    await until(() => loaded.length > 0, 'the loader to run');
    expect(loaded).to.deep.equal(['later']);
  });

  it('shows the partner’s fallback content again when an element’s code cannot load', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = (await markup('<roseup-test-broken><a href="https://www.rose-up.fr/">RoseUp</a></roseup-test-broken>')).firstElementChild!;
      autoload({ 'roseup-test-broken': () => Promise.reject(new Error('chunk missing')) }, new Set());
      await until(() => el.hasAttribute('data-roseup-failed'), 'the element to be marked');
      expect(String((errors[0] as unknown[])[0])).to.contain('<roseup-test-broken> could not be loaded');
      // What the name promises: the partner's link is shown again.
      const link = el.querySelector('a')!;
      expect(getComputedStyle(link).visibility).to.equal('visible');
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      console.error = original;
    }
  });

  it('reserves the space of an element that has not loaded yet, and hides its fallback meanwhile', async () => {
    autoload({}, new Set());
    const wrapper = await markup('<roseup-event-list limit="2"><p>Voir l’agenda</p></roseup-event-list>');
    const list = wrapper.querySelector('roseup-event-list')!;
    expect(customElements.get('roseup-event-list')).to.equal(undefined);
    const em = parseFloat(getComputedStyle(list).fontSize);
    expect(list.getBoundingClientRect().height).to.be.at.least(2 * 12 * em);
    expect(getComputedStyle(list.querySelector('p')!).visibility).to.equal('hidden');
  });
  it('marks an element added after its code failed to load, so its fallback shows and no room is kept', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      await markup('<roseup-test-late-broken></roseup-test-late-broken>');
      autoload({ 'roseup-test-late-broken': () => Promise.reject(new Error('chunk missing')) }, new Set());
      await new Promise((r) => setTimeout(r, 20));
      const late = (await markup('<roseup-test-late-broken><a href="https://www.rose-up.fr/">RoseUp</a></roseup-test-late-broken>')).firstElementChild!;
      await until(() => late.hasAttribute('data-roseup-failed'), 'the late element to be marked');
    } finally {
      console.error = original;
    }
  });

  it('requests the English words with the first element under an English lang, once, and not for French ones', async () => {
    let english = 0;
    const options = { english: async () => void english++ };
    await markup('<div lang="fr"><roseup-test-fr></roseup-test-fr></div>');
    autoload({ 'roseup-test-fr': async () => undefined }, new Set(), document, options);
    await Promise.resolve();
    expect(english, 'French').to.equal(0);
    await markup('<div lang="en-GB"><p><roseup-test-en></roseup-test-en><roseup-test-en-2></roseup-test-en-2></p></div>');
    autoload({ 'roseup-test-en': async () => undefined, 'roseup-test-en-2': async () => undefined }, new Set(), document, options);
    await Promise.resolve();
    expect(english, 'English, once').to.equal(1);
  });

  it('loads the code of elements below the first screen once that of the elements on it has arrived', async () => {
    await markup('<roseup-test-top></roseup-test-top><div style="height: 300vh"></div><roseup-test-bottom></roseup-test-bottom>');
    const loaded: string[] = [];
    let arrive!: () => void;
    autoload(
      {
        'roseup-test-top': () => new Promise<void>((resolve) => (loaded.push('top'), (arrive = resolve))),
        'roseup-test-bottom': async () => void loaded.push('bottom'),
      },
      new Set(),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaded, 'while the first screen’s code is on its way').to.deep.equal(['top']);
    arrive();
    await until(() => loaded.length === 2, 'the code below the first screen');
    expect(loaded).to.deep.equal(['top', 'bottom']);
  });

  it('before the page’s first paint, reads positions after its first frame instead of forcing a layout in its own task', async () => {
    await markup('<roseup-test-a></roseup-test-a><div style="height: 300vh"></div><roseup-test-b></roseup-test-b>');
    const realEntries = performance.getEntriesByType;
    const realRect = Element.prototype.getBoundingClientRect;
    let rects = 0;
    // A page not painted yet: what a fast or cached load looks like when the loader runs.
    performance.getEntriesByType = ((type: string) => (type === 'paint' ? [] : realEntries.call(performance, type))) as typeof realEntries;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      rects++;
      return realRect.call(this);
    };
    const loaded: string[] = [];
    let core = 0;
    let arrive!: () => void;
    try {
      autoload(
        {
          'roseup-test-a': () => new Promise<void>((resolve) => (loaded.push('a'), (arrive = resolve))),
          'roseup-test-b': async () => void loaded.push('b'),
        },
        new Set(),
        document,
        { core: async () => void core++ },
      );
      expect(rects, 'positions read in the loader’s own task').to.equal(0);
      expect(core, 'the shared code is requested at once').to.equal(1);
      await until(() => loaded.length > 0, 'the first screen’s code');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loaded, 'below the first screen: after').to.deep.equal(['a']);
      arrive();
      await until(() => loaded.length === 2, 'the code below the first screen');
      expect(rects).to.equal(0);
    } finally {
      performance.getEntriesByType = realEntries;
      Element.prototype.getBoundingClientRect = realRect;
    }
  });

  it('with eager, loads every element at once, even those not (visibly) on the page', async () => {
    const loaded: string[] = [];
    autoload({ 'roseup-test-eager-a': async () => void loaded.push('a'), 'roseup-test-eager-b': async () => void loaded.push('b') }, new Set(), document, {
      eager: true,
    });
    await Promise.resolve();
    expect(loaded.sort()).to.deep.equal(['a', 'b']);
  });

  it('prefetches the feed for the page’s own markup, not for an element a script adds later', async () => {
    await markup('<roseup-test-feed-a feed="https://feeds.example/a.json"></roseup-test-feed-a>');
    const asked: Array<string | null> = [];
    const prefetch = async () => ({ prefetchFor: (attribute: string | null) => void asked.push(attribute) });
    autoload({ 'roseup-test-feed-a': async () => undefined, 'roseup-test-feed-b': async () => undefined }, new Set(['roseup-test-feed-a', 'roseup-test-feed-b']), document, {
      prefetch,
    });
    await markup('<roseup-test-feed-b feed="https://feeds.example/b.json"></roseup-test-feed-b>');
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).to.deep.equal(['https://feeds.example/a.json']);
  });
  it('reserves an article list’s grid: limit cards of a 16:9 image plus text, in as many columns as fit', async () => {
    autoload({}, new Set());
    const wrapper = await markup(
      '<div style="width: 320px"><roseup-article-list limit="3"><p>Lire Rose magazine</p></roseup-article-list></div>' +
        '<div style="width: 1000px"><roseup-article-list limit="3"></roseup-article-list></div>',
    );
    const [narrow, wide] = [...wrapper.querySelectorAll('roseup-article-list')];
    const em = parseFloat(getComputedStyle(narrow).fontSize);
    // One column at 320 px: three cards stacked.
    expect(narrow.getBoundingClientRect().height).to.be.at.least(3 * (0.5625 * 320 + 24 * em));
    // Four columns fit in 1000 px: one row of three (narrow cards: the longest text allowance, 37.5em).
    const wideHeight = wide.getBoundingClientRect().height;
    expect(wideHeight).to.be.at.least(24 * em).and.below(2 * 37.5 * em);
  });
});
