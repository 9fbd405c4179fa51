/** Types for ./synthetic-feed.mjs: large, deterministic feeds for tests and benchmarks. */

import type { JsonFeed } from './sample-feed.mjs';

export type { JsonFeed };

export interface SyntheticFeedOptions {
  /** Number of articles, newest first, all published before `now` (default 1000). */
  articles?: number;
  /** Number of events, all after the Paris day of `now`, cycling through statuses and attendance modes (default 0). */
  events?: number;
  /** Seed of the pseudo-random sequence (default 1). */
  seed?: number;
  /** Reference instant (default 2026-01-15T12:00:00Z). */
  now?: Date;
  /** The feed's URL; item and image URLs use its origin (default "https://example.org/feed.json"). */
  feedUrl?: string;
}

/** mulberry32 pseudo-random generator: returns a function giving floats in [0, 1). */
export declare function mulberry32(seed: number): () => number;

/** A synthetic feed; same options, same document. Articles come first, then events by start. */
export declare function buildSyntheticFeed(options?: SyntheticFeedOptions): JsonFeed;
