import type { RemoteChannel } from '../../data/types.js';
import { plural } from '../internal/i18n.js';
import type { EventListMessages } from './messages.js';

// Own versions of the French catalogue's two small helpers: importing them would tie this file,
// which every English element loads, to the event list's code.
/** How a remote event can be followed, or '' when the feed does not say. */
function enChannels(channels: readonly RemoteChannel[]): string {
  const byPhone = channels.includes('phone');
  const byVideo = channels.includes('video');
  return byPhone && byVideo ? 'by phone or video' : byPhone ? 'by phone' : byVideo ? 'by video' : '';
}

const EN_NONE_MATCH = 'No upcoming workshops match these criteria.';

export const eventListMessagesEn: EventListMessages = {
  loading: 'Loading workshops…',
  parisTime: '(Paris\u00a0time)',
  timeTo: ' to ',
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
  calendarFor: (title) => ` “${title}”`,
  register: 'Register',
  forTitle: (title) => ` for “${title}”`,
  addToCalendar: 'Add to my calendar',
  downloadIcs: 'Download the .ics file',
  calendarFailed: 'The calendar links could not be loaded.',
  googleCalendar: 'Google Calendar',
  newWindow: ' (opens in a new window)',
  filtersLegend: 'Filter workshops',
  categoryLabel: 'Topic',
  formatLabel: 'Format',
  attendanceLabel: 'Location',
  allCategories: 'All topics',
  allFormats: 'All formats',
  allPlaces: 'On site and remote',
  count: (total, shown) =>
    total === 0
      ? EN_NONE_MATCH
      : plural('en', total, { one: '{n} upcoming workshop', other: '{n} upcoming workshops' }) +
        (shown < total ? (shown === 1 ? '; showing the first one.' : `; showing the first ${shown}.`) : ''),
  emptyFiltered: EN_NONE_MATCH,
  emptyNone: 'No upcoming workshops at the moment.',
  fullAgenda: 'See all RoseUp events',
  resetFilters: 'Clear filters',
};
