// `roseup-feed build` and `roseup-feed validate`, run as a user runs them (the compiled bin, in a
// child process), on the corpus in test/fixtures/static-feed-corpus/ (a JSON Feed with 31
// articles in 3 categories plus an item without id; NDJSON events, past, in progress and
// upcoming, plus one without a start). Needs the CLI compiled (npm run build; compiled here
// when missing).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const BIN = join(root, 'dist/npm/cli/bin.js');
const CORPUS = join(root, 'test/fixtures/static-feed-corpus');
const MAGAZINE = join(CORPUS, 'magazine.json');
const AGENDA = join(CORPUS, 'agenda.ndjson');
const BASE = 'https://cdn.example.org/roseup/';
const NOW = '2026-01-15T12:00:00Z';

let scratch;
let itemKey;
let categoryKey;

before(async () => {
  if (!existsSync(BIN)) execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.cli.json'], { cwd: root });
  ({ itemKey, categoryKey } = await import(join(root, 'dist/npm/data/item-key.js')));
  scratch = mkdtempSync(join(tmpdir(), 'roseup-feed-cli-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const build = (out, corpus = [MAGAZINE, AGENDA], extra = []) => run('build', ...corpus, '--out', out, '--base-url', BASE, '--now', NOW, ...extra);
const read = (out, path) => JSON.parse(readFileSync(join(out, path), 'utf8'));
/** The output path of one of its URLs. */
const pathOf = (url) => {
  assert.ok(url.startsWith(BASE), `${url} is under the base URL`);
  return url.slice(BASE.length);
};

/** Every file under `dir` (relative paths), with its inode and modification time. */
function snapshot(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const { ino, mtimeMs } = statSync(path);
    files.set(path.slice(dir.length + 1), { ino, mtimeMs, content: readFileSync(path, 'utf8') });
  }
  return files;
}

const corpusArticles = () =>
  JSON.parse(readFileSync(MAGAZINE, 'utf8')).items.filter((item) => item.id && item._roseup?.kind === 'article');

describe('roseup-feed build: the tree', () => {
  let out;
  let result;
  before(() => {
    out = join(scratch, 'tree');
    result = build(out);
  });

  it('exits 0, reports what it skipped and why, and prints a summary', () => {
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /magazine\.json#7: item has no id/);
    assert.match(result.stderr, /agenda\.ndjson:4 \(https:\/\/magazine\.example\/agenda\/sans-date\/\): event has no valid start date/);
    assert.match(result.stdout, /31 articles, 6 events \(4 upcoming\), 2 skipped/);
    assert.match(result.stdout, /written \d+, unchanged 0, removed 0/);
  });

  it('writes feed.json: the newest 12 articles, summaries only, the _roseup links, next_url to the newest archive page', () => {
    const feed = read(out, 'feed.json');
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.feed_url, `${BASE}feed.json`);
    assert.equal(feed.home_page_url, 'https://magazine.example/');
    assert.equal(feed.language, 'fr-FR');
    const ext = feed._roseup;
    assert.equal(ext.schema, 1);
    assert.equal(ext.search_url, 'https://www.rose-up.fr/recherche/');
    assert.equal(ext.agenda_url, 'https://magazine.example/agenda/');
    assert.deepEqual(ext.suggestions, [{ label: 'Immunothérapie', query: 'immunothérapie' }]);
    assert.equal(ext.item_url, `${BASE}items/{key}.json`);
    assert.equal(ext.events_url, `${BASE}events.json`);
    assert.equal(ext.category_url, `${BASE}categories/{category}.json`);
    assert.match(ext.search_index_url, /\/search\/index\.[0-9a-f]{10}\.json$/);
    assert.ok(existsSync(join(out, pathOf(ext.search_index_url))));

    const newest = corpusArticles()
      .sort((a, b) => b.date_published.localeCompare(a.date_published))
      .slice(0, 12)
      .map((item) => item.id);
    assert.deepEqual(feed.items.map((item) => item.id), newest);
    for (const item of feed.items) {
      assert.equal(item.content_text, undefined);
      assert.equal(item.content_html, undefined);
      assert.equal(item._roseup.kind, 'article');
    }
    assert.equal(feed.next_url, `${BASE}pages/3.json`);
  });

  it('resolves relative URLs against the corpus feed_url and reads content_html as text', () => {
    // The corpus's feed_url is absolute: relative URLs resolve against it, not --base-url.
    const [item] = read(out, `items/${itemKey('relative/31/')}.json`).items;
    assert.equal(item.url, 'https://magazine.example/articles/31/');
    assert.equal(item.content_text, 'Du HTML écrit.');
    assert.equal(item.title, 'Un article sans titre, dont le titre vient du résumé.');
  });

  it('pages the archive from the oldest: page 1 holds the oldest articles, each page links to the one before', () => {
    const ids = [];
    for (let n = 3; n >= 1; n--) {
      const page = read(out, `pages/${n}.json`);
      assert.equal(page.feed_url, `${BASE}pages/${n}.json`);
      assert.equal(page.next_url, n > 1 ? `${BASE}pages/${n - 1}.json` : undefined);
      for (const item of page.items) assert.equal(item.content_text, undefined);
      ids.push(...page.items.map((item) => item.id));
    }
    assert.ok(!existsSync(join(out, 'pages/4.json')));
    assert.equal(ids.length, 31);
    assert.equal(new Set(ids).size, 31);
    const page1 = read(out, 'pages/1.json').items;
    assert.equal(page1.length, 12);
    const oldest12 = corpusArticles()
      .sort((a, b) => a.date_published.localeCompare(b.date_published))
      .slice(0, 12)
      .map((item) => item.id)
      .sort();
    assert.deepEqual(page1.map((item) => item.id).sort(), oldest12);
  });

  it('writes one document per item, with the full text', () => {
    const items = [...corpusArticles(), ...readFileSync(AGENDA, 'utf8').trim().split('\n').map((line) => JSON.parse(line))];
    for (const source of items) {
      if (source.title === 'Atelier sans date') continue;
      const doc = read(out, `items/${itemKey(source.id)}.json`);
      const item = doc.items.find((candidate) => candidate.id === source.id);
      assert.ok(item, source.id);
      if (source.title) assert.equal(item.title, source.title);
      if (source.content_text) assert.equal(item.content_text, source.content_text);
    }
    assert.ok(!existsSync(join(out, 'items', `${itemKey('https://magazine.example/agenda/sans-date/')}.json`)));
    assert.equal(readdirSync(join(out, 'items')).length, 31 + 6);
  });

  it('lists upcoming events only, soonest first (in progress included, past dropped)', () => {
    const events = read(out, 'events.json');
    assert.deepEqual(
      events.items.map((item) => item.title),
      ['Stage de trois jours (en cours)', 'Yoga doux', 'Atelier de sophrologie', 'Conférence sur l’immunothérapie'],
    );
    assert.equal(events.next_url, undefined);
    for (const item of events.items) {
      assert.equal(item._roseup.kind, 'event');
      assert.equal(item.content_text, undefined);
    }
  });

  it('writes category pages: the newest articles, then an archive from the oldest; odd ids get a safe file name', () => {
    const articles = corpusArticles();
    const categories = new Map(articles.map((item) => [item._roseup.category.id, item._roseup.category]));
    assert.equal(categories.size, 3);
    for (const id of categories.keys()) {
      const key = categoryKey(id);
      assert.match(key, /^[a-z0-9_-]+$/);
      const first = read(out, `categories/${key}.json`);
      const expected = articles.filter((item) => item._roseup.category.id === id).length;
      const ids = [...first.items.map((item) => item.id)];
      assert.ok(first.items.length <= 12);
      for (const item of first.items) assert.equal(item._roseup.category.id, id);
      // Follow the category's archive to its end.
      let next = first.next_url;
      const seen = new Set();
      while (next) {
        const page = read(out, pathOf(next));
        page.items.forEach((item) => seen.add(item.id));
        next = page.next_url;
      }
      assert.equal(seen.size, expected, id);
      for (const item of ids) assert.ok(seen.has(item));
    }
    assert.ok(existsSync(join(out, `categories/${categoryKey('Vie & proches')}.json`)));
    assert.match(categoryKey('Vie & proches'), /^_[0-9a-f]{16}$/);
  });

  it('writes a content-hashed search index: each shard named by the hash of its content', async () => {
    const { createHash } = await import('node:crypto');
    const manifestPath = pathOf(read(out, 'feed.json')._roseup.search_index_url);
    const manifest = read(out, manifestPath);
    assert.equal(manifest.version, 1);
    assert.equal(manifest.documents, 31 + 4);
    for (const [key, file] of Object.entries(manifest.shards)) {
      const content = readFileSync(join(out, 'search', file), 'utf8');
      assert.equal(file.split('.').at(-2), createHash('sha256').update(content).digest('hex').slice(0, 10));
      assert.equal(JSON.parse(content).key, key);
    }
  });

  it('is deterministic: the same corpus gives the same bytes', () => {
    const again = join(scratch, 'tree-again');
    assert.equal(build(again).status, 0);
    const a = snapshot(out);
    const b = snapshot(again);
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [path, { content }] of a) assert.equal(b.get(path).content, content, path);
  });
});

describe('roseup-feed build: incremental', () => {
  it('rewrites only the files whose content changed, keeps the others untouched, deletes the unreferenced', () => {
    const out = join(scratch, 'incremental');
    const corpusFile = join(scratch, 'incremental-magazine.json');
    const corpus = JSON.parse(readFileSync(MAGAZINE, 'utf8'));
    writeFileSync(corpusFile, JSON.stringify(corpus));
    assert.equal(build(out, [corpusFile, AGENDA]).status, 0);
    const before = snapshot(out);

    // Nothing changed: nothing written.
    const same = build(out, [corpusFile, AGENDA]);
    assert.match(same.stdout, /written 0, unchanged \d+, removed 0/);
    const unchanged = snapshot(out);
    for (const [path, file] of before) {
      assert.equal(unchanged.get(path).ino, file.ino, path);
      assert.equal(unchanged.get(path).mtimeMs, file.mtimeMs, path);
    }

    // The oldest article gets a new title.
    const oldest = corpus.items.filter((item) => item.id).sort((a, b) => a.date_published.localeCompare(b.date_published))[0];
    oldest.title = 'Un titre tout neuf : xylophone';
    writeFileSync(corpusFile, JSON.stringify(corpus));
    const rebuilt = build(out, [corpusFile, AGENDA]);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    const after = snapshot(out);
    const changed = [...after.keys()].filter((path) => before.get(path)?.ino !== after.get(path).ino).sort();
    const removed = [...before.keys()].filter((path) => !after.has(path));
    const category = categoryKey(oldest._roseup.category.id);
    // Outside the content-hashed search folder, exactly these: the item, its archive page, its
    // category's oldest page (and first page, when the category has no more than 12 articles),
    // and feed.json (which names the new search manifest).
    const inCategory = corpusArticles().filter((item) => item._roseup.category.id === oldest._roseup.category.id).length;
    const expected = [`categories/${category}/1.json`, 'feed.json', `items/${itemKey(oldest.id)}.json`, 'pages/1.json'];
    if (inCategory <= 12) expected.push(`categories/${category}.json`);
    assert.deepEqual(
      changed.filter((path) => !path.startsWith('search/') && path !== '.roseup-feed-state.json'),
      expected.sort(),
    );
    assert.ok(changed.some((path) => /^search\/xylophon\./.test(path)), 'the new word has its shard');
    assert.ok(removed.length > 0 && removed.every((path) => path.startsWith('search/')), removed.join());
    assert.ok(changed.filter((path) => path.startsWith('search/')).length < 12, 'only a few shards change');
    for (const path of after.keys()) {
      if (!changed.includes(path)) assert.equal(after.get(path).mtimeMs, before.get(path).mtimeMs, path);
    }
    const m = /written (\d+), unchanged (\d+), removed (\d+)/.exec(rebuilt.stdout);
    assert.equal(Number(m[1]), changed.length - 1); // the state file is not counted
    assert.equal(Number(m[3]), removed.length);
    assert.deepEqual(readdirSync(scratch).filter((name) => name.includes('staging')), []);
  });

  it('refuses to replace a folder it did not write', () => {
    const out = join(scratch, 'foreign');
    mkdirSync(out);
    writeFileSync(join(out, 'precious.txt'), 'keep me');
    const result = build(out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not empty and was not written by roseup-feed build/);
    assert.equal(readFileSync(join(out, 'precious.txt'), 'utf8'), 'keep me');
  });
});

describe('roseup-feed build: a malformed corpus writes nothing', () => {
  const cases = [
    ['a file that is not JSON', 'broken.json', '{"version": "https://jsonfeed.org/version/1.1", "items": [', /broken\.json: not valid JSON/],
    ['JSON that is not a feed', 'not-a-feed.json', '{"hello": "world"}', /not-a-feed\.json: Not a JSON Feed: version is missing/],
    [
      'an NDJSON file with a bad line',
      'items.ndjson',
      `${JSON.stringify({ id: 'a', title: 'A' })}\n\n${JSON.stringify({ id: 'b', title: 'B' })}\n{"id": "c", "title": \n`,
      /items\.ndjson:4: not valid JSON/,
    ],
    ['an NDJSON line that is not an object', 'array.ndjson', '[1, 2]\n', /array\.ndjson:1: not a JSON Feed item/],
  ];
  for (const [what, name, content, message] of cases) {
    it(`${what}: exit 1, a message naming the file, and nothing written`, () => {
      const dir = mkdtempSync(join(scratch, 'bad-'));
      const file = join(dir, name);
      writeFileSync(file, content);
      const out = join(dir, 'out');
      const result = build(out, [MAGAZINE, file]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Nothing was written/);
      assert.ok(!existsSync(out));
      assert.deepEqual(readdirSync(dir), [name]);
    });
  }

  it('an unreadable or missing file: exit 1, and a previous build stays as it was', () => {
    const dir = mkdtempSync(join(scratch, 'unreadable-'));
    const out = join(dir, 'out');
    assert.equal(build(out).status, 0);
    const before = snapshot(out);
    const missing = build(out, [MAGAZINE, join(dir, 'nope.json')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nope\.json: cannot read the file \(ENOENT\)/);
    if (process.getuid?.() !== 0) {
      // (root reads any file: the permission case only means something for other users)
      const locked = join(dir, 'locked.json');
      writeFileSync(locked, '{}');
      chmodSync(locked, 0);
      const denied = build(out, [locked]);
      assert.equal(denied.status, 1);
      assert.match(denied.stderr, /locked\.json: cannot read the file \(EACCES\)/);
    }
    const after = snapshot(out);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [path, file] of before) assert.equal(after.get(path).mtimeMs, file.mtimeMs, path);
    assert.deepEqual(readdirSync(dir).sort(), ['out']);
  });

  it('a wrong command line: exit 1 with the usage', () => {
    const result = run('build', MAGAZINE, '--out', join(scratch, 'x'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--base-url is required/);
    assert.match(result.stderr, /Usage:/);
    assert.equal(run('frobnicate').status, 1);
  });
});

describe('roseup-feed validate', () => {
  it('accepts a built feed, its pages and item documents (exit 0, no error)', () => {
    const out = join(scratch, 'validate-tree');
    assert.equal(build(out).status, 0);
    for (const path of ['feed.json', 'events.json', 'pages/1.json', `items/${itemKey(corpusArticles()[0].id)}.json`]) {
      const result = run('validate', join(out, path));
      assert.equal(result.status, 0, `${path}: ${result.stderr}`);
      assert.match(result.stdout, /0 error\(s\), 0 warning\(s\)/);
    }
  });

  it('reads a feed from a URL', async () => {
    const { createServer } = await import('node:http');
    const { spawn } = await import('node:child_process');
    const out = join(scratch, 'validate-tree');
    const server = createServer((request, response) => {
      const file = join(out, request.url.slice(1));
      if (!request.url.includes('..') && existsSync(file)) {
        response.writeHead(200, { 'content-type': 'application/feed+json' }).end(readFileSync(file));
      } else {
        response.writeHead(404).end('absent');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}/`;
    // The child process must not block this one's event loop: the server answers it.
    const runAsync = (...args) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args]);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    try {
      const ok = await runAsync('validate', `${base}feed.json`);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /0 error\(s\)/);
      const missing = await runAsync('validate', `${base}nothing.json`);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /HTTP 404/);
    } finally {
      server.close();
    }
  });

  it('accepts plain JSON Feeds without the RoseUp links (third-party samples)', () => {
    const dir = join(root, 'test/fixtures/jsonfeed/examples');
    for (const name of readdirSync(dir)) {
      const result = run('validate', join(dir, name));
      assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    }
  });

  it('finds what the JSON Feed robustness corpus breaks, feed authors included (exit 1), and accepts its valid feeds', () => {
    // The elements read the feed's authors (JSON Feed 1.1 \`authors\`, 1.0 \`author\`) as every
    // item's that names none: the contract checks them as it checks an item's.
    const dir = join(root, 'test/fixtures/jsonfeed/robustness');
    for (const name of readdirSync(dir)) {
      const result = run('validate', join(dir, name));
      assert.equal(result.status, name.startsWith('invalid-') ? 1 : 0, `${name}: ${result.stdout}${result.stderr}`);
    }
    const file = join(scratch, 'bad-feed-authors.json');
    writeFileSync(file, JSON.stringify({ version: '1.1', title: 'Auteurs', author: 'Alice', authors: [{ name: 42 }], items: [{ id: 'a', title: 'A', author: [] }] }));
    const result = run('validate', file);
    assert.equal(result.status, 1);
    for (const pointer of ['/author', '/authors/0/name', '/items/0/author']) assert.match(result.stderr, new RegExp(`^error at "${pointer}": must be`, 'm'));
  });

  it('reports errors with their JSON pointer and rule, warnings for what the elements ignore; exit 1', () => {
    const file = join(scratch, 'invalid-feed.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Invalide',
        _roseup: { schema: 2, item_url: 'https://cdn.example/items/key.json', events_url: 'javascript:alert(1)' },
        items: [
          { id: 'a', title: 'Bon' },
          { id: 'b', title: 'Atelier', _roseup: { kind: 'event', event: { start: '2026-13-45T10:00:00Z', status: 'maybe' } } },
          { title: 'Sans id' },
        ],
      }),
    );
    const result = run('validate', file);
    assert.equal(result.status, 1);
    const lines = result.stderr.split('\n');
    const has = (pattern) => assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in:\n${result.stderr}`);
    has(/^error at "\/_roseup\/schema": .*\[const\]$/);
    has(/^error at "\/_roseup\/item_url": .*\[pattern\]$/);
    has(/^error at "\/_roseup\/events_url": .*\[not\]$/);
    has(/^error at "\/items\/1\/_roseup\/event\/start": must match format "date-time" \[format\]$/);
    has(/^error at "\/items\/1\/_roseup\/event\/status": must be equal to one of the allowed values.*"scheduled".*\[enum\]$/);
    has(/^error at "\/items\/2": must have required property 'id' \[required\]$/);
    has(/^warning at "\/items\/1": the elements skip this item: event has no valid start date$/);
    has(/^warning at "\/items\/2": the elements skip this item: item has no id$/);
    has(/^warning at "\/_roseup\/item_url": ignored by the elements/);
    has(/^warning at "\/_roseup\/events_url": ignored by the elements/);
    assert.match(result.stdout, /\d+ error\(s\), 4 warning\(s\)/);
  });

  it('refuses what the elements refuse: a feed over 5 MB, a feed nested more than 64 levels deep (exit 1)', () => {
    const feed = (extra) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Limites', items: [{ id: 'a', title: 'A', ...extra }] });
    const cases = [
      ['big.json', JSON.stringify(feed({ content_text: 'é'.repeat(2_600_000) })), /^error at "": the feed is larger than 5 MB: the elements refuse it/m],
      ['deep.json', JSON.stringify(feed({ _x: JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) })), /^error at "": the feed is nested more than 64 levels deep: the elements refuse it/m],
    ];
    for (const [name, text, message] of cases) {
      const file = join(scratch, name);
      writeFileSync(file, text);
      const result = run('validate', file);
      assert.equal(result.status, 1, `${name}: ${result.stdout}`);
      assert.match(result.stderr, message);
    }
  });

  it('exits 0 with warnings only, and 1 for a file that is not JSON or not there', () => {
    const file = join(scratch, 'warn-only.json');
    writeFileSync(file, JSON.stringify({ version: '1.1', items: [{ id: 'x', content_text: '' }] }));
    const warned = run('validate', file);
    assert.equal(warned.status, 0, warned.stderr);
    assert.match(warned.stderr, /warning at "\/items\/0": the elements skip this item: item has neither a title nor any text/);

    writeFileSync(join(scratch, 'garbage.json'), 'not json');
    const garbage = run('validate', join(scratch, 'garbage.json'));
    assert.equal(garbage.status, 1);
    assert.match(garbage.stderr, /garbage\.json: not valid JSON/);
    assert.equal(run('validate', join(scratch, 'absent.json')).status, 1);
  });
});
