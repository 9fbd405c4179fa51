import { expect } from '@open-wc/testing';
import {
  BOOKMARK_CAP,
  BOOKMARK_READ_CAP,
  BOOKMARK_STORE_SYMBOL,
  BOOKMARK_TITLE_MAX_LENGTH,
  BOOKMARKS_STORAGE_KEY,
  createBookmarkStore,
  getBookmarkStore,
  type Bookmark,
  type BookmarkStore,
  type BookmarkStoreOptions,
} from './bookmarks.js';

/** A Storage whose failures the test controls. */
class FakeStorage implements Storage {
  [name: string]: unknown;
  readonly data = new Map<string, string>();
  /** Thrown by getItem when set. */
  getError: unknown = undefined;
  /** Called before each setItem; what it returns (if anything) is thrown. */
  setError: ((key: string, value: string) => unknown) | undefined = undefined;
  gets = 0;
  readonly sets: string[] = [];
  readonly removes: string[] = [];

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.gets++;
    if (this.getError !== undefined) throw this.getError;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const error = this.setError?.(key, value);
    if (error !== undefined) throw error;
    this.sets.push(key);
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.removes.push(key);
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
}

const KEY = 'roseup:test:bookmarks:v1';
const ASIDE = `${KEY}:corrupt`;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');

const stored = (items: unknown[]) => JSON.stringify({ v: 1, items });
const entry = (id: string, savedAt = '2026-01-01T10:00:00.000Z', title = `Title ${id}`, url?: string) =>
  url === undefined ? { id, savedAt, title } : { id, savedAt, title, url };
const ids = (items: readonly Bookmark[]) => items.map((b) => b.id);
const parse = (raw: string | null | undefined) => JSON.parse(raw ?? 'null') as { v: number; items: Bookmark[] };

let stores: BookmarkStore[] = [];
let warnings: string[] = [];
let clock = 0;

/** A store with a test key, a private target, a ticking clock and captured warnings. */
function make(options: BookmarkStoreOptions = {}): BookmarkStore {
  const store = createBookmarkStore({
    key: KEY,
    target: new EventTarget(),
    now: () => new Date(Date.UTC(2026, 0, 30, 9) + (clock += 1000)),
    warn: (message) => warnings.push(message),
    ...options,
  });
  stores.push(store);
  return store;
}

function removeTestKeys(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(KEY)) localStorage.removeItem(key);
  }
}

beforeEach(() => {
  warnings = [];
  clock = 0;
  removeTestKeys();
});

afterEach(() => {
  for (const store of stores) store.dispose();
  stores = [];
  removeTestKeys();
});

