// A scriptable HTTP endpoint for browser tests, mounted as @web/test-runner middleware, so that
// the feed client is tested against real HTTP (status codes, delays, hangs, dropped connections)
// rather than a replaced module.
//
//   POST /mock/register?key=K[&type=T]   store the request body as what K serves
//   GET  /mock/feed?key=K                serve K's body (or a small valid feed) and count the hit
//        &delay=MS        wait first          &hang=1          never answer (until the client goes)
//        &fail=N          the first N hits fail, with &failStatus=503 (default) or failStatus=reset
//        &status=S        always answer S
//        &failAfter=N     hits after the Nth answer failStatus (a server that goes down)
//        &page=P          serve K:P's body (register with key=K:P) for next_url chains
//        &retryAfter=S    send Retry-After: S with failures
//        &chunked=1       send K's body without Content-Length, in 1,000-byte chunks (which
//                         split multi-byte characters)
//        &stream=B        a feed that streams B bytes without Content-Length, as fast as the
//                         client reads (a server that never stops)
//        &bomb=B          a gzip body that inflates to B bytes, with a truthful Content-Length
//                         and Content-Encoding: gzip, sent in 4 KB pieces every 20 ms
//        &nested=N        a feed holding N nested arrays ([[[…]]]), built here
//        &trickle=MS      headers at once, then the start of a feed one byte every MS ms, never
//                         ending (a server that stalls mid-body)
//        &redirect=loop   302 to itself; &redirect=URL: 302 to URL (another origin, say); after
//                         &fail/&failAfter/&status, which apply first
//        &noCors=1        no Access-Control-Allow-Origin (the browser refuses the answer)
//        &encoding=utf16le  K's body in UTF-16LE with its byte-order mark, rather than UTF-8
//        &lieLength=N     K's body sent with Content-Length: N (more than it holds), then the
//                         connection is closed
//   GET  /mock/hits?key=K                { hits, dropped, sent } so far (dropped: closed by the
//                                        client before the answer, i.e. aborted; sent: bytes
//                                        written by the last streamed answer)
//   POST /mock/reset?key=K               forget K
//   GET  /mock/static/K/PATH             serve the body registered as key=K:/PATH (404 if none), a
//                                        static feed tree whose relative links (items/{key}.json,
//                                        events.json…) resolve inside it; hits counted per K:/PATH
//   POST /mock/gate?path=P&mode=M        what the server does with requests for the file at path P
//                                        (one of the project's own modules, as the page imports it):
//                                        M=hold keeps them waiting, M=fail answers 404, M=open lets the
//                                        held ones and the next ones through; hits counted as key=gate:P
//                                        (from 0 again at each hold or fail).
//                                        So a module loaded on interaction is tested over real HTTP.

import { gzipSync } from 'node:zlib';

const hits = new Map();
const dropped = new Map();
const sent = new Map();
const bodies = new Map();
const bombs = new Map();
/** Module paths under a gate: { mode, open() } (see /mock/gate). */
const gates = new Map();

const FEED_START = '{"version":"https://jsonfeed.org/version/1.1","title":"Flux sans fin","items":[],"padding":"';

/** Writes `chunks` to the raw response, waiting for the socket to drain; stops when the client goes. */
async function pump(ctx, key, headers, chunks, paceMs = 0) {
  ctx.respond = false;
  const res = ctx.res;
  let closed = false;
  res.on('close', () => (closed = true));
  res.writeHead(200, headers);
  let total = 0;
  sent.set(key, 0);
  for (const chunk of chunks) {
    if (closed || res.destroyed) break;
    const ok = res.write(chunk);
    total += chunk.length;
    sent.set(key, total);
    if (!ok) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
    if (paceMs) await new Promise((resolve) => setTimeout(resolve, paceMs));
  }
  if (closed || res.destroyed) dropped.set(key, (dropped.get(key) ?? 0) + 1);
  else res.end();
}

function* pieces(buffer, size) {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}

function* endless(bytes) {
  const filler = Buffer.alloc(64 * 1024, 'a');
  yield Buffer.from(FEED_START);
  for (let left = bytes - FEED_START.length; left > 0; left -= filler.length) yield left >= filler.length ? filler : filler.subarray(0, left);
}

/** A gzip of a feed padded with spaces to `bytes` (kept: building it takes a moment). */
function bomb(bytes) {
  if (!bombs.has(bytes)) {
    const body = Buffer.alloc(bytes, ' ');
    body.write(FEED_START);
    bombs.set(bytes, gzipSync(body, { level: 9 }));
  }
  return bombs.get(bytes);
}

const defaultFeed = (key) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: `Mock ${key}`,
    items: [{ id: `https://example.org/${key}/1`, url: `https://example.org/${key}/1`, title: 'Un article', content_text: 'Texte' }],
  });

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const wait = (ms, req, key) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.off('close', onClose);
      resolve();
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      dropped.set(key, (dropped.get(key) ?? 0) + 1);
      resolve();
    };
    req.on('close', onClose);
  });

/**
 * A request for a gated module: counted, held, failed or let through, and always answered
 * `no-store`, written here so that the test runner's year-long caching (set on every file after
 * this middleware) cannot apply: the next page meets the gate again. A request marked
 * `x-roseup-gate: evict` (`cache: 'reload'`, from gateModule) only gets an empty `no-store`
 * answer, which drops the copy an earlier page of the run left in the browser's cache.
 */
