import { expect } from '@open-wc/testing';
import MiniSearch from 'minisearch';
import { highlightRanges } from './french-text.js';
import { MAX_FIELD_TERMS, MAX_INDEX_TERMS, MAX_PREFIX_TERMS, buildSearchIndex, type SearchIndex } from './search-index.js';
import type { Article, FeedItem, RoseUpEvent } from './types.js';

let counter = 0;
const article = (title: string, summary = '', extra: Partial<Article> = {}): Article => ({
  id: `https://www.rose-up.fr/magazine/${++counter}/`,
  kind: 'article',
  title,
  summary,
  tags: [],
  authors: [],
  ...extra,
});

const event = (title: string, extra: Partial<RoseUpEvent> = {}): RoseUpEvent => ({
  id: `https://www.rose-up.fr/agenda/${++counter}/#2026-01-30T10:00`,
  kind: 'event',
  title,
  tags: [],
  authors: [],
  start: new Date('2026-01-30T10:00:00+01:00'),
  timeZone: 'Europe/Paris',
  status: 'scheduled',
  attendance: 'offline',
  remoteChannels: [],
  practicalInfo: [],
  ...extra,
});

const metastatic = article('Tout savoir sur les cancers métastatiques', 'Ce que change le diagnostic.', {
  tags: ['Cancers métastatiques'],
  category: { id: 'cancers-metastatiques', label: 'Cancers métastatiques' },
  format: { id: 'tout-savoir-sur', label: 'Tout savoir sur' },
});
const boneMetastases = article('Vivre avec des métastases osseuses', 'Douleur, fractures : les soins de support.');
const nutrition = article('Bien manger pendant les traitements', 'Quand des métastases fatiguent, l’appétit baisse.');
const immuno = article('L’immunothérapie, comment ça marche ?', 'Les nouveaux traitements qui stimulent les défenses.');
const heart = article('Prendre soin de son cœur', 'Cardiologie et traitements du cancer.');
const chemo = article('Chimiothérapie : les effets secondaires', 'Nausées, fatigue, perte de cheveux.');
const listening = article('À votre écoute', 'Une ligne téléphonique gratuite.');
const breast = article('Le sein après le cancer', 'Reconstruction mammaire et prothèses.', {
  format: { id: 'temoignage', label: 'Témoignage' },
});
const hostile = article('<img src=x onerror=alert(1)> métastases', '<script>alert(1)</script>');
const qiGong = event('Qi Gong adapté aux personnes touchées par un cancer', {
  category: { id: 'activite-physique', label: 'Activité physique' },
  format: { id: 'atelier', label: 'Atelier' },
  location: { name: 'Maison RoseUp Paris', locality: 'Paris' },
});
const laetitia = article('Lætitia, vingt ans après', 'Le récit d’une survivante.');
const feed: FeedItem[] = [metastatic, boneMetastases, nutrition, immuno, heart, chemo, listening, breast, hostile, qiGong, laetitia];

const titles = (index: SearchIndex, query: string, limit?: number) =>
  index.search(query, { limit }).map((hit) => hit.item.title);

