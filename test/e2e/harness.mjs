// Shared setup for page-level checks: the demo server (the same one `npm start` runs) on a free
// loopback port, and Debian's Chromium driven by puppeteer-core.
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../../scripts/demo-server.mjs';
import { CHROME_FLAGS, CHROME_PATH } from '../chrome.mjs';


export async function startServer(options = {}) {
  const server = createDemoServer(options);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, port, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS,
  });
}

/** Waits until every roseup-* element on the page has rendered something other than a placeholder. */
export async function waitForElements(page, timeout = 15000) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('roseup-'));
      return (
        elements.length > 0 &&
        elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'))
      );
    },
    { timeout, polling: 50 },
  );
}

/** Collects console messages, page errors and CSP violations from the start of navigation. */
export async function watch(page) {
  const log = { errors: [], warnings: [], violations: [] };
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
    if (msg.type() === 'warn' || msg.type() === 'warning') log.warnings.push(msg.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  log.violations = async () => page.evaluate(() => window.__violations);
  return log;
}

/**
 * One Chromium and one demo server for a test file: started before its tests, closed after.
 * Read `env.browser` and `env.site` inside the tests.
 */
export function useBrowserAndServer(options = {}) {
  const env = { browser: undefined, site: undefined };
  before(async () => {
    env.browser = await launchBrowser();
    env.site = await startServer(options);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
