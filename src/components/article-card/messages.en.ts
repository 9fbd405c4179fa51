import type { CardMessages } from './messages.js';

export const cardMessagesEn: CardMessages = {
  published: (date) => `Published on ${date}`,
  modified: (date) => `Updated on ${date}`,
  readingTime: (minutes) => `${minutes} min read`,
  by: (names) => `By ${names}`,
  notFound: 'This content is no longer available.',
  notFoundLink: (site) => `See other content from ${site}`,
  missingId: 'No article was specified.',
};
