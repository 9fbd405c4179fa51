/**
 * The last good copy of each entry feed, kept on the device to show when the network fails.
 * Only the feed client uses it, when the page is idle or a request has failed: it is loaded
 * apart (a dynamic import), so that no page pays for it before its first content.
 */
import { parseFeedTextInSlices } from './feed-parser.js';
import type { FeedResult } from './types.js';
import { STORAGE_PREFIX } from './feed-client.js';

/**
 * Keeps `body` as the last good copy of `url` from a visit on `savedAt`, as a good load does
 * (stories use it to show the "mis à jour le …" state).
 */
export function saveFeedCopy(
  url: string,
  body: string,
  savedAt: Date = new Date(),
  config: CopyConfig = { maxStoredChars: 500_000, storage: () => globalThis.localStorage ?? null },
): void {
  storeCopy(new URL(url, globalThis.location?.href).href, body, savedAt, config);
}

/** What this module needs of the feed client's configuration. */
export interface CopyConfig {
  maxStoredChars: number;
  storage: () => Storage | null;
}

// Two keys per feed: the response body exactly as received (no JSON wrapping, which would
// escape every quote of a large document) and a small record of when it was saved, and where
// from. Storing is skipped when the body has not changed since the last visit, which is the
// usual case.

interface SavedRecord {
  savedAt: string;
  length: number;
  /** Where a redirect led, which relative links inside are relative to (absent: `url` itself). */
  base?: string;
}

const savedKey = (url: string) => `${STORAGE_PREFIX}${url} saved`;


export function storeCopy(url: string, body: string, fetchedAt: Date, config: CopyConfig, base = url): void {
  let storage: Storage | null = null;
  try {
    storage = config.storage();
    if (!storage) return;
    storage.removeItem(`roseup:feed:v1:${url}`); // the format before 0.2, one value per feed
    if (body.length > config.maxStoredChars) {
      // An older, smaller copy of this feed would now mislead more than help.
      removeCopy(storage, url);
      return;
    }
    makeRoom(storage, url, body.length, config.maxStoredChars);
    // Body first: if it does not fit, the previous pair stays as it was, still consistent.
    if (storage.getItem(STORAGE_PREFIX + url) !== body) storage.setItem(STORAGE_PREFIX + url, body);
    storage.setItem(savedKey(url), JSON.stringify({ savedAt: fetchedAt.toISOString(), length: body.length, base: base === url ? undefined : base } satisfies SavedRecord));
  } catch {
    // Quota exceeded: the origin's storage is full. Our copies are a convenience; the partner's
    // own data is not, so give all of ours back. (Storage disabled throws too: nothing to free.)
    if (storage) clearCopies(storage);
  }
}

/** Every key of ours that holds a feed copy, of any format (older versions stored pages too). */
function storedFeedKeys(storage: Storage): string[] {
  const keys: string[] = [];
  if (typeof storage.key !== 'function') return keys;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith('roseup:feed:')) keys.push(key);
  }
  return keys;
}

function removeCopy(storage: Storage, url: string): void {
  storage.removeItem(STORAGE_PREFIX + url);
  storage.removeItem(savedKey(url));
}

function clearCopies(storage: Storage): void {
  try {
    for (const key of storedFeedKeys(storage)) storage.removeItem(key);
  } catch {
    // Nothing more to do.
  }
}

/**
 * Drops the oldest stored copies (other than `url`'s) until `incoming` characters fit in the
 * budget with the rest. Copies left by older versions, in other formats, go first.
 */
function makeRoom(storage: Storage, url: string, incoming: number, budget: number): void {
  const copies: Array<{ url: string; length: number; savedAt: number }> = [];
  for (const key of storedFeedKeys(storage)) {
    if (!key.startsWith(STORAGE_PREFIX)) {
      storage.removeItem(key);
      continue;
    }
    if (key.endsWith(' saved')) continue;
    const other = key.slice(STORAGE_PREFIX.length);
    if (other === url) continue;
    let savedAt = 0;
    try {
      savedAt = Date.parse((JSON.parse(storage.getItem(savedKey(other)) ?? 'null') as SavedRecord | null)?.savedAt ?? '') || 0;
    } catch {
      // A record that cannot be read: the oldest of all.
    }
    copies.push({ url: other, length: storage.getItem(key)?.length ?? 0, savedAt });
  }
  let total = incoming + copies.reduce((sum, copy) => sum + copy.length, 0);
  copies.sort((a, b) => a.savedAt - b.savedAt);
  for (const copy of copies) {
    if (total <= budget) break;
    removeCopy(storage, copy.url);
    total -= copy.length;
  }
}


export async function readCopy(url: string, config: CopyConfig): Promise<FeedResult | undefined> {
  try {
    const storage = config.storage();
    const body = storage?.getItem(STORAGE_PREFIX + url);
    const saved = JSON.parse(storage?.getItem(savedKey(url)) ?? 'null') as Partial<SavedRecord> | null;
    const fetchedAt = new Date(String(saved?.savedAt));
    if (typeof body !== 'string' || saved?.length !== body.length || Number.isNaN(fetchedAt.getTime())) return undefined;
    // Parsed where it was found, as when it was fetched; known by the address asked.
    const feed = await parseFeedTextInSlices(body, String(saved.base ?? url));
    feed.url = url;
    return { feed, stale: true, fetchedAt };
  } catch {
    return undefined; // a corrupt copy is as good as none; it is replaced by the next good fetch
  }
}