describe('bookmark store: basics', () => {
  it('starts empty, persistent, with the default cap', () => {
    const store = make({ storage: new FakeStorage() });
    expect(store.list()).to.deep.equal([]);
    expect(store.count).to.equal(0);
    expect(store.cap).to.equal(500);
    expect(BOOKMARK_CAP).to.equal(500);
    expect(store.persistent).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('adds newest first and stores the versioned value', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    expect(store.add({ id: 'a', title: 'Article A', url: 'https://www.rose-up.fr/a/' })).to.deep.equal({ ok: true, changed: true });
    expect(store.add({ id: 'b', title: 'Article B' })).to.deep.equal({ ok: true, changed: true });
    expect(ids(store.list())).to.deep.equal(['b', 'a']);
    expect(store.count).to.equal(2);
    expect(store.has('a')).to.equal(true);
    expect(store.has('zzz')).to.equal(false);
    expect(store.get('a')).to.deep.equal({
      id: 'a',
      savedAt: '2026-01-30T09:00:01.000Z',
      title: 'Article A',
      url: 'https://www.rose-up.fr/a/',
    });
    expect(store.get('b')).to.not.have.property('url');
    expect(store.get('zzz')).to.equal(undefined);
    expect(parse(storage.data.get(KEY))).to.deep.equal({
      v: 1,
      items: [
        { id: 'b', savedAt: '2026-01-30T09:00:02.000Z', title: 'Article B' },
        { id: 'a', savedAt: '2026-01-30T09:00:01.000Z', title: 'Article A', url: 'https://www.rose-up.fr/a/' },
      ],
    });
  });

  it('uses roseup:bookmarks:v1 in the real localStorage by default', () => {
    expect(BOOKMARKS_STORAGE_KEY).to.equal('roseup:bookmarks:v1');
    const before = localStorage.getItem(BOOKMARKS_STORAGE_KEY);
    const store = createBookmarkStore({ target: null, warn: (m) => warnings.push(m) });
    stores.push(store);
    try {
      expect(store.persistent).to.equal(true);
      if (before === null) {
        store.add({ id: 'default-key', title: 'T' });
        expect(parse(localStorage.getItem(BOOKMARKS_STORAGE_KEY)).items[0].id).to.equal('default-key');
      }
    } finally {
      if (before === null) localStorage.removeItem(BOOKMARKS_STORAGE_KEY);
      else localStorage.setItem(BOOKMARKS_STORAGE_KEY, before);
    }
  });

  it('adding an already saved id changes nothing and keeps its date', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    store.add({ id: 'a', title: 'First title' });
    const writes = storage.sets.length;
    const savedAt = store.get('a')?.savedAt;
    expect(store.add({ id: 'a', title: 'Other title' })).to.deep.equal({ ok: true, changed: false });
    expect(store.get('a')).to.deep.include({ title: 'First title', savedAt });
    expect(storage.sets.length).to.equal(writes);
  });

  it('removes, and removing a missing id is a no-op', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    store.add({ id: 'a', title: 'A' });
    store.add({ id: 'b', title: 'B' });
    store.add({ id: 'c', title: 'C' });
    expect(store.remove('b')).to.deep.equal({ ok: true, changed: true });
    expect(ids(store.list())).to.deep.equal(['c', 'a']);
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['c', 'a']);
    const writes = storage.sets.length;
    expect(store.remove('b')).to.deep.equal({ ok: true, changed: false });
    expect(storage.sets.length).to.equal(writes);
  });

  it('removing the last bookmark, or clear(), removes the key', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    store.add({ id: 'a', title: 'A' });
    store.remove('a');
    expect(storage.data.has(KEY)).to.equal(false);
    store.add({ id: 'a', title: 'A' });
    store.add({ id: 'b', title: 'B' });
    expect(store.clear()).to.deep.equal({ ok: true, changed: true });
    expect(store.list()).to.deep.equal([]);
    expect(storage.data.has(KEY)).to.equal(false);
    expect(store.clear()).to.deep.equal({ ok: true, changed: false });
  });

  it('toggles and says the new state', () => {
    const store = make({ storage: new FakeStorage() });
    expect(store.toggle({ id: 'a', title: 'A' })).to.deep.equal({ ok: true, changed: true, bookmarked: true });
    expect(store.has('a')).to.equal(true);
    expect(store.toggle({ id: 'a', title: 'A' })).to.deep.equal({ ok: true, changed: true, bookmarked: false });
    expect(store.has('a')).to.equal(false);
    const full = make({ storage: new FakeStorage(), cap: 0 });
    expect(full.toggle({ id: 'a', title: 'A' })).to.deep.include({ ok: false, reason: 'cap' });
  });

  it('keeps ids exactly as given (permalinks)', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    const weird = [
      'https://www.rose-up.fr/agenda/qi-gong-adapte/#2026-01-30T10:00',
      'https://www.rose-up.fr/magazine/Été%20&%20soins/?a=1&b=2',
      ' spaced id ',
      'non-url-id',
    ];
    for (const id of weird) expect(store.add({ id, title: 't' }).ok).to.equal(true);
    expect(ids(store.list())).to.deep.equal([...weird].reverse());
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal([...weird].reverse());
    expect(store.has(' spaced id ')).to.equal(true);
    expect(store.has('spaced id')).to.equal(false);
  });

  it('refuses invalid input with reason "invalid" and stores nothing', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    const bad: unknown[] = [
      undefined,
      null,
      'a',
      { title: 'no id' },
      { id: '', title: 'empty id' },
      { id: '   ', title: 'blank id' },
      { id: 42, title: 'number id' },
      { id: 'x'.repeat(2049), title: 'long id' },
      { id: 'a' },
      { id: 'a', title: 42 },
      { id: 'a', title: null },
    ];
    for (const input of bad) {
      const result = store.add(input as never);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      if (!result.ok) {
        expect(result.reason).to.equal('invalid');
        expect(result.message).to.be.a('string').and.not.empty;
      }
    }
    expect(store.remove('' as string)).to.deep.include({ ok: false, reason: 'invalid' });
    expect(store.remove(undefined as never)).to.deep.include({ ok: false, reason: 'invalid' });
    expect(store.toggle({ id: 'new', title: 5 } as never)).to.deep.include({ ok: false, reason: 'invalid' });
    expect(store.list()).to.deep.equal([]);
    expect(storage.sets).to.deep.equal([]);
  });

  it('list() is frozen and keeps its identity until a change', () => {
    const store = make({ storage: new FakeStorage() });
    store.add({ id: 'a', title: 'A' });
    const first = store.list();
    expect(Object.isFrozen(first)).to.equal(true);
    expect(Object.isFrozen(first[0])).to.equal(true);
    expect(store.list()).to.equal(first);
    store.add({ id: 'a', title: 'A' });
    expect(store.list()).to.equal(first);
    store.add({ id: 'b', title: 'B' });
    expect(store.list()).to.not.equal(first);
  });

  it('persists across page loads in the real localStorage', () => {
    const first = make({ storage: localStorage });
    first.add({ id: 'a', title: 'A', url: 'https://www.rose-up.fr/a/' });
    first.add({ id: 'b', title: 'B' });
    first.dispose();
    const second = make({ storage: localStorage });
    expect(second.list()).to.deep.equal(first.list());
    expect(ids(second.list())).to.deep.equal(['b', 'a']);
  });

  it('sends nothing over the network', () => {
    const calls: string[] = [];
    const originalFetch = window.fetch;
    const originalBeacon = navigator.sendBeacon;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (() => {
      calls.push('fetch');
      return Promise.reject(new Error('no'));
    }) as typeof fetch;
    navigator.sendBeacon = () => {
      calls.push('beacon');
      return false;
    };
    XMLHttpRequest.prototype.open = function () {
      calls.push('xhr');
    } as typeof XMLHttpRequest.prototype.open;
    try {
      const store = make({ storage: localStorage });
      store.subscribe(() => {});
      store.add({ id: 'a', title: 'A', url: 'https://www.rose-up.fr/a/' });
      store.toggle({ id: 'b', title: 'B' });
      store.remove('a');
      store.clear();
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
      XMLHttpRequest.prototype.open = originalOpen;
    }
    expect(calls).to.deep.equal([]);
  });
});

