/**
 * The English words of every element, in one module that `i18n.ts` fetches the first time an
 * element's language is English (and the loader at once, on a page whose elements are in
 * English). French is each element's default and ships with it.
 */
import { articleListMessagesEn } from '../article-list/messages.en.js';
import { cardMessagesEn } from '../article-card/messages.en.js';
import { bookmarkButtonMessagesEn } from '../bookmark-button/messages.en.js';
import { bookmarkListMessagesEn } from '../bookmark-list/messages.en.js';
import { eventListMessagesEn } from '../event-list/messages.en.js';
import { searchMessagesEn } from '../search/messages.en.js';
import type { CommonMessages } from './i18n.js';

const common: CommonMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'RoseUp content could not be loaded.',
  errorNetwork: 'Check your internet connection, then try again.',
  errorHttp: 'RoseUp’s server is not responding properly. Try again in a moment.',
  errorTimeout: 'RoseUp’s server is taking too long to respond. Try again in a moment.',
  errorInvalid: 'The data received could not be read. Try again later.',
  staleNotice: (date) => `Content updated on ${date}: the connection to RoseUp could not be restored.`,
};

export const english = {
  common,
  card: cardMessagesEn,
  articleList: articleListMessagesEn,
  bookmarkButton: bookmarkButtonMessagesEn,
  bookmarkList: bookmarkListMessagesEn,
  eventList: eventListMessagesEn,
  search: searchMessagesEn,
};

export type EnglishCatalogues = typeof english;
