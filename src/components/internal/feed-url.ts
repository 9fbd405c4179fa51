import { safeUrl } from '../../data/feed-parser.js';

/** Where the feed lives when neither the element nor the page says otherwise. */
export const DEFAULT_FEED_URL = 'https://www.rose-up.fr/feed.json';

/**
 * The feed an element reads: its `feed` attribute, else `<meta name="roseup:feed" content>`,
 * else the built-in default. Only http(s) URLs are accepted; anything else falls through.
 */
export function resolveFeedUrl(attribute: string | null | undefined, doc: Document = document): string {
  const base = doc.baseURI;
  const fromAttribute = safeUrl(attribute, base);
  if (fromAttribute) return fromAttribute;
  if (attribute) console.warn(`[roseup] feed="${attribute.slice(0, 200)}" is not an http(s) URL; using the page's default feed.`);
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="roseup:feed"]');
  return safeUrl(meta?.content, base) ?? DEFAULT_FEED_URL;
}