describe('bookmark store: sanitising', () => {
  it('keeps only absolute http(s) urls', () => {
    const store = make({ storage: new FakeStorage() });
    const cases: [string, unknown, string | undefined][] = [
      ['https', 'https://www.rose-up.fr/a/', 'https://www.rose-up.fr/a/'],
      ['http', 'http://example.org/x?y=1#z', 'http://example.org/x?y=1#z'],
      ['trimmed', '  https://example.org/b  ', 'https://example.org/b'],
      ['js', 'javascript:alert(1)', undefined],
      ['js-upper', 'JaVaScRiPt:alert(1)', undefined],
      ['js-ws', ' \tjavascript:alert(1)', undefined],
      ['data', 'data:text/html,<script>alert(1)</script>', undefined],
      ['vbscript', 'vbscript:msgbox', undefined],
      ['ftp', 'ftp://example.org/', undefined],
      ['relative', '/magazine/a/', undefined],
      ['garbage', 'not a url', undefined],
      ['number', 42, undefined],
      ['huge', `https://example.org/${'x'.repeat(3000)}`, undefined],
    ];
    for (const [id, url, expected] of cases) {
      expect(store.add({ id, title: id, url } as never).ok, id).to.equal(true);
      expect(store.get(id)?.url, id).to.equal(expected);
      if (expected === undefined) expect(store.get(id), id).to.not.have.property('url');
    }
  });

  it('trims titles, collapses whitespace, drops control characters and caps the length', () => {
    const store = make({ storage: new FakeStorage() });
    store.add({ id: 'a', title: '  Perte de\n cheveux\u0000 \t liée au cancer  ' });
    expect(store.get('a')?.title).to.equal('Perte de cheveux liée au cancer');
    store.add({ id: 'long', title: 'é'.repeat(BOOKMARK_TITLE_MAX_LENGTH + 100) });
    expect(store.get('long')?.title).to.have.length(BOOKMARK_TITLE_MAX_LENGTH);
    // never cut in the middle of a surrogate pair
    store.add({ id: 'emoji', title: `${'a'.repeat(BOOKMARK_TITLE_MAX_LENGTH - 1)}🎗️🎗️` });
    const title = store.get('emoji')?.title ?? '';
    expect(title).to.equal('a'.repeat(BOOKMARK_TITLE_MAX_LENGTH - 1));
    store.add({ id: 'empty', title: '   ' });
    expect(store.get('empty')?.title).to.equal('');
    store.add({ id: 'html', title: '<img src=x onerror=alert(1)>' });
    expect(store.get('html')?.title).to.equal('<img src=x onerror=alert(1)>'); // text, rendered inert by the elements
  });

  it('sanitises stored entries on read and keeps the original aside', () => {
    const storage = new FakeStorage();
    const raw = stored([
      entry('a', '2026-01-02T10:00:00.000Z', '  Spaced   title ', 'javascript:alert(1)'),
      entry('b', '2026-01-01T10:00:00+01:00', 'B', 'https://www.rose-up.fr/b/'),
    ]);
    storage.data.set(KEY, raw);
    const store = make({ storage });
    expect(store.list()).to.deep.equal([
      { id: 'a', savedAt: '2026-01-02T10:00:00.000Z', title: 'Spaced title' },
      { id: 'b', savedAt: '2026-01-01T09:00:00.000Z', title: 'B', url: 'https://www.rose-up.fr/b/' },
    ]);
    expect(storage.data.get(ASIDE)).to.equal(raw);
    expect(storage.data.get(KEY)).to.equal(raw);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(ASIDE).and.contain('url dropped');
    expect(warnings[0]).to.not.contain('javascript');
  });
});

describe('bookmark store: cap', () => {
  it('refuses the 501st bookmark with reason "cap" and stores nothing', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    for (let i = 0; i < 500; i++) expect(store.add({ id: `item-${i}`, title: `T${i}` }).ok).to.equal(true);
    expect(store.count).to.equal(500);
    const before = storage.data.get(KEY);
    const writes = storage.sets.length;
    const result = store.add({ id: 'one-too-many', title: 'T' });
    expect(result).to.deep.include({ ok: false, reason: 'cap' });
    if (!result.ok) expect(result.message).to.contain('500');
    expect(store.has('one-too-many')).to.equal(false);
    expect(store.count).to.equal(500);
    expect(storage.data.get(KEY)).to.equal(before);
    expect(storage.sets.length).to.equal(writes);
    // already saved is still fine at the cap, and removing one makes room
    expect(store.add({ id: 'item-3', title: 'T3' })).to.deep.equal({ ok: true, changed: false });
    store.remove('item-0');
    expect(store.add({ id: 'one-too-many', title: 'T' }).ok).to.equal(true);
  });

  it('honours a custom cap and keeps a stored list larger than the cap', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, stored([entry('a'), entry('b'), entry('c')]));
    const store = make({ storage, cap: 2 });
    expect(store.cap).to.equal(2);
    expect(ids(store.list())).to.deep.equal(['a', 'b', 'c']);
    expect(store.add({ id: 'd', title: 'D' })).to.deep.include({ ok: false, reason: 'cap' });
    store.remove('c');
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['a', 'b']);
    expect(make({ storage: new FakeStorage(), cap: -1 }).cap).to.equal(500);
    expect(make({ storage: new FakeStorage(), cap: 2.5 }).cap).to.equal(500);
  });
});

