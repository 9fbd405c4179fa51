// npm run bench:scale: what a partner page pays as RoseUp's corpus grows. Corpora of 100, 5,000
// and 50,000 articles (plus events) are published with `roseup-feed build` and served gzip on
// loopback, beside today's single-document feed of the same corpus; Chromium loads each page
// under an emulated phone (150 ms latency, 1.6 Mbit/s down, CPU x4), in fresh profiles:
//   - a one-card page (an old article): feed bytes, requests, time to the card's title;
//   - a search for a word found only in an old article: index requests and bytes, time to results;
//   - a saved-bookmarks list of 20 old articles: requests and bytes, time until all are shown.
// Prints a table; asserts nothing. Usage: node scripts/bench/scale.mjs [sizes…] (RUNS=3 by default)
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSyntheticCorpus } from '../../sample/synthetic-corpus.mjs';
import { launchBrowser } from '../../test/e2e/harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/npm/cli/bin.js')) || !existsSync(join(root, 'dist/roseup.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.RUNS ?? 3);
const NOW = new Date().toISOString();
const work = mkdtempSync(join(tmpdir(), 'roseup-bench-scale-'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- a static server: dist/, each corpus's tree under /s/<size>/, gzip, CORS, no caching ----
const trees = new Map(); // size -> { dir, whole }
const gzipped = new Map();
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

function page(feed, body, bookmarks) {
  const preset = bookmarks
    ? `<script>localStorage.setItem('roseup:bookmarks:v1', ${JSON.stringify(JSON.stringify(bookmarks))});</script>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="roseup:feed" content="${feed}">${preset}
<script type="module" src="/dist/roseup.js"></script><title>Partenaire</title></head>
<body><main><h1>Un partenaire</h1>${body}</main></body></html>`;
}
const pages = new Map();

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file;
  let body;
  if (pages.has(url.pathname)) body = Buffer.from(pages.get(url.pathname));
  else if (url.pathname.startsWith('/dist/')) file = join(root, normalize(url.pathname));
  else {
    const match = /^\/s\/(\d+)\/(.*)$/.exec(url.pathname);
    const tree = match && trees.get(Number(match[1]));
    if (tree) file = match[2] === 'whole.json' ? tree.whole : join(tree.dir, normalize(match[2]));
  }
  if (!body && (!file || file.split(sep).includes('..') || !existsSync(file))) {
    res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('Not found');
    return;
  }
  const key = file ?? url.pathname;
  let gz = gzipped.get(key);
  if (!gz) {
    gz = gzipSync(body ?? readFileSync(file));
    gzipped.set(key, gz);
  }
  res.writeHead(200, {
    'Content-Type': file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/html; charset=utf-8',
    'Content-Encoding': 'gzip',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  res.end(gz);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchBrowser();
const watchdog = setTimeout(() => {
  console.error('scale benchmark timed out');
  process.exit(2);
}, 45 * 60_000);

/**
 * Loads `path` in a fresh profile under the phone emulation, runs `act` (typing, say) and waits
 * for `done` (evaluated in the page, returns true). Returns the time `done` first held (ms from
 * navigation start, as the page measured it), and the bytes and requests under /s/.
 */
async function measure(path, done, act) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const urls = new Map();
  const feed = { bytes: 0, requests: 0, index: 0, indexBytes: 0 };
  // Requests are counted when sent (a response still arriving counts too), bytes when received.
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    if (!e.request.url.startsWith(`${origin}/s/`)) return;
    feed.requests++;
    if (e.request.url.includes('/search/')) feed.index++;
  });
  // Bytes as they arrive (dataReceived), replaced by the total when the response ends
  // (loadingFinished): a large body's last events may come after the page is done and closed.
  const received = new Map();
  const count = (id, bytes, total) => {
    if (!(urls.get(id) ?? '').startsWith(`${origin}/s/`)) return;
    received.set(id, total ? bytes : (received.get(id) ?? 0) + bytes);
  };
  cdp.on('Network.dataReceived', (e) => count(e.requestId, e.encodedDataLength, false));
  cdp.on('Network.loadingFinished', (e) => count(e.requestId, e.encodedDataLength, true));
  await page.evaluateOnNewDocument((check) => {
    const test = new Function(`return (${check})()`);
    // An element that gave up (its alert is shown) will not get there: stop waiting.
    const failed = () =>
      [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('roseup-') && el.shadowRoot?.querySelector('[role="alert"]'));
    const poll = () => {
      try {
        if (test()) return void (window.__doneAt = performance.now());
        if (failed()) return void (window.__doneAt = NaN);
      } catch {
        // not there yet
      }
      setTimeout(poll, 10);
    };
    poll();
  }, done.toString());
  let at = NaN;
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    if (act) await act(page);
    await page.waitForFunction(() => window.__doneAt !== undefined, { timeout: 60_000, polling: 50 });
    at = await page.evaluate(() => window.__doneAt ?? NaN);
  } catch (error) {
    console.error(`  ${path}: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  for (const [id, bytes] of received) {
    feed.bytes += bytes;
    if (urls.get(id).includes('/search/')) feed.indexBytes += bytes;
  }
  return { at, ...feed };
}

async function scenario(path, done, act) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(path, done, act));
  const pick = (k) => median(runs.map((r) => r[k]));
  return { ms: pick('at'), bytes: pick('bytes'), requests: pick('requests'), index: pick('index'), indexBytes: pick('indexBytes') };
}

const cardTitle = () => {
  const card = document.querySelector('roseup-article-card');
  const title = card?.shadowRoot?.querySelector('[part~="title"]');
  return !!title && title.textContent.trim().length > 0;
};
const searchResults = () => {
  const search = document.querySelector('roseup-search');
  return [...(search?.shadowRoot?.querySelectorAll('[role="option"].result') ?? [])].some((o) => /x[ée]rostomie/i.test(o.textContent));
};
const twentyCards = () => document.querySelector('roseup-bookmark-list')?.shadowRoot?.querySelectorAll('roseup-article-card').length === 20;
const typeRareWord = async (page) => {
  await page.waitForFunction(() => !!document.querySelector('roseup-search')?.shadowRoot?.querySelector('input'), { timeout: 60_000 });
  const input = await page.evaluateHandle(() => document.querySelector('roseup-search').shadowRoot.querySelector('input'));
  await input.focus();
  await page.evaluate(() => (window.__typedAt = performance.now()));
  await input.type('xérostomie', { delay: 60 });
};

const rows = [];
try {
  for (const articles of sizes.length ? sizes : [100, 5000, 50000]) {
    const events = Math.min(400, Math.max(20, Math.round(articles / 50)));
    const { feed, rare } = buildSyntheticCorpus({ articles, events });
    const whole = join(work, `whole-${articles}.json`);
    const base = `${origin}/s/${articles}/`;
    writeFileSync(whole, JSON.stringify({ ...feed, feed_url: `${base}whole.json`, next_url: undefined }));
    const dir = join(work, `out-${articles}`);
    execFileSync(process.execPath, [join(root, 'dist/npm/cli/bin.js'), 'build', whole, '--out', dir, '--base-url', base, '--now', NOW], { stdio: 'pipe' });
    trees.set(articles, { dir, whole });
    gzipped.clear();

    const oldId = rare[0].id;
    const oldest = feed.items.filter((i) => i._roseup?.kind === 'article').slice(-20);
    const bookmarks = { v: 1, items: oldest.map((i) => ({ id: i.id, title: i.title, url: i.url, savedAt: NOW })) };
    for (const [variant, feedUrl] of [
      ['static', `${base}feed.json`],
      ['one document', `${base}whole.json`],
    ]) {
      const tag = `${articles}-${variant === 'static' ? 's' : 'w'}`;
      pages.set(`/card-${tag}`, page(feedUrl, `<roseup-article-card article-id="${oldId}"></roseup-article-card>`));
      pages.set(`/search-${tag}`, page(feedUrl, '<roseup-search></roseup-search>'));
      pages.set(`/bookmarks-${tag}`, page(feedUrl, '<roseup-bookmark-list></roseup-bookmark-list>', bookmarks));
      const card = await scenario(`/card-${tag}`, cardTitle);
      const search = await scenario(`/search-${tag}`, searchResults, typeRareWord);
      const saved = await scenario(`/bookmarks-${tag}`, twentyCards);
      rows.push({ articles, variant, card, search, saved });
      console.error(`  ${articles} articles, ${variant}: done`);
    }
  }
} finally {
  clearTimeout(watchdog);
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'never (error shown)');
console.log(`\nScale benchmark (phone emulation: 150 ms, 1.6 Mbit/s, CPU x4; medians of ${RUNS}; bytes on the wire, gzip)\n`);
console.log('| articles | feed | one card: feed bytes, requests, title at | search "xérostomie": index requests, index bytes, all feed bytes, results at | 20 saved old articles: requests, bytes, shown at |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.articles.toLocaleString('en')} | ${r.variant} | ${kb(r.card.bytes)}, ${r.card.requests}, ${ms(r.card.ms)} | ${r.search.index}, ${kb(r.search.indexBytes)}, ${kb(r.search.bytes)}, ${ms(r.search.ms)} | ${r.saved.requests}, ${kb(r.saved.bytes)}, ${ms(r.saved.ms)} |`,
  );
}
const small = rows.find((r) => r.variant === 'static');
const large = [...rows].reverse().find((r) => r.variant === 'static');
if (small && large && small !== large) {
  console.log(
    `\nOne card, static feed: ${large.articles.toLocaleString('en')} vs ${small.articles.toLocaleString('en')} articles: title time x${(large.card.ms / small.card.ms).toFixed(2)}, feed bytes ${kb(small.card.bytes)} -> ${kb(large.card.bytes)}`,
  );
}
