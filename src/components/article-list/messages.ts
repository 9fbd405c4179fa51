import type { FeedErrorKind } from '../../data/errors.js';
import { plural } from '../internal/i18n.js';

/** What the list holds, for the words of its messages. */
export type ListKind = 'article' | 'event' | 'all';

export interface ArticleListMessages {
  /** Visible text of the "show more" button. */
  more: string;
  /** Read after `more` by screen readers only, so the button says what it shows more of. */
  moreContext: (kind: ListKind) => string;
  loadingMore: string;
  /** Polite announcement once new items are shown. */
  added: (count: number, kind: ListKind) => string;
  /** Announced when "show more" found nothing else to show. */
  noneLeft: (kind: ListKind) => string;
  moreError: (kind: FeedErrorKind | undefined) => string;
  retryMoreContext: string;
  empty: (kind: ListKind) => string;
  /** Nothing matched in the pages read so far, and older pages remain. */
  noneRecent: (kind: ListKind) => string;
  /** The button that then reads older pages. */
  searchOlder: (kind: ListKind) => string;
  emptyLink: (site: string) => string;
}

const frNouns: Record<ListKind, { one: string; other: string }> = {
  article: { one: 'article', other: 'articles' },
  event: { one: 'événement', other: 'événements' },
  all: { one: 'contenu', other: 'contenus' },
};


/** The French words (the default language); English ones are in `messages.en.ts`, loaded only for English. */
export const articleListMessages: ArticleListMessages = {
  more: 'Voir plus',
  moreContext: (kind) => (kind === 'event' ? ' d’événements' : kind === 'all' ? ' de contenus' : ' d’articles'),
  loadingMore: 'Chargement…',
  added: (count, kind) =>
    plural('fr', count, { one: `{n} ${frNouns[kind].one} ajouté`, other: `{n} ${frNouns[kind].other} ajoutés` }),
  noneLeft: (kind) =>
    kind === 'event' ? 'Il n’y a pas d’autre événement.' : kind === 'all' ? 'Il n’y a pas d’autre contenu.' : 'Il n’y a pas d’autre article.',
  moreError: (kind) =>
    kind === 'network' || kind === 'timeout'
      ? 'La suite n’a pas pu être chargée. Vérifiez votre connexion internet, puis réessayez.'
      : 'La suite n’a pas pu être chargée\u00a0: le site de RoseUp ne répond pas correctement pour le moment. Réessayez dans quelques instants.',
  retryMoreContext: ' de charger la suite',
  empty: (kind) =>
    kind === 'event' ? 'Aucun événement pour le moment.' : kind === 'all' ? 'Aucun contenu pour le moment.' : 'Aucun article pour le moment.',
  emptyLink: (site) => `Découvrir tous les contenus de ${site}`,
  noneRecent: (kind) =>
    kind === 'event'
      ? 'Aucun événement de cette sélection parmi les plus récents.'
      : kind === 'all'
        ? 'Aucun contenu de cette sélection parmi les plus récents.'
        : 'Aucun article de cette sélection parmi les plus récents.',
  searchOlder: (kind) =>
    kind === 'event' ? 'Chercher dans les événements plus anciens' : kind === 'all' ? 'Chercher dans les contenus plus anciens' : 'Chercher dans les articles plus anciens',
};