describe('bookmark store: subscribers and same-page sync', () => {
  it('notifies every subscriber on each change, not on no-ops', () => {
    const store = make({ storage: new FakeStorage() });
    const one: string[][] = [];
    const two: string[][] = [];
    store.subscribe((items) => one.push(ids(items)));
    store.subscribe((items) => two.push(ids(items)));
    store.add({ id: 'a', title: 'A' });
    store.add({ id: 'b', title: 'B' });
    store.add({ id: 'b', title: 'B' });
    store.remove('zzz');
    store.remove('a');
    store.clear();
    store.clear();
    const expected = [['a'], ['b', 'a'], ['b'], []];
    expect(one).to.deep.equal(expected);
    expect(two).to.deep.equal(expected);
  });

  it('passes the same frozen array as list()', () => {
    const store = make({ storage: new FakeStorage() });
    let received: readonly Bookmark[] | undefined;
    store.subscribe((items) => (received = items));
    store.add({ id: 'a', title: 'A' });
    expect(received).to.equal(store.list());
  });

  it('unsubscribe stops notifications, also during a notification', () => {
    const store = make({ storage: new FakeStorage() });
    const calls: string[] = [];
    let offSecond = () => {};
    const offFirst = store.subscribe(() => {
      calls.push('first');
      offSecond();
    });
    offSecond = store.subscribe(() => calls.push('second'));
    store.add({ id: 'a', title: 'A' });
    expect(calls).to.deep.equal(['first']);
    offFirst();
    offFirst();
    store.add({ id: 'b', title: 'B' });
    expect(calls).to.deep.equal(['first']);
  });

  it('the same function subscribed twice is two subscriptions', () => {
    const store = make({ storage: new FakeStorage() });
    let calls = 0;
    const listener = () => void calls++;
    const off = store.subscribe(listener);
    store.subscribe(listener);
    store.add({ id: 'a', title: 'A' });
    expect(calls).to.equal(2);
    off();
    store.add({ id: 'b', title: 'B' });
    expect(calls).to.equal(3);
  });

  it('a throwing subscriber does not stop the others', () => {
    const store = make({ storage: new FakeStorage() });
    const reported: unknown[] = [];
    // reportError() dispatches an ErrorEvent on window: catch it before the test runner does.
    const swallow = (event: ErrorEvent) => {
      reported.push(event.error);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('error', swallow, { capture: true });
    const originalOnError = window.onerror;
    window.onerror = () => true;
    let reached = false;
    try {
      store.subscribe(() => {
        throw new Error('subscriber bug');
      });
      store.subscribe(() => (reached = true));
      expect(store.add({ id: 'a', title: 'A' }).ok).to.equal(true);
    } finally {
      window.onerror = originalOnError;
      window.removeEventListener('error', swallow, { capture: true });
    }
    expect(reached).to.equal(true);
    expect(reported).to.have.length(1);
    expect((reported[0] as Error).message).to.equal('subscriber bug');
  });

  it('two stores over the same storage and target stay in sync', () => {
    const storage = new FakeStorage();
    const target = new EventTarget();
    const a = make({ storage, target });
    const b = make({ storage, target });
    const seenByB: string[][] = [];
    b.subscribe((items) => seenByB.push(ids(items)));
    a.add({ id: 'x', title: 'X' });
    expect(ids(b.list())).to.deep.equal(['x']);
    b.add({ id: 'y', title: 'Y' });
    expect(ids(a.list())).to.deep.equal(['y', 'x']);
    a.remove('x');
    expect(ids(b.list())).to.deep.equal(['y']);
    expect(seenByB).to.deep.equal([['x'], ['y', 'x'], ['y']]);
    // a store over another storage on the same target is not affected
    const other = make({ storage: new FakeStorage(), target });
    a.add({ id: 'z', title: 'Z' });
    expect(other.list()).to.deep.equal([]);
  });

  it('getBookmarkStore() returns one store per page, kept under the global symbol', () => {
    const slot = globalThis as unknown as Record<symbol, unknown>;
    expect(BOOKMARK_STORE_SYMBOL).to.equal(Symbol.for('roseup.bookmark-store.v1'));
    const previous = slot[BOOKMARK_STORE_SYMBOL];
    delete slot[BOOKMARK_STORE_SYMBOL];
    try {
      const store = getBookmarkStore();
      expect(getBookmarkStore()).to.equal(store);
      expect(slot[BOOKMARK_STORE_SYMBOL]).to.equal(store);
      expect(Object.keys(globalThis)).to.not.include(String(BOOKMARK_STORE_SYMBOL));
      expect(store.persistent).to.equal(true);
      // another copy of the bundle finds the store through Symbol.for
      expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('roseup.bookmark-store.v1')]).to.equal(store);
      store.dispose();
      expect(slot[BOOKMARK_STORE_SYMBOL]).to.equal(undefined);
      // a store put there by another copy of the bundle is the one returned
      const fromOtherCopy = make({ storage: new FakeStorage() });
      slot[BOOKMARK_STORE_SYMBOL] = fromOtherCopy;
      expect(getBookmarkStore()).to.equal(fromOtherCopy);
      // something unusable in the slot is replaced
      slot[BOOKMARK_STORE_SYMBOL] = { nope: true };
      const fresh = getBookmarkStore();
      stores.push(fresh);
      expect(fresh).to.not.equal(fromOtherCopy);
      expect(typeof fresh.add).to.equal('function');
    } finally {
      delete slot[BOOKMARK_STORE_SYMBOL];
      if (previous !== undefined) slot[BOOKMARK_STORE_SYMBOL] = previous;
    }
  });
});

