// Page-level checks of the one-tag bundle as a partner embeds it: strict CSP, a hostile host
// stylesheet, another origin, two copies on one page, fallback content and layout shift.
// Run after `npm run build` (npm test does): node --test test/e2e/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launchBrowser, startServer, waitForElements, watch } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const OTHER = `${root}.tmp/dist-other`;

let browser;
let site;
let cdn;

before(async () => {
  // A second copy of the bundle, as another version, for the "two copies on one page" check.
  rmSync(OTHER, { recursive: true, force: true });
  cpSync(`${root}dist`, OTHER, { recursive: true, filter: (src) => !src.includes('/npm') });
  const entry = `${OTHER}/roseup.js`;
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  writeFileSync(entry, readFileSync(entry, 'utf8').replaceAll(`"${version}"`, '"0.0.9-other"'));
  browser = await launchBrowser();
  site = await startServer();
  cdn = await startServer(); // a second origin (another port) standing in for the CDN
});
after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
  rmSync(OTHER, { recursive: true, force: true });
});

async function open(path, { width = 1024, setup } = {}) {
  // A fresh context per page: no feed copy or bookmarks left on the "device" by another check.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  const log = await watch(page);
  if (setup) await setup(page);
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, log };
}

/** Computed styles of inner parts of each element, as a visitor would see them. */
function innerStyles(page) {
  return page.evaluate(() => {
    const pick = (el) => {
      if (!el) return null;
      const s = getComputedStyle(el);
      return [s.fontSize, s.lineHeight, s.letterSpacing, s.textTransform, s.textAlign, s.whiteSpace, s.fontWeight, s.fontStyle, s.display, s.listStyleType, s.textDecorationLine].join('|');
    };
    const deep = (selector, inner) => {
      const host = document.querySelector(selector);
      return host?.shadowRoot?.querySelector(inner) ?? null;
    };
    const card = document.querySelector('roseup-article-card');
    const bookmark = card?.shadowRoot?.querySelector('roseup-bookmark-button')?.shadowRoot?.querySelector('button');
    return {
      cardTitle: pick(deep('roseup-article-card', '[part="title"]')),
      cardLink: pick(deep('roseup-article-card', '[part="title"] a')),
      cardSummary: pick(deep('roseup-article-card', '[part="summary"]')),
      cardImage: pick(deep('roseup-article-card', 'img')),
      bookmarkButton: pick(bookmark),
      listItem: pick(deep('roseup-article-list', 'li')),
      eventTitle: pick(deep('roseup-event-list', 'a')),
      searchInput: pick(deep('roseup-search', 'input')),
    };
  });
}

