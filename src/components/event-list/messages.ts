import { plural, type Lang } from '../internal/i18n.js';
import type { EventStatus, RemoteChannel } from '../../data/types.js';

export interface EventListMessages {
  loading: string;
  parisTime: string;
  /** Said, not shown, for the dash between two times: "10h00 – 11h00" is heard "10h00 à 11h00". */
  timeTo: string;
  status: Record<Exclude<EventStatus, 'scheduled'>, string>;
  /** "Plus que 4 places". */
  fewPlaces: (count: number) => string;
  /** Where an online event happens, given its channels. */
  remote: (channels: readonly RemoteChannel[]) => string;
  /** "Sur place ou à distance", optionally followed by the place and channels. */
  mixed: (place: string, channels: readonly RemoteChannel[]) => string;
  onSite: string;
  free: string;
  registrationOptional: string;
  noRegistration: string;
  practicalInfo: string;
  readMore: string;
  /** Visually hidden end of a control's name, naming the event: " sur « Qi Gong »". */
  aboutTitle: (title: string) => string;
  calendarFor: (title: string) => string;
  register: string;
  forTitle: (title: string) => string;
  addToCalendar: string;
  downloadIcs: string;
  /** Shown in an open calendar menu when its links could not be loaded (followed by the common network advice). */
  calendarFailed: string;
  googleCalendar: string;
  newWindow: string;
  filtersLegend: string;
  categoryLabel: string;
  formatLabel: string;
  attendanceLabel: string;
  allCategories: string;
  allFormats: string;
  /** The attendance filter's options are `onSite` and `remote([])`. */
  allPlaces: string;
  /** Announced after a filter change: "4 ateliers à venir". */
  count: (total: number, shown: number) => string;
  emptyFiltered: string;
  emptyNone: string;
  fullAgenda: string;
  resetFilters: string;
}

/** How a remote event can be followed, or '' when the feed does not say. */
const channelWords = (channels: readonly RemoteChannel[], phone: string, video: string, both: string): string => {
  const byPhone = channels.includes('phone');
  const byVideo = channels.includes('video');
  return byPhone && byVideo ? both : byPhone ? phone : byVideo ? video : '';
};
const frChannels = (channels: readonly RemoteChannel[]) => channelWords(channels, 'par téléphone', 'en visio', 'par téléphone ou en visio');

const count = (lang: Lang, one: string, other: string, total: number, shown: number, more: (n: number) => string) => {
  const text = plural(lang, total, { one, other });
  return shown < total ? `${text}${more(shown)}` : text;
};

const FR_NONE_MATCH = 'Aucun atelier à venir pour ces critères.';

/** The French words (the default language); English ones are in `messages.en.ts`, loaded only for English. */
export const eventListMessages: EventListMessages = {
  loading: 'Chargement des ateliers…',
  parisTime: '(heure\u00a0de\u00a0Paris)',
  timeTo: ' à ',
  status: { cancelled: 'Annulé', full: 'Complet', postponed: 'Reporté' },
  fewPlaces: (n) => (n === 1 ? 'Plus qu’une place' : `Plus que ${n} places`),
  remote: (channels) => {
    const how = frChannels(channels);
    return how ? `À distance, ${how}` : 'À distance';
  },
  mixed: (place, channels) => {
    const how = frChannels(channels);
    if (!place && !how) return 'Sur place ou à distance';
    if (!place) return `Sur place ou à distance, ${how}`;
    return `Sur place ou à distance\u00a0: ${place}${how ? ` ou ${how}` : ''}`;
  },
  onSite: 'Sur place',
  free: 'Gratuit',
  registrationOptional: 'Inscription facultative',
  noRegistration: 'Sans inscription',
  practicalInfo: 'Infos pratiques',
  readMore: 'En savoir plus',
  aboutTitle: (title) => ` sur «\u00a0${title}\u00a0»`,
  calendarFor: (title) => ` «\u00a0${title}\u00a0»`,
  register: 'S’inscrire',
  forTitle: (title) => ` à «\u00a0${title}\u00a0»`,
  addToCalendar: 'Ajouter à mon agenda',
  downloadIcs: 'Télécharger le fichier .ics',
  calendarFailed: 'Les liens d’agenda n’ont pas pu être chargés.',
  googleCalendar: 'Google Agenda',
  newWindow: ' (nouvelle fenêtre)',
  filtersLegend: 'Filtrer les ateliers',
  categoryLabel: 'Thématique',
  formatLabel: 'Format',
  attendanceLabel: 'Lieu',
  allCategories: 'Toutes les thématiques',
  allFormats: 'Tous les formats',
  allPlaces: 'Sur place et à distance',
  count: (total, shown) =>
    total === 0
      ? FR_NONE_MATCH
      : count('fr', '{n} atelier à venir', '{n} ateliers à venir', total, shown, (n) =>
          n === 1 ? ', le premier est affiché.' : `, les ${n} premiers sont affichés.`,
        ),
  emptyFiltered: FR_NONE_MATCH,
  emptyNone: 'Aucun atelier à venir pour le moment.',
  fullAgenda: 'Voir tout l’agenda de RoseUp',
  resetFilters: 'Effacer les filtres',
};