describe('bookmark store: storage failures', () => {
  it('falls back to memory when getItem throws, with one warning', () => {
    const storage = new FakeStorage();
    storage.getError = securityError();
    const store = make({ storage });
    expect(store.persistent).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('SecurityError').and.contain('memory');
    const seen: string[][] = [];
    store.subscribe((items) => seen.push(ids(items)));
    for (let i = 0; i < 5; i++) expect(store.add({ id: `i${i}`, title: 'T' }).ok).to.equal(true);
    expect(store.remove('i0')).to.deep.equal({ ok: true, changed: true });
    expect(store.toggle({ id: 'i1', title: 'T' })).to.deep.include({ bookmarked: false });
    expect(ids(store.list())).to.deep.equal(['i4', 'i3', 'i2']);
    expect(seen).to.have.length(7);
    expect(warnings).to.have.length(1);
    expect(storage.gets).to.equal(1); // never touched again
    expect(storage.sets).to.deep.equal([]);
  });

  it('falls back to memory when setItem always throws (private browsing), with one warning', () => {
    const storage = new FakeStorage();
    storage.setError = () => quotaError();
    const store = make({ storage });
    expect(store.persistent).to.equal(true);
    expect(store.add({ id: 'a', title: 'A' })).to.deep.equal({ ok: true, changed: true });
    expect(store.persistent).to.equal(false);
    expect(store.add({ id: 'b', title: 'B' }).ok).to.equal(true);
    store.remove('a');
    store.add({ id: 'c', title: 'C' });
    expect(ids(store.list())).to.deep.equal(['c', 'b']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('full').and.contain('QuotaExceededError');
    expect(storage.data.has(KEY)).to.equal(false);
  });

  it('survives a quota error mid-life, keeping what was stored before', () => {
    const storage = new FakeStorage();
    let allowed = 2;
    storage.setError = () => (allowed-- > 0 ? undefined : quotaError());
    const store = make({ storage });
    store.add({ id: 'a', title: 'A' });
    store.add({ id: 'b', title: 'B' });
    expect(store.persistent).to.equal(true);
    const lastGood = storage.data.get(KEY);
    const seen: string[][] = [];
    store.subscribe((items) => seen.push(ids(items)));
    expect(store.add({ id: 'c', title: 'C' })).to.deep.equal({ ok: true, changed: true });
    expect(store.persistent).to.equal(false);
    expect(ids(store.list())).to.deep.equal(['c', 'b', 'a']);
    expect(seen).to.deep.equal([['c', 'b', 'a']]);
    const gets = storage.gets;
    store.add({ id: 'd', title: 'D' });
    store.remove('a');
    expect(ids(store.list())).to.deep.equal(['d', 'c', 'b']);
    expect(storage.gets).to.equal(gets);
    expect(storage.data.get(KEY)).to.equal(lastGood);
    expect(warnings).to.have.length(1);
  });

  it('ignores storage events once in memory', () => {
    const storage = new FakeStorage();
    const target = new EventTarget();
    storage.setError = () => quotaError();
    const store = make({ storage, target });
    store.add({ id: 'mine', title: 'M' });
    storage.data.set(KEY, stored([entry('theirs')]));
    target.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(ids(store.list())).to.deep.equal(['mine']);
  });

  it('falls back to memory when the localStorage getter itself throws', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw securityError();
      },
    });
    let store: BookmarkStore;
    try {
      expect(() => window.localStorage).to.throw();
      store = make({ storage: undefined });
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(window.localStorage.getItem).to.be.a('function');
    expect(store.persistent).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('SecurityError');
    expect(store.add({ id: 'a', title: 'A' }).ok).to.equal(true);
    expect(store.toggle({ id: 'b', title: 'B' }).ok).to.equal(true);
    expect(ids(store.list())).to.deep.equal(['b', 'a']);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(warnings).to.have.length(1);
  });

  it('warns through console.warn by default, once', () => {
    const storage = new FakeStorage();
    storage.getError = securityError();
    const logged: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void logged.push(args);
    try {
      const store = createBookmarkStore({ storage, key: KEY, target: null });
      stores.push(store);
      for (let i = 0; i < 10; i++) store.toggle({ id: `i${i % 3}`, title: 'T' });
      store.clear();
    } finally {
      console.warn = originalWarn;
    }
    expect(logged).to.have.length(1);
    expect(String(logged[0][0])).to.match(/^\[roseup\] bookmarks: /);
  });

  it('storage: null means memory only, silently', () => {
    const store = make({ storage: null });
    expect(store.persistent).to.equal(false);
    store.add({ id: 'a', title: 'A' });
    expect(ids(store.list())).to.deep.equal(['a']);
    expect(warnings).to.deep.equal([]);
  });
});

