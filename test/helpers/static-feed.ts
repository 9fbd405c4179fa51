/**
 * A static feed tree (what `roseup-feed build` publishes) served over real HTTP by the test
 * server's `/mock/static/K/…` route, so that the feed's relative links resolve inside it.
 */
import { itemKey } from '../../src/data/item-key.js';

let counter = 0;

export interface StaticFeed {
  key: string;
  /** URL of the entry document, `/feed`. */
  url: string;
  /** How many times `path` ("/items/….json") was requested. */
  hits(path: string): Promise<number>;
  /** Every path requested so far, with its count. */
  requested(paths: string[]): Promise<Record<string, number>>;
}

/**
 * `files` maps a path ("/feed") to a JSON value, or to a number: the HTTP status to answer.
 * Paths have no extension: the test runner marks any path with one as cacheable for a year,
 * and the browser would then answer repeated requests itself, hiding them from the counts.
 */
export async function serveStaticFeed(name: string, files: Record<string, unknown>): Promise<StaticFeed> {
  const key = `${name}-${Date.now()}-${counter++}`;
  for (const [path, body] of Object.entries(files)) {
    const status = typeof body === 'number';
    await fetch(`/mock/register?key=${encodeURIComponent(`${key}:${path}`)}&type=${status ? 'status' : 'application/feed+json'}`, {
      method: 'POST',
      body: status ? String(body) : JSON.stringify(body),
    });
  }
  const count = async (path: string): Promise<number> =>
    (await (await fetch(`/mock/hits?key=${encodeURIComponent(`${key}:${path}`)}`)).json()).hits;
  return {
    key,
    url: new URL(`/mock/static/${key}/feed`, location.href).href,
    hits: count,
    requested: async (paths) => Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await count(p)]))),
  };
}

/** The path of an item's own document under the template `items/{key}`. */
export const itemPath = (id: string): string => `/items/${itemKey(id)}`;

export const feedDoc = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'RoseUp',
  home_page_url: 'https://www.rose-up.fr/',
  language: 'fr-FR',
  items,
  ...extra,
});

/** The `_roseup` links of a static feed, relative to `feed.json`. */
export const staticLinks = {
  schema: 1,
  item_url: 'items/{key}',
  events_url: 'events',
  category_url: 'categories/{category}',
};

export const article = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `https://www.rose-up.fr/magazine/article-${n}/`,
  url: `https://www.rose-up.fr/magazine/article-${n}/`,
  title: `Article ${n}`,
  summary: `Résumé ${n}`,
  date_published: new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString(),
  _roseup: { kind: 'article', category: { id: n % 2 ? 'droits' : 'beaute', label: n % 2 ? 'Droits' : 'Beauté' } },
  ...extra,
});

export const upcomingEvent = (n: number) => {
  const start = new Date(Date.now() + (n + 1) * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  return {
    id: `https://www.rose-up.fr/agenda/atelier-${n}/#${start.toISOString()}`,
    url: `https://www.rose-up.fr/agenda/atelier-${n}/`,
    title: `Atelier ${n}`,
    _roseup: {
      kind: 'event',
      category: { id: 'activite-physique', label: 'Activité physique' },
      event: { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), time_zone: 'Europe/Paris', status: 'scheduled', attendance: 'offline' },
    },
  };
};
