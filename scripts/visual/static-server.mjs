// A small static server for `storybook-static/` on a free loopback port, for the visual check
// (scripts/visual/visual.mjs) and the docs-page tests (test/stories/static-docs.test.mjs). No
// other network: the stories read the fixture feeds the build wrote under story-feeds/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES as TYPES } from '../content-types.mjs';
import { fileURLToPath } from 'node:url';

export const STATIC_DIR = fileURLToPath(new URL('../../storybook-static/', import.meta.url));


/**
 * Serves `root`; `overrides` maps a path (`/story-feeds/sample.json`) to the body served instead of
 * the file. Resolves to `{ origin, close }`.
 */
export async function serveStatic(root = STATIC_DIR, { overrides = new Map() } = {}) {
  try {
    await stat(join(root, 'iframe.html'));
  } catch {
    throw new Error(`${root} has no iframe.html: run \`npm run build-storybook\` first.`);
  }
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (overrides.has(path)) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(overrides.get(path));
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root).replace(new RegExp(`\\${sep}?$`), sep))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
