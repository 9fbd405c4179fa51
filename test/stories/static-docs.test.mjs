// The docs pages of the built Storybook (`storybook-static/`, from `npm run build-storybook`), as a
// designer opens them in a fresh browser: issue 15's defects are checked where they were seen.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from '../../scripts/visual/static-server.mjs';
import { launchBrowser } from '../e2e/harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a docs page in a fresh browser context (no saved bookmarks); waits for its story frames. */
async function openDocs(id, { width = 1280 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${server.origin}/iframe.html?viewMode=docs&id=${encodeURI(id)}`, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('.sbdocs-content, #storybook-docs h1'), { timeout: 20000 });
  return { page, close: () => context.close() };
}

/** The frame showing story `storyId` on a docs page, scrolled into view (frames load lazily). */
async function storyFrame(page, storyId) {
  await page.waitForFunction(
    (id) => [...document.querySelectorAll('iframe')].some((f) => new URLSearchParams(decodeURIComponent(f.getAttribute('src') ?? '').split('?')[1]).get('id') === id),
    { timeout: 20000 },
    storyId,
  );
  const handle = await page.evaluateHandle(
    (id) => [...document.querySelectorAll('iframe')].reverse().find((f) => new URLSearchParams(decodeURIComponent(f.getAttribute('src') ?? '').split('?')[1]).get('id') === id),
    storyId,
  );
  await handle.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const frame = await handle.asElement().contentFrame();
  await frame.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => root.querySelectorAll('*').forEach((el) => (el.localName.startsWith('roseup-') && all.push(el), el.shadowRoot && walk(el.shadowRoot)));
      walk(document);
      return all.length > 0 && all.every((el) => el.shadowRoot?.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    },
    { timeout: 20000, polling: 100 },
  );
  return frame;
}

describe('docs pages of the built Storybook', { timeout: 180000 }, () => {
  it('Markdown tables are tables, not pipes (item 3)', async () => {
    for (const id of ['introduction--docs', 'guides-intégrer-sur-votre-site--docs', 'guides-accessibilité--docs']) {
      const { page, close } = await openDocs(id);
      const found = await page.evaluate(() => ({
        tables: document.querySelectorAll('#storybook-docs table').length,
        pipes: [...document.querySelectorAll('#storybook-docs p')].filter((p) => /^\s*\|.*\|\s*$/m.test(p.textContent ?? '')).length,
      }));
      await close();
      assert.ok(found.tables > 0, `${id}: a table`);
      assert.equal(found.pipes, 0, `${id}: no paragraph of raw pipes`);
    }
  });

  it('the card’s “Par défaut” is not bookmarked by another story of its page (item 2)', async () => {
    const { page, close } = await openDocs('composants-roseup-article-card--docs');
    // The page also shows "Article enregistré (favori)", which saves a bookmark for the same article.
    const bookmarked = await storyFrame(page, 'composants-roseup-article-card--bookmarked');
    const fresh = await storyFrame(page, 'composants-roseup-article-card--default');
    const pressed = (frame) =>
      frame.evaluate(() => document.querySelector('roseup-article-card').shadowRoot.querySelector('roseup-bookmark-button').shadowRoot.querySelector('button').getAttribute('aria-pressed'));
    assert.equal(await pressed(bookmarked), 'true');
    assert.equal(await pressed(fresh), 'false');
    await close();
  });

  it('each theme keeps to its own story on the Thèmes page (item 1)', async () => {
    const { page, close } = await openDocs('guides-thèmes--docs');
    const look = async (storyId) => {
      const frame = await storyFrame(page, storyId);
      return frame.evaluate(() => {
        const card = document.querySelector('roseup-article-card');
        const title = card.shadowRoot.querySelector('[part="title"]');
        const surface = getComputedStyle(card.shadowRoot.querySelector('[part="base"]')).backgroundColor;
        return { accent: getComputedStyle(card).getPropertyValue('--roseup-color-accent').trim(), font: getComputedStyle(title).fontFamily, surface };
      });
    };
    const hospital = await look('guides-thèmes--hospital');
    assert.equal(hospital.accent, '#00549a');
    assert.doesNotMatch(hospital.font, /Georgia/);
    assert.equal(hospital.surface, 'rgb(244, 248, 251)');
    const dark = await look('guides-thèmes--dark');
    assert.equal(dark.accent, '#ffa8cb');
    assert.doesNotMatch(dark.font, /Georgia/);
    await close();
  });

  it('component docs pages keep a sane height (item 9)', async () => {
    for (const id of ['composants-roseup-event-list--docs', 'composants-roseup-article-list--docs', 'composants-roseup-search--docs']) {
      const { page, close } = await openDocs(id);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollHeight,
        frames: [...document.querySelectorAll('#storybook-docs iframe')].map((frame) => frame.getBoundingClientRect().height),
      }));
      await close();
      assert.ok(sizes.frames.length > 0, `${id}: stories shown in frames`);
      for (const height of sizes.frames) assert.ok(height <= 700, `${id}: a story ${height}px tall`);
      assert.ok(sizes.page < 20000, `${id}: ${sizes.page}px tall`);
    }
  });
});

describe('API tables of the component docs pages (items 5 and 6)', { timeout: 180000 }, () => {
  const TAGS = ['roseup-article-card', 'roseup-article-list', 'roseup-event-list', 'roseup-search', 'roseup-bookmark-button', 'roseup-bookmark-list'];

  it('document every global token with its default, hide internal members, and read in French', async () => {
    const { readFile } = await import('node:fs/promises');
    // The manifest analysed for this build (.storybook/roseup-plugin.ts): its English descriptions must not show.
    const manifest = JSON.parse(await readFile(new URL('../../node_modules/.cache/roseup-storybook/custom-elements.json', import.meta.url), 'utf8'));
    const english = new Map();
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        const entries = [declaration.attributes, declaration.members, declaration.events, declaration.cssParts, declaration.cssProperties, declaration.slots].flat().filter(Boolean);
        english.set(
          declaration.tagName,
          entries.map((entry) => (entry.description ?? '').replace(/`/g, '').split('\n')[0].slice(0, 40)).filter((text) => text.length > 12),
        );
      }
    for (const tag of TAGS) {
      const { page, close } = await openDocs(`composants-${tag}--docs`);
      await page.waitForSelector('#storybook-docs table.docblock-argstable', { timeout: 20000 });
      const table = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('#storybook-docs table.docblock-argstable tbody tr')].map((row) => [...row.cells].map((cell) => cell.innerText.trim()));
        return { rows, text: document.querySelector('#storybook-docs table.docblock-argstable').innerText };
      });
      await close();
      const row = (name) => table.rows.find((cells) => cells[0] === name || cells[0].startsWith(`${name}\n`));
      for (const token of ['--roseup-font-size', '--roseup-color-on-accent', '--roseup-color-accent', '--roseup-focus-ring']) {
        const cells = row(token);
        assert.ok(cells, `${tag} documents ${token}`);
        assert.ok(cells[2] && cells[2] !== '-', `${tag}: ${token} has a default (${cells.join(' | ')})`);
      }
      for (const internal of ['feedUrl', 'now', 'refreshMs', 'actionUrl']) assert.equal(row(internal), undefined, `${tag} hides ${internal}`);
      const normalized = table.text.replace(/\s+/g, ' ');
      for (const text of english.get(tag)) assert.ok(!normalized.includes(text.replace(/\s+/g, ' ')), `${tag}: English left in the table: “${text}”`);
    }
  });
});

