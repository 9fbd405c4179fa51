/** Types for ./synthetic-corpus.mjs: corpora for `roseup-feed build` benchmarks and fixtures. */
import type { JsonFeed } from './sample-feed.mjs';
import type { SyntheticFeedOptions } from './synthetic-feed.mjs';

/** Words found only in the title of one of the oldest articles each. */
export declare const RARE_WORDS: readonly string[];

export interface SyntheticCorpus {
  feed: JsonFeed;
  /** Which rare word went into which article (fewer than RARE_WORDS for a tiny corpus). */
  rare: Array<{ word: string; id: string }>;
}

/** The synthetic feed plus a long tail of words, past and upcoming events, and rare words in old articles. */
export declare function buildSyntheticCorpus(options?: SyntheticFeedOptions): SyntheticCorpus;
