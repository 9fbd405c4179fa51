// Page-level benchmark on a 500-item feed served locally: the demo partner page (every element,
// inside a real page's text) and the bare bench page (the six elements alone). Prints: feed requests, time from script start to every element rendered, the longest task,
// total layout shift, and the JS heap after 1 and after 100 mount/unmount cycles.
// Numbers only; budgets are reported, not asserted by tests.
import { launchBrowser, startServer } from '../../test/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const CYCLES = Number(process.env.CYCLES ?? 100);

const server = await startServer({ feedItems: 500 });
const browser = await launchBrowser();
const timeout = setTimeout(() => {
  console.error('page benchmark timed out');
  process.exit(2);
}, 5 * 60_000);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const TAGS = ['roseup-search', 'roseup-article-card', 'roseup-article-list', 'roseup-event-list', 'roseup-bookmark-button', 'roseup-bookmark-list'];

/** Loads `path` RUNS times, each in a fresh context; returns what each load measured. */
async function measureLoads(path) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__bench = { longest: 0, shift: 0, shiftAfterUpgrade: 0, tasks: 0 };
      window.__upgradedAt = Infinity;
      document.addEventListener('DOMContentLoaded', () => {
        const tags = new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('roseup-')));
        Promise.all([...tags].map((t) => customElements.whenDefined(t))).then(() =>
          requestAnimationFrame(() => (window.__upgradedAt = performance.now())),
        );
      });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__bench.tasks++;
          window.__bench.longest = Math.max(window.__bench.longest, e.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          window.__bench.shift += e.value;
          if (e.startTime >= window.__upgradedAt) window.__bench.shiftAfterUpgrade += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) => {
        const els = [...document.querySelectorAll(tags.join(','))];
        return els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
      },
      { polling: 'raf', timeout: 30000 },
      TAGS,
    );
    const result = await page.evaluate((tags) => {
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/roseup.js'));
      return {
        renderedMs: performance.now() - (script?.startTime ?? 0),
        feedRequests: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/demo/feed.json').length,
        elements: document.querySelectorAll(tags.join(',')).length,
        ...window.__bench,
      };
    }, TAGS);
    runs.push(result);
    await context.close();
  }
  return runs;
}

function printLoads(title, runs) {
  console.log(`\n${title} (${RUNS} loads, median)`);
  console.log(`  elements on the page             ${runs[0].elements}`);
  console.log(`  feed requests per page load      ${runs.map((r) => r.feedRequests).join(', ')} (budget: 1)`);
  console.log(`  script start → all rendered      ${median(runs.map((r) => r.renderedMs)).toFixed(0)} ms (runs: ${runs.map((r) => r.renderedMs.toFixed(0)).join(', ')})`);
  console.log(`  longest task                     ${median(runs.map((r) => r.longest)).toFixed(0)} ms (runs: ${runs.map((r) => r.longest.toFixed(0)).join(', ')}; budget: 50 ms; 0 = no task over 50 ms reported)`);
  console.log(`  long tasks (> 50 ms)             ${runs.map((r) => r.tasks).join(', ')}`);
  console.log(`  layout shift, whole load         ${median(runs.map((r) => r.shift)).toFixed(4)} (includes fallback content → element)`);
  console.log(`  layout shift after upgrade       ${median(runs.map((r) => r.shiftAfterUpgrade)).toFixed(4)} (placeholder → content; budget: 0)`);
}

try {
  const demoRuns = await measureLoads('/demo/index.html');
  const benchRuns = await measureLoads('/demo/bench.html');

  // Leak check: mount and unmount every element 100 times on one page.
  const page = await browser.newPage();
  await page.goto(`${server.origin}/demo/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('roseup-event-list')?.shadowRoot?.querySelector('article'), { timeout: 30000 });
  const session = await page.createCDPSession();
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = (n) =>
    page.evaluate(async (count) => {
      const main = document.querySelector('#bench');
      const html = main.innerHTML;
      for (let i = 0; i < count; i++) {
        main.replaceChildren();
        const fresh = document.createRange().createContextualFragment(html);
        main.append(fresh);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    }, n);
  // Instances of the elements' classes still alive after garbage collection: a leak of removed
  // elements shows here directly (the heap also grows with caches and compiled code).
  const instances = async () => {
    let total = 0;
    for (const tag of TAGS) {
      const prototype = await page.evaluateHandle((t) => customElements.get(t).prototype, tag);
      const found = await page.queryObjects(prototype);
      total += await page.evaluate((list) => list.length, found);
      await found.dispose();
      await prototype.dispose();
    }
    return total;
  };
  const onPage = await page.evaluate((tags) => {
    const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + (tags.includes(el.localName) ? 1 : 0) + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return count(document);
  }, TAGS);
  await cycle(1);
  const afterFirst = await heap();
  const instancesFirst = await instances();
  await cycle(CYCLES - 1);
  const afterAll = await heap();
  const instancesAll = await instances();
  await page.close();

  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\nPage benchmark on a 500-item feed (Chromium ${await browser.version()})`);
  printLoads('The demo partner page (demo/index.html: text, then the elements)', demoRuns);
  printLoads('The bare bench page (demo/bench.html: the six elements and nothing else)', benchRuns);
  console.log(`\nMount/unmount cycles on the bench page`);
  console.log(`  JS heap after 1 mount/unmount    ${mb(afterFirst)}`);
  console.log(`  JS heap after ${CYCLES} cycles         ${mb(afterAll)} (growth ${mb(afterAll - afterFirst)}, ${(((afterAll - afterFirst) / afterFirst) * 100).toFixed(1)} %)`);
  console.log(`  live element instances after GC    ${instancesFirst} after 1 cycle, ${instancesAll} after ${CYCLES} (the page shows ${onPage}; growth would be a leak)`);
} finally {
  clearTimeout(timeout);
  await browser.close();
  await server.close();
}
