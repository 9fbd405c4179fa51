import { plural } from '../internal/i18n.js';
import type { BookmarkListMessages } from './messages.js';

export const bookmarkListMessagesEn: BookmarkListMessages = {
  heading: 'My bookmarks',
  count: (count) => plural('en', count, { one: '{n} bookmark', other: '{n} bookmarks' }),
  remove: 'Remove',
  removeContext: (title) => ` “${title}”`,
  removed: (title) => `“${title}” removed from your bookmarks.`,
  empty: 'You have no bookmarks yet. Use the “Save” button on an article to find it here.',
  clear: 'Clear all',
  clearQuestion: (count) =>
    plural('en', count, {
      one: 'Delete your bookmark from this device? This cannot be undone.',
      other: 'Delete your {n} bookmarks from this device? This cannot be undone.',
    }),
  confirm: 'Confirm',
  cancel: 'Cancel',
  cleared: 'All your bookmarks have been deleted.',
  savedOn: (date) => `Saved on ${date}`,
  newestShown: (shown) => `The ${shown} most recent are shown.`,
  feedFailed: 'The latest details of your bookmarks could not be loaded: they are shown with their saved title.',
  memoryOnly: 'Your bookmarks cannot be kept on this device after you close the page.',
  unreadable: 'Some bookmarks saved on this device could not be read. They were not erased: they are kept aside.',
};
