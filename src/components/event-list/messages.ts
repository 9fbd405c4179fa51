import { plural, type Catalog, type Lang } from '../internal/i18n.js';
import type { EventStatus, RemoteChannel } from '../../data/types.js';

export interface EventListMessages {
  loading: string;
  parisTime: string;
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
  googleCalendar: string;
  newWindow: string;
  filtersLegend: string;
  categoryLabel: string;
  formatLabel: string;
  attendanceLabel: string;
  allCategories: string;
  allFormats: string;
  allPlaces: string;
  attendanceOnSite: string;
  attendanceRemote: string;
  /** Announced after a filter change: "4 ateliers à venir". */
  count: (total: number, shown: number) => string;
  emptyFiltered: string;
  emptyNone: string;
  fullAgenda: string;
  resetFilters: string;
}

const frChannels = (channels: readonly RemoteChannel[]): string => {
  const phone = channels.includes('phone');
  const video = channels.includes('video');
  if (phone && video) return 'par téléphone ou en visio';
  if (phone) return 'par téléphone';
  if (video) return 'en visio';
  return '';
};

const enChannels = (channels: readonly RemoteChannel[]): string => {
  const phone = channels.includes('phone');
  const video = channels.includes('video');
  if (phone && video) return 'by phone or video';
  if (phone) return 'by phone';
  if (video) return 'by video';
  return '';
};

const count = (lang: Lang, one: string, other: string, total: number, shown: number, more: (n: number) => string) => {
  const text = plural(lang, total, { one, other });
  return shown < total ? `${text}${more(shown)}` : text;
};

export const eventListMessages: Catalog<EventListMessages> = {
  fr: {
    loading: 'Chargement des ateliers…',
    parisTime: '(heure de Paris)',
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
      return `Sur place ou à distance : ${place}${how ? ` ou ${how}` : ''}`;
    },
    onSite: 'Sur place',
    free: 'Gratuit',
    registrationOptional: 'Inscription facultative',
    noRegistration: 'Sans inscription',
    practicalInfo: 'Infos pratiques',
    readMore: 'En savoir plus',
    aboutTitle: (title) => ` sur « ${title} »`,
    calendarFor: (title) => ` : « ${title} »`,
    register: 'S’inscrire',
    forTitle: (title) => ` à « ${title} »`,
    addToCalendar: 'Ajouter à mon agenda',
    downloadIcs: 'Télécharger le fichier .ics',
    googleCalendar: 'Google Agenda',
    newWindow: ' (nouvelle fenêtre)',
    filtersLegend: 'Filtrer les ateliers',
    categoryLabel: 'Thématique',
    formatLabel: 'Format',
    attendanceLabel: 'Lieu',
    allCategories: 'Toutes les thématiques',
    allFormats: 'Tous les formats',
    allPlaces: 'Sur place et à distance',
    attendanceOnSite: 'Sur place',
    attendanceRemote: 'À distance',
    count: (total, shown) =>
      total === 0
        ? 'Aucun atelier à venir pour ces critères.'
        : count('fr', '{n} atelier à venir', '{n} ateliers à venir', total, shown, (n) =>
            n === 1 ? ', le premier est affiché.' : `, les ${n} premiers sont affichés.`,
          ),
    emptyFiltered: 'Aucun atelier à venir pour ces critères.',
    emptyNone: 'Aucun atelier à venir pour le moment.',
    fullAgenda: 'Voir tout l’agenda de RoseUp',
    resetFilters: 'Effacer les filtres',
  },
  en: {
    loading: 'Loading workshops…',
    parisTime: '(Paris time)',
    status: { cancelled: 'Cancelled', full: 'Full', postponed: 'Postponed' },
    fewPlaces: (n) => (n === 1 ? 'Only 1 place left' : `Only ${n} places left`),
    remote: (channels) => {
      const how = enChannels(channels);
      return how ? `Remote, ${how}` : 'Remote';
    },
    mixed: (place, channels) => {
      const how = enChannels(channels);
      if (!place && !how) return 'On site or remote';
      if (!place) return `On site or remote, ${how}`;
      return `On site or remote: ${place}${how ? ` or ${how}` : ''}`;
    },
    onSite: 'On site',
    free: 'Free',
    registrationOptional: 'Registration optional',
    noRegistration: 'No registration needed',
    practicalInfo: 'Practical information',
    readMore: 'Read more',
    aboutTitle: (title) => ` about “${title}”`,
    calendarFor: (title) => `: “${title}”`,
    register: 'Register',
    forTitle: (title) => ` for “${title}”`,
    addToCalendar: 'Add to my calendar',
    downloadIcs: 'Download the .ics file',
    googleCalendar: 'Google Calendar',
    newWindow: ' (opens in a new window)',
    filtersLegend: 'Filter workshops',
    categoryLabel: 'Topic',
    formatLabel: 'Format',
    attendanceLabel: 'Place',
    allCategories: 'All topics',
    allFormats: 'All formats',
    allPlaces: 'On site and remote',
    attendanceOnSite: 'On site',
    attendanceRemote: 'Remote',
    count: (total, shown) =>
      total === 0
        ? 'No upcoming workshops match these criteria.'
        : count('en', '{n} upcoming workshop', '{n} upcoming workshops', total, shown, (n) =>
            n === 1 ? '; showing the first one.' : `; showing the first ${n}.`,
          ),
    emptyFiltered: 'No upcoming workshops match these criteria.',
    emptyNone: 'No upcoming workshops at the moment.',
    fullAgenda: 'See RoseUp’s full agenda',
    resetFilters: 'Clear filters',
  },
};
