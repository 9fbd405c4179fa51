// npm run bench:network: how soon a partner page shows a RoseUp card on an emulated phone
// (150 ms latency, 1.6 Mbit/s, CPU slowed 4×), against two peers:
// - the floor: a ~1 KB gzip hand-written script (scripts/bench/floor.js) that fetches the same
//   feed and renders the same card;
// - an iframe peer: the partner page embeds a tiny server-rendered card page in an iframe;
// - RoseUp, one card; and RoseUp on a home page (search, card, article list, event list).
// Pages load alternately, each in a fresh browser context (empty cache and storage), RUNS times
// (default 7), each round in an order rotated by one; the table gives medians. Everything is served gzip-compressed, as a CDN would.
//
// Options (environment): RUNS=5; DISTS=dist,.tmp/dist-before to compare builds in one run (each
// gets its own RoseUp rows); WIDTH=390.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSampleFeed } from '../../sample/sample-feed.mjs';
import { launchBrowser } from '../../test/e2e/harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 7);
const WIDTH = Number(process.env.WIDTH ?? 390);
const DISTS = (process.env.DISTS ?? 'dist').split(',').map((d) => d.trim()).filter(Boolean);
const ARTICLE = 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

// ------------------------------------------------------------------------------------------
// Pages: the same partner page around each embed.

