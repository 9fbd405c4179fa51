// A small static server for the demo partner page: serves the repository's files and the
// built-in sample feed (dates derived from today) at /demo/feed.json. No dependencies, so it also
// serves the page-level benchmark and the CSP and hostile-host test pages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES as TYPES } from './content-types.mjs';
import { buildSampleFeed } from '../sample/sample-feed.mjs';
import { buildSyntheticFeed } from '../sample/synthetic-feed.mjs';

const root = new URL('..', import.meta.url).pathname;


/** Headers for pages under demo/ that ask for them: the strict CSP a careful partner would use. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export function createDemoServer({ feedItems } = {}) {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (url.pathname === '/demo/feed.json') {
        const page = Number(url.searchParams.get('page') ?? '1') === 2 ? 2 : 1;
        const feedUrl = new URL('/demo/feed.json', url).href;
        const sample = buildSampleFeed({ now: new Date(), feedUrl, page });
        let feed = sample;
        if (feedItems) {
          // The benchmark's big feed: the sample's items (the demo page's card asks for one of
          // them), then synthetic ones up to `feedItems`.
          const extra = Math.max(0, feedItems - sample.items.length);
          const synthetic = buildSyntheticFeed({ articles: Math.round(extra * 0.8), events: Math.round(extra * 0.2), now: new Date(), feedUrl });
          feed = { ...synthetic, items: [...sample.items, ...synthetic.items] };
        }
        res.writeHead(200, {
          'Content-Type': 'application/feed+json; charset=utf-8',
          'Access-Control-Allow-Origin': '*',
          'Cache-Control': 'no-cache',
        });
        res.end(JSON.stringify(feed));
        return;
      }
      let path = decodeURIComponent(url.pathname);
      if (path === '/') {
        res.writeHead(302, { Location: '/demo/' });
        res.end();
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || file.includes(`${sep}node_modules${sep}`) || file.includes(`${sep}.git`)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (path.startsWith('/dist/')) headers['Access-Control-Allow-Origin'] = '*';
      if (path.includes('/strict-csp')) headers['Content-Security-Policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(await readFile(file));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  createDemoServer().listen(port, host, () => {
    console.log(`RoseUp Elements demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/`);
    console.log('Sample feed:          http://%s:%d/demo/feed.json', host, port);
  });
}