describe('bookmark store: corrupt stored values', () => {
  const corrupt: [string, string][] = [
    ['invalid JSON', '{"v":1,"items":[{"id":"a"'],
    ['plain text', 'hello'],
    ['empty string', ''],
    ['JSON null', 'null'],
    ['a bare array', '[{"id":"a","title":"A","savedAt":"2026-01-01T00:00:00Z"}]'],
    ['a number', '42'],
    ['unknown version', '{"v":2,"items":[{"id":"a","title":"A","savedAt":"2026-01-01T00:00:00Z"}]}'],
    ['no version', '{"items":[]}'],
    ['string version', '{"v":"1","items":[]}'],
    ['no items', '{"v":1}'],
    ['items not an array', '{"v":1,"items":{"0":{"id":"a"}}}'],
    ['items null', '{"v":1,"items":null}'],
  ];

  for (const [kind, raw] of corrupt) {
    it(`keeps ${kind} aside, starts empty, and writes only when the visitor changes something`, () => {
      const storage = new FakeStorage();
      storage.data.set(KEY, raw);
      const store = make({ storage });
      expect(store.list()).to.deep.equal([]);
      expect(store.persistent).to.equal(true);
      expect(storage.data.get(ASIDE)).to.equal(raw);
      expect(storage.data.get(KEY)).to.equal(raw); // not written back on load
      expect(storage.sets).to.deep.equal([ASIDE]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(ASIDE).and.contain(KEY);

      expect(store.add({ id: 'new', title: 'N' }).ok).to.equal(true);
      expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['new']);
      expect(storage.data.get(ASIDE)).to.equal(raw);
      expect(warnings).to.have.length(1);
    });
  }

  it('does the same in the real localStorage', () => {
    localStorage.setItem(KEY, '{"v":2,"items":"later format"}');
    const store = make({ storage: localStorage });
    expect(store.list()).to.deep.equal([]);
    expect(localStorage.getItem(ASIDE)).to.equal('{"v":2,"items":"later format"}');
    expect(localStorage.getItem(KEY)).to.equal('{"v":2,"items":"later format"}');
    store.add({ id: 'a', title: 'A' });
    expect(parse(localStorage.getItem(KEY)).v).to.equal(1);
    expect(localStorage.getItem(ASIDE)).to.equal('{"v":2,"items":"later format"}');
  });

  it('never overwrites an earlier kept-aside copy', () => {
    const storage = new FakeStorage();
    storage.data.set(ASIDE, 'kept from an earlier visit');
    storage.data.set(KEY, 'corrupt now');
    const store = make({ storage });
    const stamped = `${ASIDE}:2026-01-30T09:00:01.000Z`;
    expect(storage.data.get(ASIDE)).to.equal('kept from an earlier visit');
    expect(storage.data.get(stamped)).to.equal('corrupt now');
    expect(warnings[0]).to.contain(stamped);
    expect(store.list()).to.deep.equal([]);
  });

  it('finds a free key when the timestamped one is taken too', () => {
    const storage = new FakeStorage();
    storage.data.set(ASIDE, 'one');
    storage.data.set(`${ASIDE}:2026-01-30T09:00:00.000Z`, 'two');
    storage.data.set(KEY, 'three');
    make({ storage, now: () => new Date('2026-01-30T09:00:00.000Z') });
    expect(storage.data.get(ASIDE)).to.equal('one');
    expect(storage.data.get(`${ASIDE}:2026-01-30T09:00:00.000Z`)).to.equal('two');
    expect(storage.data.get(`${ASIDE}:2026-01-30T09:00:00.000Z-2`)).to.equal('three');
  });

  it('a second corruption (from another tab) does not overwrite the first copy', () => {
    const storage = new FakeStorage();
    const target = new EventTarget();
    storage.data.set(KEY, 'first corruption');
    const store = make({ storage, target });
    expect(storage.data.get(ASIDE)).to.equal('first corruption');
    store.add({ id: 'a', title: 'A' });
    store.add({ id: 'b', title: 'B' });
    const seen: string[][] = [];
    store.subscribe((items) => seen.push(ids(items)));

    storage.data.set(KEY, '{"v":1,"items":"second corruption"}');
    target.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: storage.data.get(KEY) }));

    expect(storage.data.get(ASIDE)).to.equal('first corruption');
    const asideKeys = [...storage.data.keys()].filter((k) => k.startsWith(`${ASIDE}:`));
    expect(asideKeys).to.have.length(1);
    expect(storage.data.get(asideKeys[0])).to.equal('{"v":1,"items":"second corruption"}');
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain(asideKeys[0]);
    // the list this page knew is kept (not emptied), and restored on the next change
    expect(ids(store.list())).to.deep.equal(['b', 'a']);
    expect(seen).to.deep.equal([]);
    store.add({ id: 'c', title: 'C' });
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['c', 'b', 'a']);
  });

  it('keeps an identical corrupt value only once across page loads', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, 'still corrupt');
    make({ storage });
    make({ storage });
    make({ storage, now: () => new Date(0) });
    const asideKeys = [...storage.data.keys()].filter((k) => k.startsWith(ASIDE));
    expect(asideKeys).to.deep.equal([ASIDE]);
    expect(warnings).to.have.length(3);
    for (const w of warnings) expect(w).to.contain(ASIDE);
  });

  it('leaves the value untouched and stays in memory when it cannot be kept aside', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, 'corrupt');
    storage.setError = () => quotaError();
    const store = make({ storage });
    expect(store.persistent).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('left untouched');
    storage.setError = undefined;
    store.add({ id: 'a', title: 'A' });
    expect(ids(store.list())).to.deep.equal(['a']);
    expect(storage.data.get(KEY)).to.equal('corrupt');
    expect(storage.sets).to.deep.equal([]);
  });

  it('drops invalid entries, keeps the original aside, and writes nothing until a change', () => {
    const storage = new FakeStorage();
    const raw = stored([
      entry('good-1', '2026-01-03T00:00:00.000Z'),
      { savedAt: '2026-01-02T00:00:00.000Z', title: 'no id' },
      { id: '', savedAt: '2026-01-02T00:00:00.000Z', title: 'empty id' },
      { id: 'bad-title', savedAt: '2026-01-02T00:00:00.000Z', title: 42 },
      { id: 'no-title', savedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'bad-date', savedAt: 'yesterday', title: 'T' },
      { id: 'no-date', title: 'T' },
      'a string',
      null,
      entry('good-1', '2026-01-01T00:00:00.000Z', 'duplicate'),
      entry('good-2', '2026-01-01T00:00:00.000Z'),
    ]);
    storage.data.set(KEY, raw);
    const store = make({ storage });
    expect(ids(store.list())).to.deep.equal(['good-1', 'good-2']);
    expect(store.get('good-1')?.title).to.equal('Title good-1');
    expect(storage.data.get(ASIDE)).to.equal(raw);
    expect(storage.data.get(KEY)).to.equal(raw);
    expect(storage.sets).to.deep.equal([ASIDE]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(ASIDE).and.contain('entry 1');
    expect(warnings[0]).to.not.contain('good-1'); // no bookmark data in logs

    store.add({ id: 'good-3', title: 'T3' });
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['good-3', 'good-1', 'good-2']);
    expect(storage.data.get(ASIDE)).to.equal(raw);
  });

  it('reads a clean value without warnings or writes', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, stored([entry('a', '2026-01-02T00:00:00.000Z', 'A', 'https://www.rose-up.fr/a/'), entry('b')]));
    const store = make({ storage });
    expect(ids(store.list())).to.deep.equal(['a', 'b']);
    expect(warnings).to.deep.equal([]);
    expect(storage.sets).to.deep.equal([]);
  });

  it('ignores unknown extra fields', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, JSON.stringify({ v: 1, extra: true, items: [{ ...entry('a'), note: 'x' }] }));
    const store = make({ storage });
    expect(store.list()).to.deep.equal([entry('a')]);
    expect(warnings).to.deep.equal([]);
  });
});

