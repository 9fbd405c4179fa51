// The three consumer apps under examples/ (vanilla TypeScript, React 19, Vue 3), as a developer
// gets them from npm: the package is packed, each app is copied into a scratch folder with the
// tarball as its @roseup/elements dependency, installed, type-checked (tsc, or vue-tsc with
// strictTemplates) together with its type test from test/types/, built with Vite, and opened
// in Chromium against the sample feed. Each app writes the roseup-* events its framework handler
// received into the page (#events), so the checks see what reached the framework, not the DOM.
// Run after `npm run build` (npm test does): node --test test/e2e/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { createDemoServer } from '../../scripts/demo-server.mjs';
import { launchBrowser, watch } from './harness.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const LOI_LEMOINE = 'Loi Lemoine : une loi encore mal appliquée';

const APPS = {
  vanilla: { check: ['tsc', '--noEmit', '-p', '.'], typeTest: ['vanilla.ts', 'src/type-checks.ts'] },
  react: { check: ['tsc', '--noEmit', '-p', '.'], typeTest: ['react.tsx', 'src/type-checks.tsx'] },
  vue: { check: ['vue-tsc', '--noEmit', '-p', '.'], typeTest: ['vue.vue', 'src/TypeChecks.vue'] },
};

let scratch;
let browser;
/** Per app: the promise of its installed copy (the three installs run side by side). */
const installed = {};
const timings = {};

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'roseup-examples-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  const tarball = join(scratch, packed[0].filename);
  for (const [name] of Object.entries(APPS)) {
    const dir = join(scratch, name);
    // The app's own files only: a local node_modules or dist (from trying it by hand) stays behind.
    cpSync(join(root, 'examples', name), dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    pkg.dependencies['@roseup/elements'] = `file:${tarball}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    const started = Date.now();
    installed[name] = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir }).then(() => {
      timings[name] = { install: Date.now() - started };
      return dir;
    });
    // Keep the other installs going if one fails: its own tests report the failure.
    installed[name].catch(() => undefined);
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  console.log(`example apps (ms): ${JSON.stringify(timings)}`);
});

/** The built app at /, the sample feed at /demo/feed.json (as the demo server serves it). */
async function serve(dist) {
  const demo = createDemoServer();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/demo/')) return demo.emit('request', req, res);
    const file = normalize(join(dist, decodeURIComponent(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname)));
    const info = file.startsWith(dist + sep) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) return res.writeHead(404).end('Not found');
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** What the app's handlers received: the lines of #events, as [name, text]. */
const received = (page) =>
  page.$$eval('#events li', (lines) => lines.map((li) => li.textContent.replace(/\s+/g, ' ').trim().split(/: (.*)/s).slice(0, 2)));

async function waitForEvent(page, name, timeout = 10000) {
  await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('#events li')].some((li) => li.textContent.trim().startsWith(`${wanted}:`)),
    { timeout, polling: 50 },
    name,
  );
}

/** Text of an element's shadow root (or of a selector inside it). */
const shadowText = (page, host, inner) =>
  page.evaluate(
    (hostSelector, innerSelector) => {
      const rootNode = document.querySelector(hostSelector)?.shadowRoot;
      const node = innerSelector ? rootNode?.querySelector(innerSelector) : rootNode;
      return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
    },
    host,
    inner,
  );

for (const [name, app] of Object.entries(APPS)) {
  describe(`examples/${name}`, () => {
    let dir;
    let site;
    let page;
    let log;

    before(async () => {
      dir = await installed[name];
    });
    after(async () => {
      await page?.browserContext().close();
      await site?.close();
    });

    it(`type-checks (${app.check[0]}) the app and its type test (each deliberate mistake must be an error)`, async () => {
      const started = Date.now();
      cpSync(join(root, 'test/types', app.typeTest[0]), join(dir, app.typeTest[1]));
      // An @ts-expect-error (@vue-expect-error) that meets no error is itself an error: types
      // gone loose (any, or a tag missing) fail here as surely as wrong ones.
      try {
        await run(join(dir, 'node_modules/.bin', app.check[0]), app.check.slice(1), { cwd: dir });
      } catch (error) {
        assert.fail(`${app.check[0]} failed:\n${error.stdout}${error.stderr}`);
      }
      timings[name].typecheck = Date.now() - started;
    });

    it('builds with Vite', async () => {
      const started = Date.now();
      await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
      timings[name].build = Date.now() - started;
      site = await serve(join(dir, 'dist'));
      const context = await browser.createBrowserContext();
      page = await context.newPage();
      log = await watch(page);
      await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    });

    it('renders the card, the bookmark button and the search (shadow DOM), with no error logged', async () => {
      await page.waitForFunction(
        () => {
          const title = (id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="title"]')?.textContent;
          return title('from-feed') && title('given') && document.getElementById('missing')?.shadowRoot?.querySelector('.note');
        },
        { timeout: 15000, polling: 50 },
      );
      assert.match(await shadowText(page, '#from-feed', '[part~="title"]'), /Loi Lemoine/);
      assert.match(await shadowText(page, '#missing', '.note'), /\S/);
      assert.ok(await page.$eval('#search', (el) => !!el.shadowRoot?.querySelector('input[role="combobox"]')), 'the search field');
      assert.ok(await page.$eval('#button', (el) => !!el.shadowRoot?.querySelector('button[aria-pressed="false"]')), 'the bookmark button');
      // Elements the framework created are the registered classes (not plain HTMLElements).
      assert.deepEqual(
        await page.$$eval('roseup-article-card, roseup-bookmark-button, roseup-search', (els) => els.map((el) => el.constructor.name !== 'HTMLElement')),
        [true, true, true, true, true],
      );
      assert.deepEqual(log.errors, []);
    });

    it('takes properties: .article (a card with no article-id) and itemTitle', async () => {
      const given = await page.$eval('#given', (el) => ({ id: el.getAttribute('article-id'), article: el.article?.title ?? null }));
      assert.equal(given.id, null, 'no article-id: the card shows what .article holds');
      assert.match(given.article, /Je venais d’accoucher/);
      assert.match(await shadowText(page, '#given', '[part~="title"]'), /Je venais d’accoucher/);
      const button = await page.$eval('#button', (el) => ({ title: el.itemTitle, label: el.shadowRoot.querySelector('button').getAttribute('aria-label') }));
      assert.equal(button.title, LOI_LEMOINE);
      assert.match(button.label, /Loi Lemoine/);
    });

    it('hands roseup-load and roseup-error to the framework handlers', async () => {
      await waitForEvent(page, 'roseup-load');
      await waitForEvent(page, 'roseup-error');
      const events = await received(page);
      assert.ok(events.some(([event, text]) => event === 'roseup-load' && text.endsWith('/demo/feed.json')), JSON.stringify(events));
      assert.ok(events.some(([event, text]) => event === 'roseup-error' && text === 'not-found'), JSON.stringify(events));
      // .article set on a card already in the page is not a card without an article.
      assert.ok(!events.some(([, text]) => text === 'missing-id'), JSON.stringify(events));
    });

    it('hands roseup-bookmark-change to the framework handler', async () => {
      const button = await page.evaluateHandle(() => document.getElementById('button').shadowRoot.querySelector('button'));
      await button.click();
      await waitForEvent(page, 'roseup-bookmark-change');
      assert.deepEqual((await received(page)).filter(([event]) => event === 'roseup-bookmark-change'), [['roseup-bookmark-change', 'true']]);
      assert.equal(await button.evaluate((el) => el.getAttribute('aria-pressed')), 'true');
    });

    it('hands roseup-search-select to the framework handler, which cancels the navigation', async () => {
      const input = await page.evaluateHandle(() => document.getElementById('search').shadowRoot.querySelector('input'));
      await input.focus();
      await input.type('lemoine');
      await page.waitForFunction(() => !!document.getElementById('search').shadowRoot.querySelector('[part~="result"]'), { timeout: 10000, polling: 50 });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await waitForEvent(page, 'roseup-search-select');
      assert.deepEqual((await received(page)).filter(([event]) => event === 'roseup-search-select'), [['roseup-search-select', LOI_LEMOINE]]);
      assert.equal(new URL(page.url()).pathname, '/', 'the app handled the choice: no navigation');
      assert.deepEqual(log.errors, []);
    });
  });
}
