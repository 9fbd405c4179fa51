export interface CardMessages {
  published: (date: string) => string;
  modified: (date: string) => string;
  readingTime: (minutes: number) => string;
  by: (names: string) => string;
  notFound: string;
  notFoundLink: (site: string) => string;
  missingId: string;
}

/** The French words (the default language); English ones are in `messages.en.ts`, loaded only for English. */
export const cardMessages: CardMessages = {
  published: (date) => `Publié le ${date}`,
  modified: (date) => `Mis à jour le ${date}`,
  readingTime: (minutes) => `${minutes} min de lecture`,
  by: (names) => `Par ${names}`,
  notFound: 'Ce contenu n’est plus disponible.',
  notFoundLink: (site) => `Voir les autres contenus de ${site}`,
  missingId: 'Aucun article n’est indiqué.',
};