describe('component docs pages open with the element on a partner page (item 11)', { timeout: 180000 }, () => {
  for (const tag of ['roseup-article-card', 'roseup-article-list', 'roseup-event-list', 'roseup-search', 'roseup-bookmark-button', 'roseup-bookmark-list']) {
    it(tag, async () => {
      const { page, close } = await openDocs(`composants-${tag}--docs`);
      await page.waitForFunction(() => [...document.querySelectorAll('#storybook-docs img')].some((img) => img.complete && img.naturalWidth > 100), { timeout: 20000 });
      const opening = await page.evaluate(() => {
        const docs = document.querySelector('#storybook-docs');
        const img = [...docs.querySelectorAll('img')].find((image) => image.naturalWidth > 100);
        const firstStory = docs.querySelector('iframe');
        const code = [...docs.querySelectorAll('pre.prismjs')].find((block) => block.innerText.includes('roseup.js'));
        const before = (a, b) => !!(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          alt: img?.alt ?? '',
          code: code?.innerText ?? '',
          pictureFirst: before(img, firstStory),
          codeFirst: before(code, firstStory),
        };
      });
      await close();
      assert.match(opening.alt, /partenaire/);
      assert.ok(opening.pictureFirst, 'the picture comes before the first story');
      assert.ok(opening.codeFirst, 'the snippet comes before the first story');
      const lines = opening.code.trim().split('\n');
      assert.equal(lines.length, 2, `two lines: ${opening.code}`);
      assert.match(lines[0], /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@roseup\/elements@1\/dist\/roseup\.js"><\/script>$/);
      assert.ok(lines[1].startsWith(`<${tag}`), lines[1]);
    });
  }
});
