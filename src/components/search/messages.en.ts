import { plural } from '../internal/i18n.js';
import type { SearchMessages } from './messages.js';

export const searchMessagesEn: SearchMessages = {
  label: 'Search RoseUp',
  submit: 'Search',
  hint:
    'When autocomplete results are available, use the up and down arrows to review them and Enter to go to the page you want. ' +
    'On a touch device, explore by touch or with swipe gestures.',
  suggestionsListbox: 'Search suggestions',
  resultsListbox: 'Search results',
  popularGroup: 'Popular searches',
  recentGroup: 'Your recent searches',
  clearHistory: 'Clear history',
  historyCleared: 'Search history cleared',
  article: 'Article',
  event: 'Workshop',
  seeAll: (query) => `See all results for “${query}”`,
  loading: 'Loading search…',
  results: (count) =>
    count === 0 ? 'No results' : plural('en', count, { one: '{n} result available', other: '{n} results available' }),
  suggestions: (count) => plural('en', count, { one: '{n} suggestion available', other: '{n} suggestions available' }),
  tooShort: (min) => `Type ${min} or more characters for results`,
  endOfList: 'End of list',
  noResultsFor: (query) => `No results for “${query}” among the latest content.`,
  unavailable: 'Search suggestions are unavailable at the moment. You can still search on RoseUp’s website.',
  retry: 'Try loading suggestions again',
};
