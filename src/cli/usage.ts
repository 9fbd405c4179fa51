/** Where the commands print (injected, so tests and the bin share the code). */
export interface Output {
  log(message: string): void;
  warn(message: string): void;
}

/** A wrong command line: the message, then the usage, and exit status 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  roseup-feed build <corpus…> --out <dir> --base-url <URL> [--now <RFC 3339 date-time>] [--max-shard-kb <n>]
      Builds a static feed tree from JSON Feed documents and/or NDJSON files (.ndjson, .jsonl:
      one item per line). --base-url is the public URL of <dir>. --now (default: the current
      time) decides which events are past. --max-shard-kb (default 24): search shards bigger
      than this, gzipped, are split into longer prefixes.
  roseup-feed validate <url-or-file>
      Checks a feed against RoseUp's contract; exit status 1 on errors.`;
