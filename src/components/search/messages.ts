import { plural } from '../internal/i18n.js';

export interface SearchMessages {
  /** Default visible label of the input. */
  label: string;
  submit: string;
  /** Assistive hint linked to the input with `aria-describedby` (RoseUp's own site's wording). */
  hint: string;
  /** Accessible name of the listbox before typing (suggestions) and after (results). */
  suggestionsListbox: string;
  resultsListbox: string;
  popularGroup: string;
  recentGroup: string;
  clearHistory: string;
  historyCleared: string;
  /** Kind shown for an item without a format. */
  article: string;
  event: string;
  /** Last option: "Voir tous les résultats pour « q »". */
  seeAll: (query: string) => string;
  loading: string;
  /** Announced once typing settles. */
  results: (count: number) => string;
  suggestions: (count: number) => string;
  /** Said when the field holds fewer than `min` characters: why there is no list. */
  tooShort: (min: number) => string;
  /** Said when Down is pressed on the last option: the list stops there. */
  endOfList: string;
  /** Visible in the popup when nothing matched. */
  noResultsFor: (query: string) => string;
  /** Shown when the feed could not be loaded: the form still searches on RoseUp's site. */
  unavailable: string;
  retry: string;
}

/** The French words (the default language); English ones are in `messages.en.ts`, loaded only for English. */
export const searchMessages: SearchMessages = {
  label: 'Rechercher sur RoseUp',
  submit: 'Rechercher',
  hint:
    'Quand les résultats de l’auto-complétion sont disponibles, utilisez les flèches haut et bas pour les parcourir ' +
    'et Entrée pour aller à la page désirée. Sur un appareil tactile, explorez par le toucher ou par des gestes de balayage.',
  suggestionsListbox: 'Suggestions de recherche',
  resultsListbox: 'Résultats de la recherche',
  popularGroup: 'Recherches fréquentes',
  recentGroup: 'Vos recherches récentes',
  clearHistory: 'Effacer l’historique',
  historyCleared: 'Historique de recherche effacé',
  article: 'Article',
  event: 'Atelier',
  seeAll: (query) => `Voir tous les résultats pour «\u00a0${query}\u00a0»`,
  loading: 'Chargement de la recherche…',
  results: (count) =>
    count === 0 ? 'Aucun résultat' : plural('fr', count, { one: '{n} résultat disponible', other: '{n} résultats disponibles' }),
  suggestions: (count) => plural('fr', count, { one: '{n} suggestion disponible', other: '{n} suggestions disponibles' }),
  tooShort: (min) => `Saisissez au moins ${min} caractères pour voir des résultats`,
  endOfList: 'Fin de la liste',
  noResultsFor: (query) => `Aucun résultat pour «\u00a0${query}\u00a0» parmi les derniers contenus.`,
  unavailable:
    'Les suggestions de recherche ne sont pas disponibles pour le moment. Vous pouvez tout de même lancer une recherche sur le site de RoseUp.',
  retry: 'Réessayer de charger les suggestions',
};
