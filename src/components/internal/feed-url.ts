/** Where the feed lives when neither the element nor the page says otherwise. */
export const DEFAULT_FEED_URL = 'https://www.rose-up.fr/feed.json';

function httpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The feed an element reads: its `feed` attribute, else `<meta name="roseup:feed" content>`,
 * else the built-in default. Only http(s) URLs are accepted; anything else falls through.
 */
export function resolveFeedUrl(attribute: string | null | undefined, doc: Document = document): string {
  const base = doc.baseURI;
  const fromAttribute = httpUrl(attribute, base);
  if (fromAttribute) return fromAttribute;
  if (attribute) console.warn(`[roseup] feed="${attribute.slice(0, 200)}" is not an http(s) URL; using the page's default feed.`);
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="roseup:feed"]');
  return httpUrl(meta?.content, base) ?? DEFAULT_FEED_URL;
}
