// Types of the one-tag bundle (@roseup/elements/roseup.js) and of the element entries.
import '@roseup/elements/roseup.js';
import '@roseup/elements/event-list.js';
import type { RoseUpSearch } from '@roseup/elements';

const search: RoseUpSearch = document.createElement('roseup-search');
search.maxResults = 5;
// @ts-expect-error maxResults is a number
search.maxResults = 'five';

const list = document.createElement('roseup-event-list');
list.addEventListener('roseup-error', (event) => {
  const reason: string = event.detail.reason;
  // @ts-expect-error the detail has no such field
  console.log(reason, event.detail.nope);
});

const card = document.createElement('roseup-article-card');
// @ts-expect-error variant is vertical, horizontal or compact
card.variant = 'diagonal';