describe('bookmark store: other tabs', () => {
  it('re-reads on a storage event and notifies with the other tab’s items', () => {
    const store = make({ storage: localStorage, target: window });
    store.add({ id: 'mine', title: 'Mine' });
    const seen: Bookmark[][] = [];
    store.subscribe((items) => seen.push([...items]));

    const oldValue = localStorage.getItem(KEY);
    const newValue = stored([entry('theirs', '2026-01-30T12:00:00.000Z', 'Theirs', 'https://www.rose-up.fr/t/'), ...parse(oldValue).items]);
    localStorage.setItem(KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue, oldValue, storageArea: localStorage }));

    expect(seen).to.have.length(1);
    expect(ids(seen[0])).to.deep.equal(['theirs', 'mine']);
    expect(seen[0][0]).to.deep.equal({ id: 'theirs', savedAt: '2026-01-30T12:00:00.000Z', title: 'Theirs', url: 'https://www.rose-up.fr/t/' });
    expect(store.has('theirs')).to.equal(true);
    // the same value again: no notification
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue, oldValue, storageArea: localStorage }));
    expect(seen).to.have.length(1);
  });

  it('empties on localStorage.clear() in another tab (key null)', () => {
    const store = make({ storage: localStorage, target: window });
    store.add({ id: 'a', title: 'A' });
    let seen: readonly Bookmark[] | undefined;
    store.subscribe((items) => (seen = items));
    localStorage.removeItem(KEY); // what clear() did to our key
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(seen).to.deep.equal([]);
    expect(store.count).to.equal(0);
  });

  it('ignores other keys, other storage areas and unsubscribed listeners', () => {
    const storage = new FakeStorage();
    const target = new EventTarget();
    const store = make({ storage, target });
    let calls = 0;
    const off = store.subscribe(() => void calls++);
    storage.data.set(KEY, stored([entry('a')]));
    target.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    target.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: sessionStorage }));
    target.dispatchEvent(new Event('storage'));
    expect(calls).to.equal(0);
    expect(store.list()).to.deep.equal([]);
    off();
    target.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(calls).to.equal(0);
    expect(ids(store.list())).to.deep.equal(['a']);
  });

  it('stops listening after dispose()', () => {
    const storage = new FakeStorage();
    const target = new EventTarget();
    const store = make({ storage, target });
    let calls = 0;
    store.subscribe(() => void calls++);
    store.dispose();
    storage.data.set(KEY, stored([entry('a')]));
    target.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(calls).to.equal(0);
    expect(store.list()).to.deep.equal([]);
  });

  it('re-reads before writing, so another tab’s recent change is not lost', () => {
    const storage = new FakeStorage();
    const store = make({ storage });
    store.add({ id: 'mine-1', title: 'M1' });
    store.add({ id: 'mine-2', title: 'M2' });
    // another tab adds one; its storage event has not arrived yet
    const current = parse(storage.data.get(KEY)).items;
    storage.data.set(KEY, stored([entry('theirs', '2026-01-30T11:00:00.000Z'), ...current]));
    const seen: string[][] = [];
    store.subscribe((items) => seen.push(ids(items)));
    store.add({ id: 'mine-3', title: 'M3' });
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['mine-3', 'theirs', 'mine-2', 'mine-1']);
    expect(seen).to.deep.equal([['mine-3', 'theirs', 'mine-2', 'mine-1']]);
    // another tab removes one of ours; we remove another: both removals stick
    storage.data.set(KEY, stored(parse(storage.data.get(KEY)).items.filter((b) => b.id !== 'mine-1')));
    store.remove('mine-2');
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['mine-3', 'theirs']);
    // another tab saved the same id: adding it here is a no-op but the list is refreshed
    storage.data.set(KEY, stored([entry('both', '2026-01-30T11:30:00.000Z'), ...parse(storage.data.get(KEY)).items]));
    expect(store.add({ id: 'both', title: 'B' })).to.deep.equal({ ok: true, changed: false });
    expect(ids(store.list())).to.deep.equal(['both', 'mine-3', 'theirs']);
    expect(seen.at(-1)).to.deep.equal(['both', 'mine-3', 'theirs']);
  });

  it('cap is checked against the list merged from storage', () => {
    const storage = new FakeStorage();
    const store = make({ storage, cap: 2 });
    store.add({ id: 'a', title: 'A' });
    storage.data.set(KEY, stored([entry('theirs'), ...parse(storage.data.get(KEY)).items]));
    expect(store.add({ id: 'b', title: 'B' })).to.deep.include({ ok: false, reason: 'cap' });
    expect(ids(parse(storage.data.get(KEY)).items)).to.deep.equal(['theirs', 'a']);
  });

  it('receives a real storage event from another browsing context', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const otherTab = frame.contentWindow!.localStorage;
      const store = make({ storage: localStorage, target: window });
      const notified = new Promise<readonly Bookmark[]>((resolve, reject) => {
        store.subscribe(resolve);
        setTimeout(() => reject(new Error('no storage event within 3 s')), 3000);
      });
      otherTab.setItem(KEY, stored([entry('from-frame')]));
      expect(ids(await notified)).to.deep.equal(['from-frame']);
    } finally {
      frame.remove();
    }
  });
});

