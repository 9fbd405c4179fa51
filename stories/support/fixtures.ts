/**
 * What stories set up around an element: which fixture feed it reads, a visitor's bookmarks, a
 * copy of the feed kept from an earlier visit, a request that never ends. Each setup returns its
 * cleanup, so it can be a story's `beforeEach`.
 */
import { getBookmarkStore, type BookmarkInput } from '../../src/data/bookmarks.js';
import { STORAGE_PREFIX, configureFeedClient } from '../../src/data/feed-client.js';
import { saveFeedCopy } from '../../src/data/feed-copies.js';

/**
 * Fixture feeds served by Storybook itself (stories/feeds/story-feeds.mjs). The preview page's
 * `<meta name="roseup:feed">` points at `sample`, so elements without a `feed` attribute read it.
 */
export type StoryFeed = 'sample' | 'sample-page-2' | 'empty' | 'long-titles' | 'statuses' | 'broken-items' | 'not-a-feed' | 'archive';

/** A fixture feed's URL, relative to the preview page (so it works under any base path). */
export const feed = (name: StoryFeed | 'introuvable' | 'retire' | 'chargement'): string => `story-feeds/${name}.json`;

/** The URL an element resolves `feed` to, as the feed client keys it. */
export const absoluteFeed = (relative: string): string => new URL(relative, document.baseURI).href;

/** Ids of items of the sample feed used by several stories. */
export const SAMPLE = {
  /** Illustrated article with a real text alternative. */
  metastases: 'https://www.rose-up.fr/magazine/cancers-metastatiques/',
  loiLemoine: 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/',
  activite: 'https://www.rose-up.fr/magazine/activite-physique-adaptee-pendant-les-traitements/',
  /** No image in the feed. */
  immunotherapie: 'https://www.rose-up.fr/magazine/immunotherapie-comment-ca-marche/',
  longTitle: 'https://www.rose-up.fr/magazine/reprendre-le-travail/',
  longWord: 'https://www.rose-up.fr/magazine/mot-tres-long/',
} as const;

/** Titles kept with the sample bookmarks (the store keeps what the button gave it). */
export const SAMPLE_BOOKMARKS: BookmarkInput[] = [
  {
    id: 'https://www.rose-up.fr/magazine/cancers-metastatiques/',
    title: 'Tout savoir sur les cancers métastatiques : c’est quoi, comment on les soigne',
    url: 'https://www.rose-up.fr/magazine/cancers-metastatiques/',
  },
  {
    id: 'https://www.rose-up.fr/magazine/activite-physique-adaptee-pendant-les-traitements/',
    title: 'Activité physique adaptée : pourquoi bouger aide à mieux supporter les traitements',
    url: 'https://www.rose-up.fr/magazine/activite-physique-adaptee-pendant-les-traitements/',
  },
  {
    id: 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/',
    title: 'Loi Lemoine : une loi encore mal appliquée',
    url: 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/',
  },
  {
    // No longer in the feed: the list shows the stored title and link.
    id: 'https://www.rose-up.fr/magazine/article-retire-du-flux/',
    title: 'Un article retiré du flux depuis : son titre et son lien restent',
    url: 'https://www.rose-up.fr/magazine/article-retire-du-flux/',
  },
];

type Cleanup = () => void;

/**
 * Replaces the visitor's bookmarks (on this device, as the elements keep them) with `items`,
 * newest first; the cleanup puts the previous ones back.
 */
export function useBookmarks(items: readonly BookmarkInput[]): Cleanup {
  const store = getBookmarkStore();
  const previous = [...store.list()];
  store.clear();
  for (const item of [...items].reverse()) store.add(item);
  return () => {
    store.clear();
    for (const item of [...previous].reverse()) store.add(item);
  };
}

/**
 * Stores `body` as the copy of `relativeUrl` kept from an earlier visit on `savedAt`, exactly as
 * the feed client does after a good load (src/data/feed-client.ts). With a URL that then fails,
 * the element shows this copy and its "mis à jour le …" notice.
 */
export function useStoredCopy(relativeUrl: string, body: string, savedAt: Date): Cleanup {
  const url = absoluteFeed(relativeUrl);
  saveFeedCopy(url, body, savedAt);
  return () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX + url)) localStorage.removeItem(key);
  };
}

/** The sample feed as the server sends it, for stored copies. */
export async function sampleFeedText(): Promise<string> {
  const response = await fetch(feed('sample'));
  if (!response.ok) throw new Error(`story-feeds/sample.json answered ${response.status}`);
  return response.text();
}

/**
 * Keeps every request for `relativeUrl` pending until the element gives up on it (it aborts when
 * it leaves the page), so the loading state stays on screen; the feed client's 10 s timeout is
 * lifted meanwhile. Works in the static build too, where no server could hold a request.
 */
export function usePendingFeed(relativeUrl: string): Cleanup {
  const target = absoluteFeed(relativeUrl);
  const original = window.fetch;
  const pending: typeof window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, document.baseURI).href !== target) return original.call(window, input, init);
    return new Promise<Response>((_, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
    });
  };
  window.fetch = pending;
  configureFeedClient({ timeoutMs: 24 * 3600_000 });
  return () => {
    if (window.fetch === pending) window.fetch = original;
    configureFeedClient({ timeoutMs: 10_000 });
  };
}

/** A date `days` days before now, at 9:00 local time. */
export function daysAgo(days: number): Date {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(9, 0, 0, 0);
  return date;
}

/**
 * Every request for `relativeUrl` answers `status` (503 by default): a feed page that fails while
 * the others load, as when "Voir plus" needs the next page during a server hiccup. Works in the
 * static build, where every story feed file exists.
 */
export function useFailingFeed(relativeUrl: string, status = 503): Cleanup {
  const target = absoluteFeed(relativeUrl);
  const original = window.fetch;
  const failing: typeof window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, document.baseURI).href !== target) return original.call(window, input, init);
    return Promise.resolve(new Response('Service indisponible', { status, headers: { 'content-type': 'text/plain' } }));
  };
  window.fetch = failing;
  return () => {
    if (window.fetch === failing) window.fetch = original;
  };
}