const PARTNER_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222}header{background:#40204a;color:#fff;padding:1rem}
main{max-width:70rem;margin:0 auto;padding:1rem}.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
footer{padding:2rem 1rem;background:#eee}`;
const TEXT =
  '<p>Pendant et après un cancer, le service d’oncologie vous accompagne au-delà des traitements : soins de support, ' +
  'ateliers, consultations d’annonce et groupes de parole, sur place ou à distance.</p>';
const page = ({ head = '', body }) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Centre hospitalier des Tilleuls</title>
<link rel="icon" href="data:,"><meta name="roseup:feed" content="/demo/feed.json"><style>${PARTNER_CSS}</style>${head}</head>
<body><header><strong>Centre hospitalier des Tilleuls</strong> · Oncologie · Ateliers · Contact</header>
<main><h1>Soins de support en oncologie</h1>${TEXT}${body}${TEXT}${TEXT}</main><footer>Centre hospitalier des Tilleuls, 1 rue des Tilleuls</footer></body></html>`;

const FLOOR_CSS = `#card{border:1px solid #ccc;border-radius:.5rem;overflow:hidden;min-height:30em}#card .m{aspect-ratio:16/9;position:relative}
#card img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}#card .b{padding:1rem}#card .l{font-size:.8em;text-transform:uppercase;color:#a3134f}
#card h3{font-size:1.25em;margin:.25em 0}#card a{color:inherit}#card .s,#card .t{color:#555}`;

/**
 * The embed as the README recommends it: the one script tag, and the reservation inline when the
 * build has one (dist/roseup-inline.css; older builds recommended a render-blocking roseup.css,
 * left out here: they get the one tag alone).
 */
const reservation = (dist) => {
  const file = join(root, DISTS[Number(dist.slice(1))], 'roseup-inline.css');
  return existsSync(file) ? `<style>${readFileSync(file, 'utf8')}</style>` : '';
};

const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function peerCard(feed) {
  const item = feed.items.find((i) => i.id === ARTICLE);
  const x = item._roseup;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>body{margin:0;font:16px/1.5 system-ui,sans-serif}${FLOOR_CSS}</style></head>
<body><article id="card"><div class="m"><img src="${esc(new URL(item.image, feed.feed_url))}" alt=""></div><div class="b">
<p class="l">${esc(x.category.label)} ${esc(x.format.label)}</p><h3><a href="${esc(item.url)}" target="_top">${esc(item.title)}</a></h3>
<p class="s">${esc(item.summary)}</p><p class="t">Publié le 29 janvier 2026 · ${x.reading_minutes} min de lecture</p></div></article></body></html>`;
}

const PAGES = {
  floor: () =>
    page({
      head: `<style>${FLOOR_CSS}</style><script type="module" src="/floor.js"></script>`,
      body: `<div class="grid"><div id="card" data-id="${ARTICLE}"></div></div>`,
    }),
  iframe: () =>
    page({ body: `<div class="grid"><iframe src="/peer/card.html" title="Article RoseUp" style="width:100%;height:30em;border:0"></iframe></div>` }),
  card: (dist) =>
    page({
      head: `${reservation(dist)}<script type="module" src="/${dist}/roseup.js"></script>`,
      body: `<div class="grid"><roseup-article-card article-id="${ARTICLE}"></roseup-article-card></div>`,
    }),
  home: (dist) =>
    page({
      head: `${reservation(dist)}<script type="module" src="/${dist}/roseup.js"></script>`,
      body:
        `<h2>Chercher</h2><roseup-search></roseup-search><h2>À lire</h2><div class="grid"><roseup-article-card article-id="${ARTICLE}"></roseup-article-card></div>` +
        `<roseup-article-list heading="L’actu RoseUp" heading-level="2" limit="3"></roseup-article-list>` +
        `<h2>Ateliers</h2><roseup-event-list limit="3"></roseup-event-list>`,
    }),
};

// ------------------------------------------------------------------------------------------
// Server: gzip, no-cache, like a CDN in front of a partner.

function startBenchServer() {
  let feed;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const send = (type, body) => {
      const gz = gzipSync(body);
      res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' });
      res.end(gz);
    };
    try {
      const path = url.pathname;
      feed ??= buildSampleFeed({ now: new Date(), feedUrl: new URL('/demo/feed.json', url).href });
      if (path === '/demo/feed.json') return send('application/feed+json', JSON.stringify(feed));
      if (path === '/floor.js') return send('text/javascript', await readFile(join(root, 'scripts/bench/floor.js')));
      if (path === '/peer/card.html') return send('text/html', peerCard(feed));
      const named = /^\/p\/(floor|iframe|card|home)(?:-(\d+))?\.html$/.exec(path);
      if (named) return send('text/html', PAGES[named[1]](`d${named[2] ?? 0}`));
      const dist = /^\/d(\d+)\/(.+)$/.exec(path);
      const file = dist ? normalize(join(root, DISTS[Number(dist[1])], dist[2])) : path.startsWith('/demo/images/') ? normalize(join(root, path)) : undefined;
      if (!file || !file.startsWith(root)) return res.writeHead(404).end();
      return send(TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

// ------------------------------------------------------------------------------------------
// One load under emulation.

/** Installed before any page script: the card's title painted, shifts (all of them), long tasks. */
function observe() {
  if (window !== window.top) return;
  const m = (window.__m = { shift: 0, longest: 0, title: undefined });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (m.shift += e.value))).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (m.longest = Math.max(m.longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  const title = () =>
    document.querySelector('#card h3 a') ??
    document.querySelector('iframe')?.contentDocument?.querySelector('h3 a') ??
    document.querySelector('roseup-article-card')?.shadowRoot?.querySelector('[part="title"] a');
  // The frame after the one in which the title is first in the DOM: it has been painted.
  const poll = () => (title()?.textContent ? requestAnimationFrame(() => (m.title = performance.now())) : requestAnimationFrame(poll));
  requestAnimationFrame(poll);
}

async function load(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: WIDTH, height: 844 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await tab.evaluateOnNewDocument(observe);
  await tab.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  await tab.waitForFunction(() => window.__m?.title !== undefined, { timeout: 60_000, polling: 100 });
  // What loads after the card (its bookmark button, stored copies, images) counts too.
  await tab.waitForNetworkIdle({ idleTime: 800, timeout: 30_000 }).catch(() => undefined);
  const m = await tab.evaluate(() => ({
    ...window.__m,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    waterfall: performance.getEntriesByType('resource').map((e) => `${e.startTime.toFixed(0).padStart(5)} → ${e.responseEnd.toFixed(0).padStart(5)}  ${new URL(e.name).pathname}`),
  }));
  if (process.env.WATERFALL) console.log(`\n${path}: title ${m.title.toFixed(0)} ms, first paint ${m.fcp.toFixed(0)} ms\n  ${m.waterfall.join('\n  ')}`);
  await context.close();
  return { ...m, bytes, requests };
}

// ------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startBenchServer();
if (process.env.SERVE_ONLY) {
  // For a look with a profiler or DevTools: the pages are /p/floor.html, /p/iframe.html, /p/card-0.html, /p/home-0.html.
  console.log(server.origin);
  await new Promise(() => undefined);
}
const browser = await launchBrowser();
const rows = [
  { label: 'floor (hand-written script)', path: '/p/floor.html' },
  { label: 'iframe peer', path: '/p/iframe.html' },
  ...DISTS.flatMap((dist, i) => [
    { label: `RoseUp, one card${DISTS.length > 1 ? ` [${dist}]` : ''}`, path: `/p/card-${i}.html` },
    { label: `RoseUp, home page${DISTS.length > 1 ? ` [${dist}]` : ''}`, path: `/p/home-${i}.html` },
  ]),
];
const watchdog = setTimeout(() => {
  console.error('network benchmark timed out');
  process.exit(2);
}, 20 * 60_000);
try {
  for (const row of rows) row.runs = [];
  await load(browser, server.origin, rows[0].path); // warm the browser and the server
  for (let run = 0; run < RUNS; run++) {
    // Each round starts one row further on: a page loaded right after another kind of page ran
    // 30-45 ms slower in a fixed order (one card after the iframe peer, whichever build it was).
    for (let i = 0; i < rows.length; i++) {
      const row = rows[(run + i) % rows.length];
      row.runs.push(await load(browser, server.origin, row.path));
    }
    process.stderr.write(`\r  load round ${run + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
  const med = (row, key) => median(row.runs.map((r) => r[key]));
  const floor = med(rows[0], 'title');
  console.log(`\nNetwork benchmark: ${WIDTH} px, 150 ms latency, 1.6 Mbit/s, CPU ×4, medians of ${RUNS} alternating loads (Chromium ${await browser.version()})`);
  const head = ['page', 'KB', 'requests', 'title painted', 'vs floor', 'first paint', 'layout shift', 'longest task'];
  const table = rows.map((row) => [
    row.label,
    (med(row, 'bytes') / 1024).toFixed(1),
    String(med(row, 'requests')),
    `${med(row, 'title').toFixed(0)} ms`,
    `${(med(row, 'title') / floor).toFixed(2)}×`,
    `${med(row, 'fcp').toFixed(0)} ms`,
    med(row, 'shift').toFixed(4),
    `${med(row, 'longest').toFixed(0)} ms`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of table) console.log(line(r));
  console.log('\nKB: bytes on the wire (gzip) until the network is idle; title painted: the frame after the card title is in the DOM; longest task: 0 when none over 50 ms.');
} finally {
  clearTimeout(watchdog);
  await browser.close();
  server.close();
}