describe('buildSearchIndex / search', () => {
  let index: SearchIndex;
  before(async () => {
    index = await buildSearchIndex(feed);
  });

  it('indexes every item', () => {
    expect(index.size).to.equal(feed.length);
  });

  it('ranks titles about métastases first for "metastase"', () => {
    const found = titles(index, 'metastase');
    expect(found.slice(0, 3)).to.have.members([metastatic.title, boneMetastases.title, hostile.title]);
    expect(found).to.include(nutrition.title);
    expect(found.indexOf(nutrition.title)).to.equal(3);
  });

  it('matches with or without accents', () => {
    expect(titles(index, 'métastatiques')[0]).to.equal(metastatic.title);
    expect(titles(index, 'METASTATIQUES')[0]).to.equal(metastatic.title);
    expect(titles(index, 'telephonique')).to.deep.equal([listening.title]);
  });

  it('strips elisions from the query', () => {
    expect(titles(index, "l'immunothérapie")[0]).to.equal(immuno.title);
    expect(titles(index, 'l’immunotherapie')[0]).to.equal(immuno.title);
    expect(titles(index, 'immunothérapie')[0]).to.equal(immuno.title);
  });

  it('matches œ written oe and the other way round', () => {
    expect(titles(index, 'coeur')).to.deep.equal([heart.title]);
    expect(titles(index, 'cœur')).to.deep.equal([heart.title]);
    expect(titles(index, 'laetitia')).to.deep.equal([laetitia.title]);
    expect(titles(index, 'LÆTITIA')).to.deep.equal([laetitia.title]);
  });

  it('matches plurals and feminines', () => {
    expect(titles(index, 'chimiotherapies')[0]).to.equal(chemo.title);
    expect(titles(index, 'effet secondaire')).to.deep.equal([chemo.title]);
    expect(titles(index, 'osseux')).to.deep.equal([boneMetastases.title]);
    expect(titles(index, 'osseuse')).to.deep.equal([boneMetastases.title]);
  });

  it('tolerates typos in words of five letters or more', () => {
    expect(titles(index, 'metastaze')).to.include.members([metastatic.title, boneMetastases.title]);
    expect(titles(index, 'imunotherapie')[0]).to.equal(immuno.title);
    expect(titles(index, 'chimioterapie')[0]).to.equal(chemo.title);
  });

  it('tolerates two swapped letters as one typo ("cnacer", "fatgiue", "prtohèses")', () => {
    expect(titles(index, 'cnacer')).to.include.members([heart.title, breast.title, qiGong.title]);
    expect(titles(index, 'fatgiue')).to.have.members(titles(index, 'fatigue'));
    expect(titles(index, 'ftaigué')).to.have.members(titles(index, 'fatigue'));
    expect(titles(index, 'prtohèses')).to.deep.equal([breast.title]);
    expect(titles(index, 'sein cnacer')).to.deep.equal([breast.title]);
    // Still one typo: swapped letters and another one are too far.
    expect(titles(index, 'cnacre')).to.deep.equal([]);
  });

  it('tolerates a typo in the word being typed, before it is complete ("imuno", "chimiotéra")', () => {
    expect(titles(index, 'imuno')[0]).to.equal(immuno.title);
    expect(titles(index, 'imunoth')[0]).to.equal(immuno.title);
    expect(titles(index, 'chimiotéra')[0]).to.equal(chemo.title);
    expect(titles(index, 'metsata')).to.include.members([metastatic.title, boneMetastases.title]);
    expect(titles(index, 'effets secondiare')).to.deep.equal([chemo.title]);
    // Words before the last one are prefixes too ("chimio" for chimiothérapie).
    expect(titles(index, 'chimo effets')).to.deep.equal([chemo.title]);
  });

  it('does not tolerate a typo in a four-letter word', () => {
    expect(titles(index, 'sein')).to.deep.equal([breast.title]);
    expect(titles(index, 'sain')).to.deep.equal([]);
    expect(titles(index, 'soim')).to.deep.equal([]);
  });

  it('matches the word being typed as a prefix', () => {
    expect(titles(index, 'chimio')[0]).to.equal(chemo.title);
    expect(titles(index, 'méta')).to.include.members([metastatic.title, boneMetastases.title, nutrition.title]);
    expect(titles(index, 'metastatiqu')[0]).to.equal(metastatic.title);
    expect(titles(index, 'cancers métasta')[0]).to.equal(metastatic.title);
  });

  it('weights a word in a title above the same word in a summary', () => {
    const local = [
      article('Les soins de support', 'Un guide de la cardiologie au quotidien.'),
      article('La cardiologie en oncologie', 'Les soins de support.'),
    ];
    return buildSearchIndex(local).then((small) => {
      expect(titles(small, 'cardiologie')).to.deep.equal([local[1].title, local[0].title]);
      expect(titles(small, 'soins')).to.deep.equal([local[0].title, local[1].title]);
    });
  });

  it('ranks every item with the word as typed above items found only through a typo, title or not', async () => {
    // "douceur" is one letter from "douleur": a title that has it must not come first when six
    // articles speak of pain (their word is commoner, so a rarer typo neighbour outweighed it).
    const sweetness = article('Atelier massage : un moment de douceur', 'Se détendre.');
    const pain = [
      article('Soulager les effets de la radiothérapie', 'Brûlures, douleur, fatigue : que faire ?'),
      article('Après la chirurgie du sein', 'Cicatrice et douleur : les soins.'),
      article('Neuropathies et chimiothérapie', 'Fourmillements et douleur aux mains.'),
      article('Dormir malgré les traitements', 'Quand la douleur réveille la nuit.'),
      article('Le rôle de l’algologue', 'Un médecin de la douleur.'),
      article('Reprendre une activité', 'Bouger malgré la douleur.'),
    ];
    const small = await buildSearchIndex([sweetness, ...pain]);
    for (const query of ['douleur', 'douleurs', 'douleur xylophone']) {
      const found = titles(small, query, 10);
      expect(found.slice(0, pain.length), query).to.have.members(pain.map((item) => item.title));
      expect(found[pain.length], query).to.equal(sweetness.title);
    }
    expect(titles(small, 'douleur', 3)).not.to.include(sweetness.title);
    // A typo alone still finds what it can.
    expect(titles(small, 'douceurs')[0]).to.equal(sweetness.title);
    expect(titles(small, 'doulleur')).to.have.members(pain.map((item) => item.title));
  });

  it('does not let a typo neighbour in one item lift it above items with the word as typed', async () => {
    const local = [
      article('Le cancer et le travail', 'Lancer un projet, reprendre un poste.'),
      article('Le cancer et le sport', 'Reprendre doucement.'),
    ];
    const small = await buildSearchIndex(local);
    const [first, second] = small.search('cancer');
    expect(first.score).to.be.closeTo(second.score, first.score * 0.2);
    expect(first.terms).to.deep.equal(['cancer']);
    expect(second.terms).to.deep.equal(['cancer']);
  });

  it('finds a hyphenated compound written as one word ("postopératoire", "socioesthétique", "qigong")', async () => {
    const local = [
      article('Les soins post-opératoires', 'Après la chirurgie.'),
      article('La socio-esthétique à l’hôpital', 'Se sentir belle.'),
      event('Qi-Gong doux'),
    ];
    const small = await buildSearchIndex(local);
    expect(titles(small, 'postopératoire')).to.deep.equal([local[0].title]);
    expect(titles(small, 'postop')).to.deep.equal([local[0].title]);
    expect(titles(small, 'socioesthetique')).to.deep.equal([local[1].title]);
    expect(titles(small, 'qigong')).to.deep.equal([local[2].title]);
    // As before, with the hyphen or a space.
    expect(titles(small, 'post-opératoire')).to.deep.equal([local[0].title]);
    expect(titles(small, 'socio esthétique')).to.deep.equal([local[1].title]);
    const [hit] = small.search('postoperatoire');
    expect(highlightRanges(hit.item.title, hit.terms).map(([start, end]) => hit.item.title.slice(start, end))).to.deep.equal(['post-opératoires']);
  });

  it('indexes tags, category, format and place', () => {
    expect(titles(index, 'témoignage')).to.deep.equal([breast.title]);
    expect(titles(index, 'activité physique')).to.deep.equal([qiGong.title]);
    expect(titles(index, 'atelier paris')).to.deep.equal([qiGong.title]);
  });

  it('requires every word, and falls back to any word when no item has them all', () => {
    expect(titles(index, 'cancer sein')).to.deep.equal([breast.title]);
    const fallback = titles(index, 'sein zzzzzz');
    expect(fallback).to.deep.equal([breast.title]);
  });

  it('keeps stop words out of the index without making titles of stop words unsearchable', () => {
    expect(titles(index, 'à votre écoute')).to.deep.equal([listening.title]);
    expect(titles(index, 'écoute')).to.deep.equal([listening.title]);
    expect(index.search('à votre')).to.deep.equal([]);
    expect(index.search('le la les de')).to.deep.equal([]);
  });

  it('searches a question by what it asks about, not by its question words', async () => {
    const local = [
      article('Immunothérapie : comment fonctionnent ces traitements', 'Pourquoi ils réveillent nos défenses.'),
      article('Parler de son cancer à ses enfants', 'Trouver les mots.'),
    ];
    const small = await buildSearchIndex(local);
    expect(titles(small, 'comment parler à mes enfants')).to.deep.equal([local[1].title]);
    expect(titles(small, 'pourquoi en parler aux enfants')).to.deep.equal([local[1].title]);
    expect(titles(small, 'comment')).to.deep.equal([]);
  });

  it('returns nothing for no match, an empty query or punctuation', () => {
    expect(index.search('xylophone')).to.deep.equal([]);
    expect(index.search('')).to.deep.equal([]);
    expect(index.search('   ')).to.deep.equal([]);
    expect(index.search('?!’-')).to.deep.equal([]);
  });

  it('honours limit (default 8)', () => {
    const many = titles(index, 'cancer traitements métastases soins', 20);
    expect(many.length).to.be.greaterThan(2);
    expect(titles(index, 'cancer traitements métastases soins', 2)).to.have.length(2);
    expect(index.search('cancer', { limit: 0 })).to.deep.equal([]);
  });

  it('keeps the best hits, sorted by score, whatever the limit', () => {
    for (const query of ['cancer', 'métastases traitements', 'so', 'sein zzzzzz']) {
      const all = index.search(query, { limit: 100 });
      const scores = all.map((hit) => hit.score);
      expect(scores, query).to.deep.equal([...scores].sort((a, b) => b - a));
      for (const limit of [1, 2, 3]) {
        expect(index.search(query, { limit }), `${query} / ${limit}`).to.deep.equal(all.slice(0, limit));
      }
    }
  });

  it('survives a very long query', () => {
    const hits = index.search('métastases '.repeat(500));
    expect(hits[0].item.title).to.be.oneOf([boneMetastases.title, hostile.title, metastatic.title]);
  });

  it('returns the matched stems, ready for highlightRanges, and a score', () => {
    const [hit] = index.search('metastatiques');
    expect(hit.item).to.equal(metastatic);
    expect(hit.terms).to.include('metastas');
    expect(hit.score).to.be.greaterThan(0);
    const title = hit.item.title;
    const marks = highlightRanges(title, hit.terms).map(([start, end]) => title.slice(start, end));
    expect(marks).to.deep.equal(['métastatiques']);
  });

  it('highlights a hostile title as text ranges', () => {
    const hit = index.search('metastases').find((h) => h.item === hostile)!;
    expect(hit).to.exist;
    const ranges = highlightRanges(hostile.title, hit.terms);
    expect(ranges).to.deep.equal([[29, 39]]);
  });

  it('tolerates sparse items (no summary, tags or authors)', async () => {
    const sparse = { id: 'x', kind: 'article', title: 'Sophrologie' } as unknown as FeedItem;
    const small = await buildSearchIndex([sparse, sparse]);
    expect(small.search('sophro').map((h) => h.item)).to.deep.equal([sparse, sparse]);
  });

  it('indexes contentText only when asked', async () => {
    const withText = article('Atelier', '', { contentText: 'La sophrologie aide à gérer le stress.' });
    expect((await buildSearchIndex([withText])).search('sophrologie')).to.deep.equal([]);
    expect((await buildSearchIndex([withText], { content: true })).search('sophrologie')).to.have.length(1);
  });
});