async function passGate(ctx, next, gate) {
  const noStore = { 'Cache-Control': 'no-store' };
  if (ctx.get('x-roseup-gate') === 'evict') {
    ctx.respond = false;
    ctx.res.writeHead(204, noStore).end();
    return;
  }
  const key = `gate:${ctx.path}`;
  hits.set(key, (hits.get(key) ?? 0) + 1);
  if (gate.mode === 'hold') await gate.opened;
  if (gates.get(ctx.path)?.mode === 'fail') {
    ctx.respond = false;
    ctx.res.writeHead(404, { ...noStore, 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  await next();
  const body = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : ctx.body == null ? '' : null;
  if (body === null) throw new Error(`/mock/gate: ${ctx.path} is not served as text`);
  ctx.respond = false;
  ctx.res.writeHead(ctx.status, { ...noStore, 'Content-Type': ctx.response.get('Content-Type') || 'application/javascript' }).end(body);
}

export function mockFeedServer() {
  return async function mockFeed(ctx, next) {
    const gate = gates.get(ctx.path);
    if (gate) return passGate(ctx, next, gate);
    if (!ctx.path.startsWith('/mock/')) return next();
    const q = ctx.query;
    const key = String(q.key ?? 'default');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');

    if (ctx.path === '/mock/register' && ctx.method === 'POST') {
      bodies.set(key, { body: await readBody(ctx.req), type: String(q.type ?? 'application/feed+json') });
      hits.delete(key);
      dropped.delete(key);
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path === '/mock/reset' && ctx.method === 'POST') {
      for (const k of [...bodies.keys()]) if (k === key || k.startsWith(`${key}:`)) bodies.delete(k);
      hits.delete(key);
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path === '/mock/gate' && ctx.method === 'POST') {
      const path = String(q.path);
      const mode = q.mode === 'hold' || q.mode === 'fail' ? q.mode : 'open';
      const held = gates.get(path);
      let open;
      const opened = new Promise((resolve) => (open = resolve));
      gates.set(path, { mode, opened, open });
      // Opening counts on: what the held requests and the next ones add.
      if (mode !== 'open') hits.delete(`gate:${path}`);
      held?.open();
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path === '/mock/hits') {
      ctx.body = { hits: hits.get(key) ?? 0, dropped: dropped.get(key) ?? 0, sent: sent.get(key) ?? 0 };
      return;
    }
    const staticPath = /^\/mock\/static\/([^/]+)(\/.*)$/.exec(ctx.path);
    if (staticPath) {
      const fileKey = `${decodeURIComponent(staticPath[1])}:${staticPath[2]}`;
      hits.set(fileKey, (hits.get(fileKey) ?? 0) + 1);
      if (q.delay) await wait(Number(q.delay), ctx.req, fileKey);
      const stored = bodies.get(fileKey);
      if (!stored) {
        ctx.status = 404;
        ctx.body = 'Not found';
        return;
      }
      if (stored.type === 'status') {
        ctx.status = Number(stored.body);
        ctx.body = `Status ${stored.body}`;
        return;
      }
      ctx.type = stored.type;
      ctx.body = stored.body;
      return;
    }
    if (ctx.path === '/mock/feed') {
      const count = (hits.get(key) ?? 0) + 1;
      hits.set(key, count);
      if (q.noCors) ctx.remove('Access-Control-Allow-Origin');
      if (q.trickle) {
        const bytes = Buffer.from(FEED_START);
        const json = { 'Content-Type': 'application/feed+json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
        return pump(ctx, key, json, (function* () { for (let i = 0; ; i++) yield bytes.subarray(i % bytes.length, (i % bytes.length) + 1); })(), Number(q.trickle));
      }
      if (q.delay) await wait(Number(q.delay), ctx.req, key);
      if (q.hang) {
        await wait(120000, ctx.req, key);
        ctx.status = 504;
        return;
      }
      const failing = (q.fail && count <= Number(q.fail)) || (q.failAfter && count > Number(q.failAfter));
      if (failing) {
        if (q.failStatus === 'reset') {
          ctx.req.socket.destroy();
          ctx.respond = false;
          return;
        }
        ctx.status = Number(q.failStatus ?? 503);
        if (q.retryAfter) ctx.set('Retry-After', String(q.retryAfter));
        ctx.body = 'Service indisponible';
        return;
      }
      if (q.status) {
        ctx.status = Number(q.status);
        ctx.body = `Status ${q.status}`;
        return;
      }
      if (q.redirect) {
        ctx.status = 302;
        ctx.redirect(q.redirect === 'loop' ? ctx.href : String(q.redirect));
        return;
      }
      const json = { 'Content-Type': 'application/feed+json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
      if (q.stream) return pump(ctx, key, json, endless(Number(q.stream)));
      if (q.bomb) {
        const gzip = bomb(Number(q.bomb));
        return pump(ctx, key, { ...json, 'Content-Encoding': 'gzip', 'Content-Length': String(gzip.length) }, pieces(gzip, 4096), 20);
      }
      if (q.nested) {
        const depth = Number(q.nested);
        ctx.type = 'application/feed+json';
        ctx.body = `{"version":"https://jsonfeed.org/version/1.1","title":"Profond","items":[],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
        return;
      }
      const stored = bodies.get(q.page ? `${key}:${q.page}` : key);
      ctx.type = stored?.type ?? 'application/feed+json';
      const body = stored?.body ?? defaultFeed(key);
      if (q.chunked) return pump(ctx, key, { ...json, 'Content-Type': ctx.type }, pieces(Buffer.from(body), 1000));
      if (q.encoding === 'utf16le') {
        ctx.body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
        return;
      }
      if (q.lieLength) {
        ctx.respond = false;
        const bytes = Buffer.from(body);
        const socket = ctx.req.socket;
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: ${ctx.type}\r\nAccess-Control-Allow-Origin: *\r\nCache-Control: no-store\r\n` +
            `Content-Length: ${Number(q.lieLength)}\r\nConnection: close\r\n\r\n`,
        );
        socket.end(bytes);
        return;
      }
      ctx.body = body;
      return;
    }
    return next();
  };
}
