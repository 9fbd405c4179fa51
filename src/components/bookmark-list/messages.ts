import { plural } from '../internal/i18n.js';

export interface BookmarkListMessages {
  heading: string;
  count: (count: number) => string;
  /** Visible text of each remove button; `removeContext` follows it for screen readers. */
  remove: string;
  removeContext: (title: string) => string;
  removed: (title: string) => string;
  empty: string;
  clear: string;
  clearQuestion: (count: number) => string;
  confirm: string;
  cancel: string;
  cleared: string;
  savedOn: (date: string) => string;
  feedFailed: string;
  memoryOnly: string;
  /** More are saved than the list shows: only the newest are listed. */
  newestShown: (shown: number) => string;
  /** Saved bookmarks could not be read (a damaged value, kept aside rather than erased). */
  unreadable: string;
}

/** The French words (the default language); English ones are in `messages.en.ts`, loaded only for English. */
export const bookmarkListMessages: BookmarkListMessages = {
  heading: 'Mes favoris',
  count: (count) => plural('fr', count, { one: '{n} favori', other: '{n} favoris' }),
  remove: 'Retirer',
  removeContext: (title) => ` «\u00a0${title}\u00a0»`,
  removed: (title) => `«\u00a0${title}\u00a0» retiré de vos favoris.`,
  empty: 'Vous n’avez pas encore de favoris. Utilisez le bouton «\u00a0Enregistrer\u00a0» d’un article pour le retrouver ici.',
  clear: 'Tout effacer',
  clearQuestion: (count) =>
    plural('fr', count, {
      one: 'Effacer votre favori de cet appareil\u202f? Cette action est définitive.',
      other: 'Effacer vos {n} favoris de cet appareil\u202f? Cette action est définitive.',
    }),
  confirm: 'Confirmer',
  cancel: 'Annuler',
  cleared: 'Tous vos favoris ont été effacés.',
  savedOn: (date) => `Enregistré le ${date}`,
  newestShown: (shown) => `Les ${shown} plus récents sont affichés.`,
  feedFailed: 'Les dernières informations sur vos favoris n’ont pas pu être chargées\u00a0: ils sont affichés avec le titre enregistré.',
  memoryOnly: 'Vos favoris ne pourront pas être gardés sur cet appareil après la fermeture de la page.',
  unreadable: 'Des favoris enregistrés sur cet appareil n’ont pas pu être lus. Ils n’ont pas été effacés\u00a0: ils sont mis de côté.',
};
