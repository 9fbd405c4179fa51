// Corpora for `roseup-feed build` benchmarks and fixtures: the synthetic feed (synthetic-feed.mjs)
// at any size, plus what a real magazine has and the synthetic vocabulary lacks:
// - a long tail of words (a pseudo-word, built from French-looking syllables, in each summary),
//   so that the search index has a realistic number of terms and shards;
// - events around the build date, half of them already past (the build must drop those);
// - RARE_WORDS, each in the title of one of the OLDEST articles only, for the benchmark's
//   "a word found only in an old article" query.
// Same options, same corpus. Types: ./synthetic-corpus.d.mts.
import { buildSyntheticFeed, mulberry32 } from './synthetic-feed.mjs';

export const RARE_WORDS = ['xérostomie', 'onycholyse', 'dysgueusie', 'lymphangite', 'paronychie', 'hyperkératose'];

const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo'.split(' ');
const ENDINGS = ['lane', 'rine', 'tose', 'mique', 'logie', 'thèse', 'ment', 'tude', 'ville', 'court'];

/** A pseudo-word of three or four syllables and an ending: "bacolirine", "tumasoville". */
function pseudoWord(random) {
  let word = '';
  const count = 3 + Math.floor(random() * 2);
  for (let i = 0; i < count; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word + ENDINGS[Math.floor(random() * ENDINGS.length)];
}

export function buildSyntheticCorpus({ articles = 1000, events = 0, seed = 1, now = new Date('2026-01-15T12:00:00Z'), feedUrl } = {}) {
  const feed = buildSyntheticFeed({ articles, events: 0, seed, now, feedUrl });
  const random = mulberry32(seed + 7);
  // A vocabulary that grows with the corpus, as a real one does (about one new word per 4 articles).
  const vocabulary = Array.from({ length: Math.max(50, Math.ceil(articles / 4)) }, () => pseudoWord(random));
  for (const item of feed.items) {
    item.summary = `${item.summary} Avec ${vocabulary[Math.floor(random() * vocabulary.length)]}.`;
  }
  // The oldest articles are last (the feed is newest first): one rare word each.
  const rare = [];
  RARE_WORDS.forEach((word, i) => {
    const item = feed.items[articles - 1 - i * 3];
    if (!item) return;
    item.title = `${item.title} : la ${word}`;
    rare.push({ word, id: item.id });
  });
  if (events) {
    // Events from 30 days before `now` to 30 days after: about half are past at `now`.
    const before = new Date(now.getTime() - 30 * 86_400_000);
    feed.items.push(...buildSyntheticFeed({ articles: 0, events, seed: seed + 1, now: before, feedUrl }).items);
  }
  return { feed, rare };
}
