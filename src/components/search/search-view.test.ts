import { expect } from '@open-wc/testing';
import type { FeedItem } from '../../data/types.js';
import { searchMessages } from './messages.js';
import { searchMessagesEn } from './messages.en.js';
import { highlightParts, searchView, type SearchViewInput } from './search-view.js';
import { withQuery } from './search-markup.js';
import { highlightRanges } from '../../data/french-text.js';

const item = (title: string): FeedItem => ({ id: `https://www.rose-up.fr/${title}/`, title }) as unknown as FeedItem;

const base: SearchViewInput = {
  query: '',
  minChars: 2,
  recent: [],
  popular: [
    { label: 'Fatigue', query: 'fatigue' },
    { label: 'Perte de cheveux', query: 'perte de cheveux' },
  ],
  hits: undefined,
  degraded: false,
  messages: searchMessages,
};

describe('searchView (what the search shows and says)', () => {
  it('offers popular searches before typing, recent ones first with "Effacer l’historique"', () => {
    const view = searchView({ ...base, recent: ['yoga'] });
    expect(view.mode).to.equal('suggestions');
    expect(view.groups.map((g) => g.label)).to.deep.equal(['Vos recherches récentes', 'Recherches fréquentes']);
    expect(view.options.map((o) => o.kind)).to.deep.equal(['suggestion', 'clear', 'suggestion', 'suggestion']);
    // "Effacer l’historique" is an option, not a suggestion: it is not counted.
    expect(view.status).to.equal('3 suggestions disponibles');
  });

  it('says nothing before typing when there is nothing to suggest', () => {
    const view = searchView({ ...base, popular: [] });
    expect(view.options).to.deep.equal([]);
    expect(view.status).to.equal('');
  });

  it('offers nothing below min-length', () => {
    const view = searchView({ ...base, query: ' q ' });
    expect(view.mode).to.equal('short');
    expect(view.options).to.deep.equal([]);
    // Issue 16, item 10: why there is no list.
    expect(view.status).to.equal('Saisissez au moins 2 caractères pour voir des résultats');
    expect(searchView({ ...base, query: 'q', minChars: 3, messages: searchMessagesEn }).status).to.equal(
      'Type 3 or more characters for results',
    );
  });

  it('lists the hits, then "Voir tous les résultats"', () => {
    const hits = [{ item: item('Fatigue'), ranges: [[0, 7] as const] }];
    const view = searchView({ ...base, query: ' fatigue ', hits });
    expect(view.mode).to.equal('results');
    expect(view.options).to.deep.equal([
      { kind: 'item', hit: hits[0] },
      { kind: 'all', query: 'fatigue' },
    ]);
    expect(view.message).to.equal(undefined);
    expect(view.status).to.equal('1 résultat disponible');
  });

  it('says so when nothing matched, and still offers the search page', () => {
    const view = searchView({ ...base, query: 'xylophone', hits: [] });
    expect(view.options.map((o) => o.kind)).to.deep.equal(['all']);
    expect(view.message).to.equal('Aucun résultat pour «\u00a0xylophone\u00a0» parmi les derniers contenus.');
    expect(view.status).to.equal('Aucun résultat');
  });

  it('says the engine is loading, or says it is unavailable and offers only the search page without one', () => {
    const loading = searchView({ ...base, query: 'yoga' });
    expect([loading.mode, loading.message, loading.status]).to.deep.equal(['loading', 'Chargement de la recherche…', 'Chargement de la recherche…']);
    const degraded = searchView({ ...base, query: 'yoga', degraded: true });
    const unavailable = 'Les suggestions de recherche ne sont pas disponibles pour le moment. Vous pouvez tout de même lancer une recherche sur le site de RoseUp.';
    expect([degraded.mode, degraded.message, degraded.status]).to.deep.equal(['degraded', unavailable, unavailable]);
    // The feed failed: the element's notice beside the field says it already.
    const noticed = searchView({ ...base, query: 'yoga', degraded: true, notice: true });
    expect([noticed.mode, noticed.message, noticed.status]).to.deep.equal(['degraded', undefined, '']);
    expect(degraded.options.map((o) => o.kind)).to.deep.equal(['all']);
  });

  it('speaks English with the English messages', () => {
    const view = searchView({ ...base, messages: searchMessagesEn, query: 'yoga', hits: [] });
    expect(view.status).to.equal('No results');
  });
});

describe('withQuery', () => {
  it('sets q and keeps the action’s own parameters', () => {
    expect(withQuery('https://chu.example/recherche?site=roseup&q=old', 'perte de cils')).to.equal(
      'https://chu.example/recherche?site=roseup&q=perte+de+cils',
    );
  });
});

describe('highlightParts', () => {
  it('cuts a title into plain and matched pieces, from the ranges the engine found (accents and case folded)', () => {
    const title = 'La fatigue pendant les traitements';
    expect(highlightParts(title, highlightRanges(title, ['fatigu']))).to.deep.equal([
      { text: 'La ', mark: false },
      { text: 'fatigue', mark: true },
      { text: ' pendant les traitements', mark: false },
    ]);
  });

  it('keeps hostile text as text', () => {
    const title = '<img src=x onerror=alert(1)> Métastases';
    const parts = highlightParts(title, highlightRanges(title, ['metastas']));
    expect(parts.map((p) => p.text).join('')).to.equal(title);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).to.deep.equal(['Métastases']);
  });

  it('returns the whole title unmarked when nothing matched', () => {
    expect(highlightParts('Yoga', [])).to.deep.equal([{ text: 'Yoga', mark: false }]);
  });

  it('ignores ranges out of order or empty instead of repeating text', () => {
    const parts = highlightParts('Yoga doux', [[5, 9], [0, 4], [6, 6]]);
    expect(parts.map((p) => p.text).join('')).to.equal('Yoga doux');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).to.deep.equal(['doux']);
  });
});
