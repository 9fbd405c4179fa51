// Rebuilds test/fixtures/static-feed/ (committed) from test/fixtures/static-feed-corpus/ with the
// roseup-feed command, for the browser tests of the sharded search (src/data/sharded-search.test.ts),
// which fetch it over HTTP from the test server. Shards are kept tiny (--max-shard-kb 0.5) so
// that the fixture has split keys and prefix summaries, as a big corpus does.
// Run after changing the corpus or the index format: npm run build && node scripts/build-static-feed-fixture.mjs
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const out = join(root, 'test/fixtures/static-feed');
rmSync(out, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'dist/npm/cli/bin.js'),
    'build',
    join(root, 'test/fixtures/static-feed-corpus/magazine.json'),
    join(root, 'test/fixtures/static-feed-corpus/agenda.ndjson'),
    '--out',
    out,
    '--base-url',
    'https://static-feed.example/roseup/',
    '--now',
    '2026-01-15T12:00:00Z',
    '--max-shard-kb',
    '0.5',
  ],
  { stdio: 'inherit' },
);
