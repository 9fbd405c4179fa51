import type { BookmarkButtonMessages } from './messages.js';

export const bookmarkButtonMessagesEn: BookmarkButtonMessages = {
  name: (title) => `Save “${title}”`,
  nameWithoutTitle: 'Save to your bookmarks',
  save: 'Save',
  saved: 'In your bookmarks',
  added: 'Added to your bookmarks',
  removed: 'Removed from your bookmarks',
  addedNotKept: 'Added to your bookmarks for this visit only: this browser does not let them be kept on this device.',
  cap: (cap) => `You have reached the limit of ${cap} bookmarks. Remove one to add another.`,
  notChanged: 'Your bookmarks could not be changed.',
};