// Issue 16, item 3: a huge stored list must not freeze the page, and nothing stored is lost.
describe('bookmark store: a huge stored list', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => entry(`https://www.rose-up.fr/a-${i}/`));

  it('reads at most BOOKMARK_READ_CAP of 20,000, in linear time, and keeps the rest stored', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, stored(many(20_000)));
    const started = performance.now();
    const store = make({ storage });
    const elapsed = performance.now() - started;
    expect(store.count).to.equal(BOOKMARK_READ_CAP);
    expect(store.unread).to.equal(20_000 - BOOKMARK_READ_CAP);
    expect(ids(store.list()).slice(0, 2)).to.deep.equal(['https://www.rose-up.fr/a-0/', 'https://www.rose-up.fr/a-1/']);
    expect(elapsed, `read in ${elapsed} ms`).to.be.lessThan(250);
    expect(warnings).to.deep.equal([]);

    // A change writes what was read, then what was not, as it was.
    expect(store.remove('https://www.rose-up.fr/a-1/').ok).to.equal(true);
    const after = parse(storage.data.get(KEY)).items;
    expect(after).to.have.length(19_999);
    expect(after[19_998]).to.deep.equal(entry('https://www.rose-up.fr/a-19999/'));
    // Adding is refused at the cap; "clear" means everything.
    expect(store.add({ id: 'new', title: 'N' })).to.deep.include({ ok: false, reason: 'cap' });
    store.clear();
    expect(storage.data.has(KEY)).to.equal(false);
    expect([store.count, store.unread]).to.deep.equal([0, 0]);
  });
});
