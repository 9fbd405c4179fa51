import { plural } from '../internal/i18n.js';
import type { ArticleListMessages, ListKind } from './messages.js';

const enNouns: Record<ListKind, { one: string; other: string }> = {
  article: { one: 'article', other: 'articles' },
  event: { one: 'event', other: 'events' },
  all: { one: 'item', other: 'items' },
};

export const articleListMessagesEn: ArticleListMessages = {
  more: 'Show more',
  moreContext: (kind) => ` ${enNouns[kind].other}`,
  loadingMore: 'Loading…',
  added: (count, kind) =>
    plural('en', count, { one: `{n} ${enNouns[kind].one} added`, other: `{n} ${enNouns[kind].other} added` }),
  noneLeft: (kind) => `There are no more ${enNouns[kind].other}.`,
  moreError: (kind) =>
    kind === 'network' || kind === 'timeout'
      ? 'The next items could not be loaded. Check your internet connection, then try again.'
      : 'The next items could not be loaded: the RoseUp site is not answering properly right now. Try again in a moment.',
  retryMoreContext: ' to load more',
  empty: (kind) => (kind === 'event' ? 'No events yet.' : kind === 'all' ? 'Nothing here yet.' : 'No articles yet.'),
  emptyLink: (site) => `Discover all content from ${site}`,
  noneRecent: (kind) => `None of the most recent ${enNouns[kind].other} match this selection.`,
  searchOlder: (kind) => `Look in older ${enNouns[kind].other}`,
};
