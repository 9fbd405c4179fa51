import type { Catalog } from '../internal/i18n.js';

export interface CardMessages {
  published: (date: string) => string;
  modified: (date: string) => string;
  readingTime: (minutes: number) => string;
  by: (names: string) => string;
  notFound: string;
  notFoundLink: (site: string) => string;
  missingId: string;
}

export const cardMessages: Catalog<CardMessages> = {
  fr: {
    published: (date) => `Publié le ${date}`,
    modified: (date) => `Mis à jour le ${date}`,
    readingTime: (minutes) => `${minutes} min de lecture`,
    by: (names) => `Par ${names}`,
    notFound: 'Ce contenu n’est plus disponible.',
    notFoundLink: (site) => `Voir les autres contenus de ${site}`,
    missingId: 'Aucun article n’est indiqué.',
  },
  en: {
    published: (date) => `Published on ${date}`,
    modified: (date) => `Updated on ${date}`,
    readingTime: (minutes) => `${minutes} min read`,
    by: (names) => `By ${names}`,
    notFound: 'This content is no longer available.',
    notFoundLink: (site) => `See other content from ${site}`,
    missingId: 'No article was specified.',
  },
};
