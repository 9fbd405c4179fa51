import type { Catalog } from '../internal/i18n.js';

export interface BookmarkButtonMessages {
  name: (title: string) => string;
  nameWithoutTitle: string;
  save: string;
  saved: string;
  added: string;
  removed: string;
  /** Added, but the browser will not keep it after this visit (storage blocked or full). */
  addedNotKept: string;
  cap: (cap: number) => string;
  /** The code that saves could not be loaded (network): nothing was changed. Followed by the common network advice. */
  notChanged: string;
}

export const bookmarkButtonMessages: Catalog<BookmarkButtonMessages> = {
  fr: {
    name: (title) => `Enregistrer « ${title} »`,
    nameWithoutTitle: 'Enregistrer dans vos favoris',
    save: 'Enregistrer',
    saved: 'Dans vos favoris',
    added: 'Ajouté à vos favoris',
    removed: 'Retiré de vos favoris',
    addedNotKept: 'Ajouté à vos favoris pour cette visite seulement : ce navigateur ne permet pas de les garder sur cet appareil.',
    cap: (cap) => `Vous avez atteint la limite de ${cap} favoris. Retirez-en un pour en ajouter un autre.`,
    notChanged: 'Vos favoris n’ont pas pu être modifiés.',
  },
  en: {
    name: (title) => `Save “${title}”`,
    nameWithoutTitle: 'Save to your bookmarks',
    save: 'Save',
    saved: 'In your bookmarks',
    added: 'Added to your bookmarks',
    removed: 'Removed from your bookmarks',
    addedNotKept: 'Added to your bookmarks for this visit only: this browser does not let them be kept on this device.',
    cap: (cap) => `You have reached the limit of ${cap} bookmarks. Remove one to add another.`,
    notChanged: 'Your bookmarks could not be changed.',
  },
};
