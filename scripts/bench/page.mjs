// Page-level benchmark: the bench page with every element, on a 500-item feed served locally.
// Prints: feed requests, time from script start to every element rendered, the longest task,
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

try {
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
    await page.goto(`${server.origin}/demo/bench.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const els = [...document.querySelectorAll('#bench > *')];
        return els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
      },
      { polling: 'raf', timeout: 30000 },
    );
    const result = await page.evaluate(() => {
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/roseup.js'));
      return {
        renderedMs: performance.now() - (script?.startTime ?? 0),
        feedRequests: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/demo/feed.json').length,
        ...window.__bench,
      };
    });
    runs.push(result);
    await page.close();
  }

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
  await cycle(1);
  const afterFirst = await heap();
  await cycle(CYCLES - 1);
  const afterAll = await heap();
  await page.close();

  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\nPage benchmark: every element on a 500-item feed (${RUNS} loads, median; Chromium ${await browser.version()})`);
  console.log(`  feed requests per page load      ${runs.map((r) => r.feedRequests).join(', ')} (budget: 1)`);
  console.log(`  script start → all rendered      ${median(runs.map((r) => r.renderedMs)).toFixed(0)} ms (runs: ${runs.map((r) => r.renderedMs.toFixed(0)).join(', ')})`);
  console.log(`  longest task                     ${median(runs.map((r) => r.longest)).toFixed(0)} ms (budget: 50 ms; 0 = no task over 50 ms reported)`);
  console.log(`  long tasks (> 50 ms)             ${runs.map((r) => r.tasks).join(', ')}`);
  console.log(`  layout shift, whole load         ${median(runs.map((r) => r.shift)).toFixed(4)} (includes fallback content → element)`);
  console.log(`  layout shift after upgrade       ${median(runs.map((r) => r.shiftAfterUpgrade)).toFixed(4)} (placeholder → content; budget: 0)`);
  console.log(`  JS heap after 1 mount/unmount    ${mb(afterFirst)}`);
  console.log(`  JS heap after ${CYCLES} cycles         ${mb(afterAll)} (growth ${mb(afterAll - afterFirst)}, ${(((afterAll - afterFirst) / afterFirst) * 100).toFixed(1)} %)`);
} finally {
  clearTimeout(timeout);
  await browser.close();
  await server.close();
}
