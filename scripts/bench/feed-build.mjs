// npm run bench:feed: `roseup-feed build` on synthetic corpora of 100, 5,000 and 50,000 articles
// (plus events, half of them past), then what a page pays: feed.json, one item document, and a
// search for a word found only in an old article (manifest + shards, gzip). Prints a table;
// asserts nothing. Needs `npm run build` (run first if dist/ is missing).
// Usage: node scripts/bench/feed-build.mjs [sizes…]   e.g. node scripts/bench/feed-build.mjs 100 5000
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSyntheticCorpus } from '../../sample/synthetic-corpus.mjs';

const root = new URL('../../', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/npm/cli/bin.js')) || !existsSync(join(root, 'dist/npm/data/sharded-search.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const { openShardedSearch } = await import(join(root, 'dist/npm/data/sharded-search.js'));
const { itemKey } = await import(join(root, 'dist/npm/data/item-key.js'));

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const BASE = 'https://cdn.example.org/roseup/';
const NOW = '2026-01-15T12:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'roseup-bench-feed-'));
const gz = (file) => gzipSync(readFileSync(file)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function build(corpus, out) {
  const started = process.hrtime.bigint();
  const stdout = execFileSync(process.execPath, [join(root, 'dist/npm/cli/bin.js'), 'build', corpus, '--out', out, '--base-url', BASE, '--now', NOW], { encoding: 'utf8' });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, stdout };
}

function countFiles(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return { files, bytes };
}

const rows = [];
try {
  for (const articles of sizes.length ? sizes : [100, 5000, 50000]) {
    const events = Math.min(400, Math.max(20, Math.round(articles / 50)));
    const { feed, rare } = buildSyntheticCorpus({ articles, events });
    const corpus = join(work, `corpus-${articles}.json`);
    writeFileSync(corpus, JSON.stringify(feed));
    const out = join(work, `out-${articles}`);
    const first = build(corpus, out);
    const tree = countFiles(out);
    const shardSizes = readdirSync(join(out, 'search'))
      .filter((name) => !name.startsWith('index.'))
      .map((name) => gz(join(out, 'search', name)));

    const entry = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    const oldest = rare[0];
    const itemDoc = join(out, 'items', `${itemKey(oldest.id)}.json`);

    // The rare-word query, through the client engine, reading the files as a CDN would serve them.
    const requests = [];
    const search = openShardedSearch(entry._roseup.search_index_url, {
      fetchText: async (url) => {
        const file = join(out, url.slice(BASE.length));
        requests.push(gz(file));
        return readFileSync(file, 'utf8');
      },
    });
    const started = process.hrtime.bigint();
    const hits = await search.search(oldest.word);
    const queryMs = Number(process.hrtime.bigint() - started) / 1e6;
    const found = hits[0]?.item.id === oldest.id;

    // Incremental: one article's title edited, then rebuilt.
    feed.items[Math.floor(articles / 2)].title += ' (mis à jour)';
    writeFileSync(corpus, JSON.stringify(feed));
    const second = build(corpus, out);
    const incremental = /written (\d+), unchanged (\d+), removed (\d+)/.exec(second.stdout);

    rows.push({
      articles,
      events,
      'build s': first.seconds.toFixed(1),
      'rebuild s': second.seconds.toFixed(1),
      'rebuild written/unchanged/removed': incremental ? incremental.slice(1).join('/') : '?',
      files: tree.files,
      'tree MB': (tree.bytes / 1e6).toFixed(1),
      'feed.json gz': kb(gz(join(out, 'feed.json'))),
      'item doc gz': kb(gz(itemDoc)),
      'events.json gz': kb(gz(join(out, 'events.json'))),
      [`"${oldest.word}" requests`]: requests.length,
      'query gz (manifest + shards)': `${kb(requests.reduce((a, b) => a + b, 0))} (${requests.map(kb).join(' + ')})`,
      'query ms (local)': queryMs.toFixed(1),
      'search shards, largest gz': `${shardSizes.length}, ${kb(Math.max(...shardSizes))}`,
      'found first': found,
    });
    rmSync(corpus);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const row of rows) {
  console.log(`\n${row.articles} articles`);
  for (const [key, value] of Object.entries(row)) if (key !== 'articles') console.log(`  ${key.padEnd(36)} ${value}`);
}
