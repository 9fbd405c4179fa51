import { expect } from '@open-wc/testing';
import { configureFeedClient, loadFeed, resetFeedClient } from './feed-client.js';
import { loadEventsFeed } from './event-feed.js';
import { isAbortError } from './errors.js';
import { countYields, jsonFeed, serveFeed } from '../../test/helpers/feeds.js';

/** A plain JSON Feed (no events document) holding `count` events, one an hour from 2026-01-01. */
const agenda = (count: number) =>
  jsonFeed(
    Array.from({ length: count }, (_, i) => ({
      id: `https://www.rose-up.fr/agenda/atelier-${i}/#1`,
      url: `https://www.rose-up.fr/agenda/atelier-${i}/`,
      title: `Atelier ${i} de sophrologie`,
      summary: 'Un temps pour souffler, avec une sophrologue.',
      content_text: 'Respirer, se poser, repartir. '.repeat(8),
      tags: ['Sophrologie', 'Détente'],
      _roseup: {
        kind: 'event',
        category: { id: 'angoisse-et-stress', label: 'Angoisse et stress' },
        event: {
          start: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
          end: new Date(Date.UTC(2026, 0, 1) + (i + 1) * 3_600_000).toISOString(),
          time_zone: 'Europe/Paris',
          location: { name: 'Maison RoseUp Paris', locality: 'Paris' },
          registration: { url: `https://www.rose-up.fr/agenda/atelier-${i}/inscription/`, required: true },
        },
      },
    })),
  );

describe('loadEventsFeed on a plain JSON Feed', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 5000 });
  });

  it('reads every event before resolving, a slice at a time, so that the list never reads thousands in one task', async () => {
    // Reading (normalising) an event takes tens of microseconds: 4,000 of them read at the list's
    // first render were one task of about 100 ms here (some 400 ms on a slowed phone).
    const { url } = await serveFeed('agenda', agenda(4000));
    await loadFeed(url); // in memory: what follows is the reading alone
    const { result, yields } = await countYields(async () => (await loadEventsFeed(url)).feed);
    const events = [...result.items.events()];
    expect(events).to.have.length(4000);
    // A feed in memory resolves without yielding: each yield here is a pause between slices.
    expect(yields, 'times the reading gave the page back').to.be.at.least(2);
  });

  it('stops reading when its signal aborts', async () => {
    const { url } = await serveFeed('agenda-abort', agenda(4000));
    await loadFeed(url);
    const controller = new AbortController();
    const loading = loadEventsFeed(url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    const error = await loading.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error), String(error)).to.equal(true);
  });
});
