import { expect } from '@open-wc/testing';
import {
  RECENT_SEARCHES_CAP,
  RECENT_SEARCHES_KEY,
  RECENT_SEARCH_MAX_LENGTH,
  createRecentSearches,
  getRecentSearches,
} from './recent-searches.js';

/** A Storage in memory, optionally failing. */
class MemoryStorage implements Storage {
  data = new Map<string, string>();
  failReads = false;
  failWrites = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    if (this.failWrites) throw new DOMException('denied', 'SecurityError');
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
}

describe('recent searches', () => {
  let warn: typeof console.warn;
  let warnings: string[];
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('keeps the newest first, without repeats (ignoring case and spaces), capped at 5', () => {
    const storage = new MemoryStorage();
    const store = createRecentSearches({ storage });
    expect(store.list()).to.deep.equal([]);
    for (const q of ['cheveux', 'sport', '  Perte   de cils ', 'yoga', 'CHEVEUX', 'fatigue', 'ongles']) store.add(q);
    expect(store.list()).to.deep.equal(['ongles', 'fatigue', 'CHEVEUX', 'yoga', 'Perte de cils']);
    expect(store.list()).to.have.length(RECENT_SEARCHES_CAP);
    expect(JSON.parse(storage.data.get(RECENT_SEARCHES_KEY)!)).to.deep.equal({
      v: 1,
      items: ['ongles', 'fatigue', 'CHEVEUX', 'yoga', 'Perte de cils'],
    });
    expect(store.persistent).to.equal(true);
    expect(Object.isFrozen(store.list())).to.equal(true);
  });

  it('ignores empty queries and cuts very long ones', () => {
    const store = createRecentSearches({ storage: new MemoryStorage() });
    store.add('   ');
    store.add(undefined as unknown as string);
    expect(store.list()).to.deep.equal([]);
    store.add('a'.repeat(1000));
    expect(store.list()[0]).to.have.length(RECENT_SEARCH_MAX_LENGTH);
  });

  it('reads what another store wrote (another tab, a later visit)', () => {
    const storage = new MemoryStorage();
    createRecentSearches({ storage }).add('sophrologie');
    expect(createRecentSearches({ storage }).list()).to.deep.equal(['sophrologie']);
  });

  it('clears the list on the device', () => {
    const storage = new MemoryStorage();
    const store = createRecentSearches({ storage });
    store.add('cheveux');
    store.clear();
    expect(store.list()).to.deep.equal([]);
    expect(storage.data.has(RECENT_SEARCHES_KEY)).to.equal(false);
  });

  it('works in memory when storage fails, with one warning that names no search', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = createRecentSearches({ storage });
    store.add('métastases osseuses');
    store.add('chimiothérapie');
    expect(store.list()).to.deep.equal(['chimiothérapie', 'métastases osseuses']);
    expect(store.persistent).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.not.include('métastases');
    store.clear();
    expect(store.list()).to.deep.equal([]);
  });

  it('works in memory when storage cannot even be read', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    const store = createRecentSearches({ storage });
    expect(store.list()).to.deep.equal([]);
    store.add('yoga');
    expect(store.list()).to.deep.equal(['yoga']);
    expect(store.persistent).to.equal(false);
  });

  it('works with no storage at all', () => {
    const store = createRecentSearches({ storage: null });
    store.add('yoga');
    expect(store.list()).to.deep.equal(['yoga']);
    expect(store.persistent).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps a corrupt value aside before replacing it, never overwriting an earlier copy', () => {
    const storage = new MemoryStorage();
    storage.data.set(RECENT_SEARCHES_KEY, '{not json');
    const store = createRecentSearches({ storage });
    expect(store.list()).to.deep.equal([]);
    expect(storage.data.get(`${RECENT_SEARCHES_KEY}:corrupt`)).to.equal('{not json');
    store.add('yoga');
    expect(JSON.parse(storage.data.get(RECENT_SEARCHES_KEY)!).items).to.deep.equal(['yoga']);

    storage.data.set(RECENT_SEARCHES_KEY, JSON.stringify({ v: 2, items: 'x' }));
    expect(store.list()).to.deep.equal(['yoga']);
    const copies = [...storage.data.keys()].filter((k) => k.startsWith(`${RECENT_SEARCHES_KEY}:corrupt`));
    expect(copies).to.have.length(2);
    expect(storage.data.get(`${RECENT_SEARCHES_KEY}:corrupt`)).to.equal('{not json');
    expect(warnings.join('\n')).to.not.include('yoga');
  });

  it('drops entries of a stored list that are not searches', () => {
    const storage = new MemoryStorage();
    storage.data.set(RECENT_SEARCHES_KEY, JSON.stringify({ v: 1, items: ['yoga', 3, null, ' ', 'Yoga', 'sport'] }));
    expect(createRecentSearches({ storage }).list()).to.deep.equal(['yoga', 'sport']);
  });

  it('shares one store per page, over localStorage', () => {
    expect(getRecentSearches()).to.equal(getRecentSearches());
  });
});

// Issue 16, item 3: reading stops at the cap; de-duplication is linear, whatever is stored.
describe('recent searches: a huge stored list', () => {
  for (const size of [8_000, 50_000]) {
    // De-duplicating pairwise took seconds at these sizes (over the test's time limit); how long
    // reading takes is for benchmarks, not for this test to time.
    it(`reads ${size.toLocaleString('en')} stored entries, repeated ones once`, () => {
      const storage = new MemoryStorage();
      // Distinct entries, then the same entry again and again (the worst case for de-duplicating).
      storage.data.set(RECENT_SEARCHES_KEY, JSON.stringify({ v: 1, items: Array.from({ length: size }, (_, i) => `recherche ${i}`) }));
      const repeated = new MemoryStorage();
      repeated.data.set(RECENT_SEARCHES_KEY, JSON.stringify({ v: 1, items: [...Array(size).fill('Yoga'), 'sport'] }));
      expect(createRecentSearches({ storage, target: null }).list()).to.deep.equal([
        'recherche 0',
        'recherche 1',
        'recherche 2',
        'recherche 3',
        'recherche 4',
      ]);
      expect(createRecentSearches({ storage: repeated, target: null }).list()).to.deep.equal(['Yoga', 'sport']);
    });
  }
});
