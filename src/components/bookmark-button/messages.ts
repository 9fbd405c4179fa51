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

/** The French words (the default language); English ones are in `messages.en.ts`, loaded only for English. */
export const bookmarkButtonMessages: BookmarkButtonMessages = {
  name: (title) => `Enregistrer «\u00a0${title}\u00a0»`,
  nameWithoutTitle: 'Enregistrer dans vos favoris',
  save: 'Enregistrer',
  saved: 'Dans vos favoris',
  added: 'Ajouté à vos favoris',
  removed: 'Retiré de vos favoris',
  addedNotKept: 'Ajouté à vos favoris pour cette visite seulement\u00a0: ce navigateur ne permet pas de les garder sur cet appareil.',
  cap: (cap) => `Vous avez atteint la limite de ${cap} favoris. Retirez-en un pour en ajouter un autre.`,
  notChanged: 'Vos favoris n’ont pas pu être modifiés.',
};
