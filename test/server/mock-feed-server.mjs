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
//   GET  /mock/hits?key=K                { hits, dropped } so far (dropped: closed by the client
//                                        before the answer, i.e. aborted)
//   POST /mock/reset?key=K               forget K
//   GET  /mock/static/K/PATH             serve the body registered as key=K:/PATH (404 if none), a
//                                        static feed tree whose relative links (items/{key}.json,
//                                        events.json…) resolve inside it; hits counted per K:/PATH

const hits = new Map();
const dropped = new Map();
const bodies = new Map();

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

export function mockFeedServer() {
  return async function mockFeed(ctx, next) {
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
    if (ctx.path === '/mock/hits') {
      ctx.body = { hits: hits.get(key) ?? 0, dropped: dropped.get(key) ?? 0 };
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
      const stored = bodies.get(q.page ? `${key}:${q.page}` : key);
      ctx.type = stored?.type ?? 'application/feed+json';
      ctx.body = stored?.body ?? defaultFeed(key);
      return;
    }
    return next();
  };
}