describe('embedding the one-tag bundle', () => {
  it('works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const { page, log } = await open('/demo/strict-csp.html');
    const header = (await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy'))));
    assert.match(header, /require-trusted-types-for 'script'/);
    await waitForElements(page);
    // Open the search engine chunk too: lazy chunks must obey the same policy.
    await page.evaluate(() => document.querySelector('roseup-search')?.shadowRoot?.querySelector('input')?.focus());
    await page.keyboard.type('cancer');
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.errors, []);
    const cardText = await page.evaluate(() => document.querySelector('roseup-article-card').shadowRoot.textContent);
    assert.match(cardText, /cancers métastatiques/);
    await page.close();
  });

  it('looks the same inside a hostile host stylesheet (only font and colour inherited)', async () => {
    const plain = await open('/demo/test-page.html');
    await waitForElements(plain.page);
    const expected = await innerStyles(plain.page);
    const hostile = await open('/demo/hostile.html');
    await waitForElements(hostile.page);
    const actual = await innerStyles(hostile.page);
    for (const [part, value] of Object.entries(expected)) {
      if (value === null) continue;
      assert.equal(actual[part], value, `${part} differs on the hostile page`);
    }
    assert.ok(Object.values(expected).filter(Boolean).length >= 5, 'enough parts were compared');
    await plain.page.close();
    await hostile.page.close();
  });

  it('loads from another origin, including its lazy chunks', async () => {
    const { page, log } = await open('/demo/test-page.html', {
      setup: (p) =>
        p.setRequestInterception(true).then(() =>
          p.on('request', (request) => {
            const url = new URL(request.url());
            if (url.pathname === '/dist/roseup.js' && url.origin === site.origin) {
              request.respond({ status: 302, headers: { Location: `${cdn.origin}/dist/roseup.js`, 'Access-Control-Allow-Origin': '*' } });
            } else request.continue();
          }),
        ),
    });
    await waitForElements(page);
    await page.evaluate(() => document.querySelector('roseup-search')?.shadowRoot?.querySelector('input')?.focus());
    await page.keyboard.type('cancer');
    await page.waitForFunction(
      () => (document.querySelector('roseup-search')?.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) > 0,
      { timeout: 10000 },
    );
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    assert.ok(scripts.some((s) => s.startsWith(cdn.origin) && s.includes('/chunks/')), `a lazy chunk came from the CDN origin: ${scripts.join(', ')}`);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('tolerates the bundle twice, and a second copy of another version: no error, a warning naming both versions', async () => {
    const { page, log } = await open('/demo/test-page.html', {
      setup: (p) =>
        p.evaluateOnNewDocument(() => {
          document.addEventListener('DOMContentLoaded', () => {
            for (const src of ['/dist/roseup.js', '/.tmp/dist-other/roseup.js']) {
              const script = document.createElement('script');
              script.type = 'module';
              script.src = src;
              document.head.append(script);
            }
          });
        }),
    });
    await waitForElements(page);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(log.errors, []);
    const warnings = log.warnings.filter((w) => w.includes('included twice'));
    assert.equal(warnings.length, 1, `one warning says the script is included twice (${log.warnings.join(' / ')})`);
    assert.match(warnings[0], /0\.1\.0/);
    assert.match(warnings[0], /0\.0\.9-other/);
    const feedRequests = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/demo/feed.json').length,
    );
    assert.equal(feedRequests, 1, 'both copies share one feed request');
    await page.close();
  });

  it('works when the page adds a query to the script URL (WordPress ?ver=), under the strict CSP, with one copy of Lit', async () => {
    // Two tags with different queries: two entry modules, but the chunks (and Lit, and its one
    // Trusted Types policy) are shared because no chunk imports the entry.
    const { page, log } = await open('/demo/strict-csp.html', {
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', async (request) => {
          if (new URL(request.url()).pathname !== '/demo/strict-csp.html') return request.continue();
          const response = await fetch(request.url());
          const body = (await response.text()).replace('src="/dist/roseup.js"', 'src="/dist/roseup.js?ver=1.2"').replace(
            '</head>',
            '<script type="module" src="/dist/roseup.js?b=2"></script></head>',
          );
          request.respond({ status: 200, headers: Object.fromEntries(response.headers), body });
        });
      },
    });
    await waitForElements(page);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await log.violations(), []);
    const cores = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/chunks\/core-/.test(e.name)).length);
    assert.equal(cores, 1, 'one core chunk');
    assert.ok(log.warnings.some((w) => w.includes('included twice')), 'the second tag is named in a warning');
    await page.close();
  });

  it('names the missing Trusted Types policy and shows the fallback when the page does not allow lit-html', async () => {
    const { page, log } = await open('/demo/', {
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', async (request) => {
          if (new URL(request.url()).pathname !== '/demo/') return request.continue();
          const response = await fetch(request.url());
          const headers = { ...Object.fromEntries(response.headers), 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" };
          request.respond({ status: 200, headers, body: await response.text() });
        });
      },
    });
    await page.waitForFunction(() => document.querySelector('roseup-article-card')?.hasAttribute('data-roseup-failed'), { timeout: 15000 });
    assert.ok(log.errors.some((e) => e.includes('trusted-types lit-html')), `the console says what to add (${log.errors.join(' / ')})`);
    const card = await page.evaluate(() => {
      const el = document.querySelector('roseup-article-card');
      const link = el.querySelector('a');
      return { linkVisible: getComputedStyle(link).visibility === 'visible' && link.getBoundingClientRect().height > 0, height: el.getBoundingClientRect().height };
    });
    assert.equal(card.linkVisible, true, 'the partner’s fallback link is visible');
    assert.ok(card.height < 100, `no empty reserved box is left (${card.height} px)`);
    await page.close();
  });

  it('with <meta name="roseup:load" content="all">, renders tags inside another component’s shadow root', async () => {
    const { page, log } = await open('/demo/test-page.html', {
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', async (request) => {
          if (new URL(request.url()).pathname !== '/demo/test-page.html') return request.continue();
          const response = await fetch(request.url());
          const body = (await response.text())
            .replace('<meta name="roseup:feed"', '<meta name="roseup:load" content="all" /><meta name="roseup:feed"')
            .replace(
              '</main>',
              `<x-partner-widget></x-partner-widget></main><script type="module">
                customElements.define('x-partner-widget', class extends HTMLElement {
                  connectedCallback() {
                    const card = document.createElement('roseup-article-card');
                    card.setAttribute('article-id', 'https://www.rose-up.fr/magazine/cancers-metastatiques/');
                    this.attachShadow({ mode: 'open' }).append(card);
                  }
                });
              </script>`,
            );
          request.respond({ status: 200, headers: Object.fromEntries(response.headers), body });
        });
      },
    });
    await page.waitForFunction(
      () => document.querySelector('x-partner-widget')?.shadowRoot?.querySelector('roseup-article-card')?.shadowRoot?.querySelector('[part="title"]'),
      { timeout: 15000 },
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('makes one feed request however many elements share the feed', async () => {
    const { page } = await open('/demo/');
    await waitForElements(page);
    const feedRequests = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/demo/feed.json').length,
    );
    assert.equal(feedRequests, 1);
    await page.close();
  });

  it('shows the partner’s fallback content when the feed fails, and reserves space so nothing shifts', async () => {
    const { page } = await open('/demo/', {
      setup: async (p) => {
        await p.evaluateOnNewDocument(() => {
          // Shifts once every element has taken over from the partner's fallback content (whose
          // size only the partner controls): from then on, loading placeholders must hold the
          // space that the content will take.
          window.__shift = 0;
          window.__shiftBefore = 0;
          window.__upgradedAt = Infinity;
          document.addEventListener('DOMContentLoaded', () => {
            const tags = new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('roseup-')));
            Promise.all([...tags].map((t) => customElements.whenDefined(t))).then(() => {
              requestAnimationFrame(() => (window.__upgradedAt = performance.now()));
            });
          });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.hadRecentInput) continue;
              if (entry.startTime >= window.__upgradedAt) window.__shift += entry.value;
              else window.__shiftBefore += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
      },
    });
    await waitForElements(page);
    await new Promise((r) => setTimeout(r, 500));
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift < 0.05, `layout shift once the elements have taken over, ${shift.toFixed(4)}, stays under 0.05`);
    await page.close();

    const failing = await open('/demo/', {
      setup: (p) =>
        p.setRequestInterception(true).then(() =>
          p.on('request', (request) =>
            new URL(request.url()).pathname === '/demo/feed.json' ? request.respond({ status: 503, body: 'down' }) : request.continue(),
          ),
        ),
    });
    await failing.page.waitForFunction(
      () => document.querySelector('roseup-article-card')?.shadowRoot?.querySelector('[role="alert"]'),
      { timeout: 15000 },
    );
    const fallbackVisible = await failing.page.evaluate(() => {
      const link = document.querySelector('roseup-article-card > a');
      return !!link && link.getBoundingClientRect().height > 0;
    });
    assert.equal(fallbackVisible, true, 'the fallback link inside the card is visible next to the error');
    await failing.page.close();
  });
  it('with dist/roseup.css in the head, nothing jumps when the script arrives after the first paint', async () => {
    // Shifts between the first paint (the partner's fallback content) and the first element
    // being defined, with the script held back 800 ms: the page is painted before it runs.
    const shiftBeforeDefined = async (withCss) => {
      const { page } = await open('/demo/', {
        setup: async (p) => {
          await p.setRequestInterception(true);
          p.on('request', (request) => {
            const path = new URL(request.url()).pathname;
            if (path === '/dist/roseup.js') setTimeout(() => request.continue(), 800);
            else if (path === '/dist/roseup.css' && !withCss) request.respond({ status: 200, contentType: 'text/css', body: '' });
            else request.continue();
          });
          await p.evaluateOnNewDocument(() => {
            window.__shift = 0;
            window.__definedAt = Infinity;
            const tags = ['roseup-search', 'roseup-article-card', 'roseup-article-list', 'roseup-event-list', 'roseup-bookmark-list'];
            Promise.race(tags.map((t) => customElements.whenDefined(t))).then(() => (window.__definedAt = performance.now()));
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput && entry.startTime < window.__definedAt) window.__shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
        },
      });
      await waitForElements(page);
      const shift = await page.evaluate(() => window.__shift);
      await page.close();
      return shift;
    };
    const without = await shiftBeforeDefined(false);
    assert.ok(without > 0.05, `without the stylesheet the page jumps when the script reserves space (${without.toFixed(4)})`);
    const withCss = await shiftBeforeDefined(true);
    assert.equal(withCss, 0, `with the stylesheet, layout shift before the elements take over: ${withCss.toFixed(4)}`);
  });

  it('dist/roseup.css keeps the fallback visible and takes no room when scripts are off', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${site.origin}/demo/`, { waitUntil: 'load' });
    const { linkHeight, listHeight } = await page.evaluate(() => {
      const list = document.querySelector('roseup-event-list');
      return { linkHeight: list.querySelector('a').getBoundingClientRect().height, listHeight: list.getBoundingClientRect().height };
    });
    assert.ok(linkHeight > 0, 'the fallback link is visible');
    assert.ok(listHeight < 100, `no space reserved without scripts (${listHeight} px)`);
    await context.close();
  });
});

describe('the demo partner page, as an auditor checks it', () => {
  for (const width of [1280, 320]) {
    it(`has no axe violation (WCAG 2.1 A/AA) at ${width} px, shadow roots included`, async () => {
      const { page, log } = await open('/demo/', { width });
      await waitForElements(page);
      await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  it('is usable by keyboard alone: Tab reaches the search, a card link, a bookmark button and the filters', async () => {
    const { page } = await open('/demo/');
    await waitForElements(page);
    const reached = new Set();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        let el = document.activeElement;
        let host = '';
        while (el?.shadowRoot?.activeElement) {
          host = el.localName;
          el = el.shadowRoot.activeElement;
        }
        return `${host}>${el?.localName}${el?.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}`;
      });
      reached.add(where);
    }
    const all = [...reached].join(' ');
    assert.match(all, /roseup-search>input\[combobox\]/);
    assert.match(all, /roseup-article-card>a/);
    assert.match(all, /roseup-bookmark-button>button/);
    assert.match(all, /roseup-event-list>select/);
    await page.close();
  });
});
