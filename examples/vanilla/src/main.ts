// RoseUp Elements in a plain TypeScript app (Vite): three elements on the sample feed, a
// property set from code, and every roseup-* event written into the page.
import '@roseup/elements/article-card';
import '@roseup/elements/bookmark-button';
import '@roseup/elements/search';
import { loadFeed } from '@roseup/elements/data';
import type { RoseUpEventMap } from '@roseup/elements';

const FEED = '/demo/feed.json';
const app = document.querySelector<HTMLDivElement>('#app')!;

const log = document.createElement('ul');
log.id = 'events';
function record<N extends keyof RoseUpEventMap>(name: N, text: string): void {
  const line = document.createElement('li');
  line.textContent = `${name}: ${text}`;
  log.append(line);
}

// A card found in the feed by its id: fires roseup-load.
const card = document.createElement('roseup-article-card');
card.id = 'from-feed';
card.feed = FEED;
card.articleId = 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/';
card.addEventListener('roseup-load', (event) => record('roseup-load', event.detail.url));

// A card whose id is not in the feed: fires roseup-error (not-found).
const missing = document.createElement('roseup-article-card');
missing.id = 'missing';
missing.feed = FEED;
missing.articleId = 'https://www.rose-up.fr/magazine/nulle-part/';
missing.addEventListener('roseup-error', (event) => record('roseup-error', event.detail.reason));

// A bookmark button whose title is a property (itemTitle).
const button = document.createElement('roseup-bookmark-button');
button.id = 'button';
button.itemId = 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/';
button.itemTitle = 'Loi Lemoine : une loi encore mal appliquée';
button.addEventListener('roseup-bookmark-change', (event) => record('roseup-bookmark-change', String(event.detail.bookmarked)));

// The search: the app handles the choice itself (no navigation).
const search = document.createElement('roseup-search');
search.id = 'search';
search.feed = FEED;
search.addEventListener('roseup-search-select', (event) => {
  event.preventDefault();
  record('roseup-search-select', event.detail.item?.title ?? event.detail.query);
});

app.append(search, card, missing, button, log);

// A card given its article as a property (.article), set once the element is in the page.
const { feed } = await loadFeed(FEED);
const given = document.createElement('roseup-article-card');
given.id = 'given';
given.variant = 'compact';
log.before(given);
given.article = feed.items.at(1);
