/**
 * `roseup-feed build <corpus…> --out <dir> --base-url <URL> [--now <date>] [--max-shard-kb <n>]`: reads the corpus,
 * plans the static tree, writes what changed. Every check happens before the first write.
 */
import { parseDate } from '../data/dates.js';
import { readCorpus } from './corpus.js';
import { writeTree } from './output-tree.js';
import { planStaticFeed } from './static-feed.js';
import { UsageError, type Output } from './usage.js';

export interface BuildArguments {
  corpus: string[];
  out?: string;
  baseUrl?: string;
  now?: string;
  /** Split search shards bigger than this many KB gzip (default 24). */
  maxShardKb?: string;
}

/** The public URL of the output folder, always ending with "/". */
function checkBaseUrl(value: string | undefined): string {
  if (!value) throw new UsageError('--base-url is required (the public URL the output folder is served at)');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url must be an absolute URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--base-url must be http(s): ${value}`);
  if (url.search || url.hash) throw new UsageError(`--base-url must not have a query or a fragment: ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const MAX_REPORTED = 50;

export async function runBuild(args: BuildArguments, output: Output): Promise<number> {
  if (!args.corpus.length) throw new UsageError('build needs at least one corpus file');
  if (!args.out) throw new UsageError('--out is required');
  const baseUrl = checkBaseUrl(args.baseUrl);
  const now = args.now === undefined ? new Date() : parseDate(args.now);
  if (!now) throw new UsageError(`--now must be an RFC 3339 date-time with an offset: ${args.now}`);

  const maxShardKb = args.maxShardKb === undefined ? 24 : Number(args.maxShardKb);
  if (!(maxShardKb > 0)) throw new UsageError(`--max-shard-kb must be a positive number: ${args.maxShardKb}`);

  const started = Date.now();
  const corpus = readCorpus(args.corpus, baseUrl);
  for (const skip of corpus.skipped.slice(0, MAX_REPORTED)) {
    output.warn(`skipped ${skip.where}${skip.id ? ` (${skip.id})` : ''}: ${skip.reason}`);
  }
  if (corpus.skipped.length > MAX_REPORTED) output.warn(`… and ${corpus.skipped.length - MAX_REPORTED} more skipped items`);

  const plan = planStaticFeed(corpus.items, { baseUrl, now, feed: corpus.feed, search: { maxShardGzipBytes: Math.round(maxShardKb * 1000) } });
  const summary = await writeTree(args.out, plan.files);
  const c = plan.counts;
  output.log(
    `roseup-feed build: ${c.articles} articles, ${c.events} events (${c.upcomingEvents} upcoming), ${corpus.skipped.length} skipped\n` +
      `  ${plan.files.size} files: ${c.archivePages} archive pages, ${c.categories} categories, ${c.searchShards} search shards\n` +
      `  written ${summary.written.length}, unchanged ${summary.unchanged}, removed ${summary.removed.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}
