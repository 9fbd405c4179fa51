/**
 * What every module that keeps something on the device needs from `localStorage`: reaching it
 * without throwing, and keeping an unusable stored value aside instead of overwriting it.
 */

/** `localStorage`, or `null` with the reason: its mere getter throws when storage is disabled. */
export function reachLocalStorage(): { storage: Storage | null; error?: unknown } {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage ?? null;
    return storage ? { storage } : { storage: null, error: new Error('localStorage is not defined') };
  } catch (error) {
    return { storage: null, error };
  }
}

/**
 * Copies `raw` under `<key>:corrupt`, or `<key>:corrupt:<ISO time>` (then `-2`, `-3`…) when that
 * is taken, never overwriting anything. An existing copy with the same content is reused
 * (`created: false`). Throws when storage fails: the caller decides what that means.
 */
export function keepAside(store: Storage, key: string, raw: string, now: () => string): { key: string; created: boolean } {
  const base = `${key}:corrupt`;
  for (let i = 0; i < store.length; i++) {
    const existing = store.key(i);
    if (existing && (existing === base || existing.startsWith(`${base}:`)) && store.getItem(existing) === raw) {
      return { key: existing, created: false };
    }
  }
  let aside = base;
  for (let n = 1, stamp: string | undefined; store.getItem(aside) !== null; n++) aside = `${base}:${(stamp ??= now())}${n > 1 ? `-${n}` : ''}`;
  store.setItem(aside, raw);
  return { key: aside, created: true };
}
