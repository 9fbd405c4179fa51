import { expect } from '@open-wc/testing';
import { commonMessages } from './i18n.js';
import { english } from './english.js';
import { cardMessages } from '../article-card/messages.js';
import { articleListMessages } from '../article-list/messages.js';
import { bookmarkButtonMessages } from '../bookmark-button/messages.js';
import { bookmarkListMessages } from '../bookmark-list/messages.js';
import { eventListMessages } from '../event-list/messages.js';
import { searchMessages } from '../search/messages.js';

/**
 * Every text a catalogue can produce: its strings, and what its functions return for the kinds
 * of argument they take (a title, a count, a list kind, an error kind, remote channels).
 */
const SAMPLE_ARGS: unknown[][] = [
  ['Qi Gong', 'Qi Gong'],
  [0, 0],
  [1, 1],
  [2, 2],
  [5, 2],
  ['article'],
  ['event'],
  ['all'],
  ['network'],
  ['http'],
  [['phone', 'video']],
  ['Maison RoseUp Paris', ['phone']],
];
/** With the empty place of an online event ("Sur place ou à distance"), for French. */
const WITH_EMPTY = [...SAMPLE_ARGS, ['', []], ['', ['video']]];

function texts(catalogue: object, samples = SAMPLE_ARGS): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      for (const args of samples) {
        try {
          visit((value as (...a: unknown[]) => unknown)(...args));
        } catch {
          // Not an argument this message takes.
        }
      }
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(catalogue);
  return out;
}

const french = {
  commonMessages,
  cardMessages,
  articleListMessages,
  bookmarkButtonMessages,
  bookmarkListMessages,
  eventListMessages,
  searchMessages,
};

describe('message catalogues: typography', () => {
  it('French: a no-break space before « : ; ! ? » and inside « guillemets », never a breaking one', () => {
    for (const [name, catalogue] of Object.entries(french)) {
      for (const text of texts(catalogue, WITH_EMPTY)) {
        // A breaking space there lets a line end with "«" or start with ":" or "»" on a phone.
        expect(text, `${name}: ${text}`).not.to.match(/ [:;!?»]|« /);
        // The sign has its space: "favoris ?" not "favoris?" (URLs and times aside).
        expect(text, `${name}: ${text}`).not.to.match(/[^\s\u00a0\u202f][;!?»]|«[^\s\u00a0\u202f]|[^\s\u00a0\u202fh\d]:/);
        expect(text, `${name}: ${text}`).not.to.contain("'");
      }
    }
  });

  it('English: no French spacing, straight quotes or French guillemets', () => {
    for (const [name, catalogue] of Object.entries(english)) {
      for (const text of texts(catalogue)) {
        expect(text, `${name}: ${text}`).not.to.match(/[\s\u00a0\u202f][:;!?]|[«»]/);
        expect(text, `${name}: ${text}`).not.to.match(/['"]/);
      }
    }
  });

  it('English: natural wording where a word-for-word translation read oddly', () => {
    // Was "No articles of this selection among the most recent." (from the French).
    expect(english.articleList.noneRecent('article')).to.equal('None of the most recent articles match this selection.');
    expect(english.articleList.noneRecent('event')).to.equal('None of the most recent events match this selection.');
    expect(english.articleList.noneRecent('all')).to.equal('None of the most recent items match this selection.');
    // "Lieu" is where an event happens: "Location", not "Place" (which the list also uses for seats).
    expect(english.eventList.attendanceLabel).to.equal('Location');
    // "Agenda" is a meeting's list of items in English: the link leads to RoseUp's events.
    expect(english.eventList.fullAgenda).to.equal('See all RoseUp events');
    expect(english.eventList.parisTime).to.equal('(Paris\u00a0time)');
  });
});
