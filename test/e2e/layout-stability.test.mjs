// Layout stability with the one-tag snippet and the reservation the page carries inline (the
// contents of dist/roseup-inline.css in a <style>; no dist/roseup.css, no render-blocking request),
// the script held back 300 ms so that the page paints before it runs: partner-like layouts (a grid
// of 2 to 4 cards per row of mixed variants, a 280 px sidebar, a full-width event list with
// `limit` and an article list) at 320 and 1280 px. Every layout shift counts, those Chromium flags
// `hadRecentInput` included, from the first paint until the elements, their bookmark buttons and
// their images have all arrived; and a page opened at its bottom and scrolled back up, where the
// cards seen at load end up below the viewport and fit their text. Run after `npm run build` (npm test does).
// (Without the inline rules, a script arriving after the first paint moves the page when it
// reserves the elements' room: nothing in the page says how big they will be before it runs.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowserAndServer, waitForElements } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;

const PAGES = ['grid', 'sidebar', 'events', 'one-card'];
const WIDTHS = [320, 1280];
const LIMIT = 0.01;

const env = useBrowserAndServer();

/**
 * Loads a page; `scriptDelay` holds dist/roseup.js back so that the page paints first. With
 * `scroll`, the page opens at its bottom (a link to an anchor, a restored position) and the visitor
 * then scrolls back to the top a screen at a time: the cards seen at load end up below the
 * viewport and give back their blank room, and nothing seen may move.
 */
export async function measureShifts(browser, url, { width, scriptDelay = 0, inline, scroll = false }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  if (scriptDelay || inline) {
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      if (new URL(request.url()).pathname === '/dist/roseup.js') setTimeout(() => request.continue(), scriptDelay);
      else if (inline && request.url() === url) {
        const html = await (await fetch(url)).text();
        request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace('</head>', `${inline}</head>`) });
      } else request.continue();
    });
  }
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: entry.sources.map((s) => {
            const node = s.node;
            const name = node ? (node.nodeType === 1 ? node.localName + (node.id ? `#${node.id}` : '') : node.nodeName) : '?';
            return `${name} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (scroll) await page.evaluateOnNewDocument(() => addEventListener('DOMContentLoaded', () => scrollTo(0, document.documentElement.scrollHeight)));
  await page.goto(url, { waitUntil: 'load' });
  await waitForElements(page, 20000);
  // The cards' bookmark buttons and the images arrive after the content.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('roseup-article-card')].every((card) => {
        const root = card.shadowRoot;
        const button = root?.querySelector('roseup-bookmark-button');
        const img = root?.querySelector('img');
        const box = img?.getBoundingClientRect();
        const far = !box || box.top > innerHeight + 1000 || box.bottom < -1000; // lazy: never loads
        return (!button || customElements.get('roseup-bookmark-button')) && (far || img.complete);
      }),
    { timeout: 15000, polling: 50 },
  );
  await new Promise((r) => setTimeout(r, 400));
  if (scroll) {
    const fitted = () =>
      page.evaluate(() => [...document.querySelectorAll('roseup-article-card')].filter((card) => card.shadowRoot.querySelector('.card.fit')).length);
    const before = await fitted();
    const bottom = await page.evaluate(() => scrollY);
    for (let y = bottom - 600; y > -600; y -= 600) {
      await page.evaluate((top) => window.scrollTo(0, Math.max(top, 0)), y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    await new Promise((r) => setTimeout(r, 300));
    // The scroll must have made cards fit, or the test would prove nothing.
    assert.ok((await fitted()) > before, 'no card gave back its room while scrolling');
  }
  const shifts = await page.evaluate(() => window.__shifts);
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN);
  await context.close();
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts, firstPaint };
}

const explain = (result) => result.shifts.map((s) => `  ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join('; ')}`).join('\n');

describe('layout stability: the one-tag snippet and its inline reservation, no roseup.css', () => {
  for (const name of PAGES) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: total layout shift under ${LIMIT}`, async () => {
        const inline = `<style>${readFileSync(`${root}dist/roseup-inline.css`, 'utf8')}</style>`;
        const result = await measureShifts(env.browser, `${env.site.origin}/test/e2e/pages/${name}.html`, { width, inline, scriptDelay: 300 });
        assert.ok(result.total < LIMIT, `layout shift ${result.total.toFixed(4)}:\n${explain(result)}`);
      });
    }
  }

  it('grid at 320 px, opened at its bottom and scrolled back up: cards below the viewport fit their text, nothing seen moves', async () => {
    const inline = `<style>${readFileSync(`${root}dist/roseup-inline.css`, 'utf8')}</style>`;
    const result = await measureShifts(env.browser, `${env.site.origin}/test/e2e/pages/grid.html`, { width: 320, inline, scriptDelay: 300, scroll: true });
    assert.ok(result.total < LIMIT, `layout shift ${result.total.toFixed(4)}:\n${explain(result)}`);
  });
});