/** Deterministic filler articles for the slicing tests. */
const manyArticles = (count: number): Article[] => {
  const words = 'cancer sein métastases chimiothérapie fatigue nutrition sommeil douleur soins famille travail sport'.split(' ');
  return Array.from({ length: count }, (_, i) =>
    article(
      `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`,
      `${words[(i * 3) % words.length]} et ${words[(i * 5) % words.length]} au quotidien, témoignage numéro ${i}.`,
      { tags: [words[(i * 11) % words.length]] },
    ),
  );
};

describe('buildSearchIndex in slices', () => {
  it('yields to the main thread while indexing 5,000 items', async () => {
    const items = manyArticles(5000);
    let timerFired = false;
    let finished = false;
    let timerFiredBeforeEnd = false;
    setTimeout(() => {
      timerFired = true;
      timerFiredBeforeEnd = !finished;
    }, 0);
    const build = buildSearchIndex(items, { sliceMs: 4 }).then((built) => {
      finished = true;
      return built;
    });
    const built = await build;
    expect(timerFired).to.equal(true);
    expect(timerFiredBeforeEnd).to.equal(true);
    expect(built.size).to.equal(5000);
    expect(built.search('chimiothérapie').length).to.equal(8);
  });

  it('lets the page run its own tasks again and again during a long build', async () => {
    // Timing budgets are checked by scripts/bench/search.mjs; here only that the build keeps
    // yielding: a timer loop must tick several times while 5,000 items are indexed.
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const started = performance.now();
    await buildSearchIndex(manyArticles(5000));
    const elapsed = performance.now() - started;
    running = false;
    expect(ticks).to.be.at.least(Math.min(3, Math.floor(elapsed / 60)));
    expect(ticks).to.be.at.least(1);
  });

  it('expands two-letter prefixes up to 10,000 items, three-letter ones beyond', async () => {
    const small = await buildSearchIndex(manyArticles(50));
    expect(small.search('so')).to.not.be.empty;
    const big = await buildSearchIndex(manyArticles(10_001));
    expect(big.search('so')).to.deep.equal([]);
    expect(big.search('som')).to.have.length(8);
    expect(big.search('sein')).to.have.length(8);
  });

  it('aborts through its signal, before or during the build', async () => {
    const before = new AbortController();
    before.abort();
    let error: unknown;
    await buildSearchIndex(manyArticles(10), { signal: before.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');

    const during = new AbortController();
    error = undefined;
    const build = buildSearchIndex(manyArticles(5000), { signal: during.signal, sliceMs: 2 });
    setTimeout(() => during.abort(), 0);
    await build.catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
  });

  it('rejects with the reason given to abort()', async () => {
    const controller = new AbortController();
    const reason = new DOMException('element removed', 'AbortError');
    const build = buildSearchIndex(manyArticles(5000), { signal: controller.signal, sliceMs: 2 });
    queueMicrotask(() => controller.abort(reason));
    let error: unknown;
    await build.catch((e: unknown) => (error = e));
    expect(error).to.equal(reason);
  });
});

/** Words that fold and stem to themselves, all different, all starting with "ch" (seeded). */
function chWords(count: number, seed = 16, letters = [3, 8]): string[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 4294967296);
  const seen = new Set<string>();
  while (seen.size < count) {
    const length = letters[0] + Math.floor(random() * (letters[1] - letters[0] + 1));
    // Consonants only after "ch": no French ending for the stemmer to strip.
    seen.add('ch' + Array.from({ length }, () => 'bcdfgjkmnpqvw'[Math.floor(random() * 13)]).join(''));
  }
  return [...seen];
}

/**
 * Runs `body` while watching MiniSearch: how often its `termCount` is read (the first read
 * after adding walks the whole radix tree), and the engines that `add` was called on.
 */
interface MiniSearchWatch {
  termCountReads: number;
  engines: Set<MiniSearch>;
  /** The engine's own count of its terms (not counted as a read). */
  countTerms: (engine: MiniSearch) => number;
}

async function watchingMiniSearch(body: (watch: MiniSearchWatch) => Promise<void>): Promise<void> {
  const prototype = MiniSearch.prototype as unknown as { add: (this: MiniSearch, document: unknown) => void };
  const add = prototype.add;
  const termCount = Object.getOwnPropertyDescriptor(MiniSearch.prototype, 'termCount')!;
  const watch: MiniSearchWatch = {
    termCountReads: 0,
    engines: new Set(),
    countTerms: (engine) => termCount.get!.call(engine) as number,
  };
  prototype.add = function (this: MiniSearch, document: unknown) {
    watch.engines.add(this);
    return add.call(this, document);
  };
  Object.defineProperty(MiniSearch.prototype, 'termCount', {
    configurable: true,
    get(this: MiniSearch) {
      watch.termCountReads++;
      return termCount.get!.call(this) as number;
    },
  });
  try {
    await body(watch);
  } finally {
    prototype.add = add;
    Object.defineProperty(MiniSearch.prototype, 'termCount', termCount);
  }
}

describe('termCount', () => {
  it('is counted while building: reading it does not make MiniSearch walk its whole index', async () => {
    // MiniSearch's termCount walks its radix tree on the first read after adding: 40-60 ms in one
    // task for 50,000 terms (scripts/bench/search.mjs, "vocabulary" and "hostile" feeds).
    await watchingMiniSearch(async (watch) => {
      const words = chWords(3000, 5);
      const items = [
        ...Array.from({ length: 300 }, (_, i) => article(words[i * 10], words.slice(i * 10 + 1, i * 10 + 10).join(' '))),
        metastatic,
        boneMetastases,
        nutrition,
        immuno,
        heart,
        event('Atelier de sophrologie à Lyon', { location: { name: 'Maison des patients', locality: 'Lyon' } }),
      ];
      const index = await buildSearchIndex(items);
      const counted = index.termCount;
      expect(watch.termCountReads).to.equal(0);
      expect(watch.engines.size).to.equal(1);
      const [engine] = watch.engines;
      expect(counted).to.equal(watch.countTerms(engine));
      expect(counted).to.be.greaterThan(3000);
    });
  });

  it('is the engine\'s count when the vocabulary is capped, and with contentText', async () => {
    await watchingMiniSearch(async (watch) => {
      const words = chWords(70_000, 11);
      const items = Array.from({ length: 700 }, (_, i) =>
        article(words[i * 100], words.slice(i * 100 + 1, i * 100 + 50).join(' '), { contentText: words.slice(i * 100 + 50, i * 100 + 100).join(' ') }),
      );
      const index = await buildSearchIndex(items, { content: true });
      const [engine] = watch.engines;
      expect(index.termCount).to.equal(MAX_INDEX_TERMS);
      expect(index.termCount).to.equal(watch.countTerms(engine));
      expect(watch.termCountReads).to.equal(0);
    });
  });
});

describe('bounds that hold whatever the feed (issue 16)', () => {
  it('caps the vocabulary: 100,000 distinct words are not all indexed, and the index still answers', async () => {
    const words = chWords(100_000);
    const items = Array.from({ length: 1000 }, (_, i) => article(words[i * 100], words.slice(i * 100 + 1, i * 100 + 100).join(' ')));
    const index = await buildSearchIndex(items);
    expect(index.termCount).to.be.at.most(MAX_INDEX_TERMS);
    expect(index.termCount).to.be.at.least(MAX_INDEX_TERMS - 100);
    // The first items are fully indexed; words first seen past the cap are not.
    // (Other hits may come from typo tolerance: only which item is found matters.)
    expect(titles(index, words[1], 50)).to.include(words[0]);
    expect(titles(index, words[99_900], 50)).to.not.include(words[99_900]);
  });

  it('indexes the first words of a long field only', async () => {
    const filler = chWords(MAX_FIELD_TERMS.summary + 50, 7);
    const index = await buildSearchIndex([
      article('Premier', ['xylophone', ...filler].join(' ')),
      article('Second', [...filler.slice(0, MAX_FIELD_TERMS.summary - 1), 'ornithorynque', 'zygomatique', ...filler].join(' ')),
    ]);
    expect(titles(index, 'xylophone')).to.deep.equal(['Premier']);
    expect(titles(index, 'ornithorynque')).to.deep.equal(['Second']); // the last word indexed
    expect(titles(index, 'zygomatique')).to.deep.equal([]); // the first one past the cap
    expect(index.termCount).to.be.at.most(MAX_FIELD_TERMS.summary + 3);
  });

  it('expands a typed prefix to a bounded number of terms, shortest first, and still answers', async () => {
    const words = chWords(3000, 3);
    // "chat", the only four-letter completion, comes last: a walk in insertion order would miss it.
    const items = [...words.map((word) => article(word)), article('chat')];
    const index = await buildSearchIndex(items);
    const hits = index.search('ch', { limit: 5000 });
    expect(hits.length).to.be.greaterThan(0);
    expect(hits.length).to.be.at.most(MAX_PREFIX_TERMS);
    expect(new Set(hits.flatMap((hit) => hit.terms)).size).to.be.at.most(MAX_PREFIX_TERMS);
    expect(hits.map((hit) => hit.item.title)).to.include('chat');
    // Every completion taken is no longer than any left out.
    const taken = new Set(hits.map((hit) => hit.item.title));
    const longestTaken = Math.max(...[...taken].map((w) => w.length));
    const shortestLeft = Math.min(...words.filter((w) => !taken.has(w)).map((w) => w.length));
    expect(longestTaken).to.be.at.most(shortestLeft);
    // A longer prefix with few completions is matched in full, as before.
    const some = words.filter((w) => w.startsWith(words[0].slice(0, 4)));
    expect(index.search(words[0].slice(0, 4), { limit: 5000 })).to.have.length(some.length);
  });
});
