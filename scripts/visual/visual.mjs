#!/usr/bin/env node
// Visual regression check of the built Storybook (issue 15, item 10).
//
//   npm run test:visual          compare every shot with its baseline; exit 1 on any change
//   npm run test:visual:update   rewrite the baselines on purpose (review the PNG diff in git)
//   npm run docs:pictures        rewrite the pictures opening each element's docs page
//                                (stories/assets/partner/<tag>.png, from its "Sur une page partenaire" story)
//
// Serves `storybook-static/` (run `npm run build-storybook` first) on a loopback port, opens each
// story alone (iframe.html?id=…) in Debian's Chromium, and screenshots its page at a fixed clock:
// the story feeds are re-generated for FIXED_NOW (the build lays events out around its own
// date), `Date` in the page starts at FIXED_NOW, `prefers-reduced-motion: reduce` stops the
// elements' animations and a style stops the page's. Each shot waits for the network to go idle,
// the web fonts, the story's play function and its elements' first render. The story renders in a
// viewport 6,000 px high, then the viewport becomes 800 px high (cards lying below it give back
// their blank room) and finally the page's height for the shot: a card's room is decided on the
// story's final layout, never on a frame of Storybook's own rendering or during the capture.
//
// What is shot (SHOTS below): every story at 1280 px in the default (light) look, and the key
// stories (KEY) also at 320 px light, 1280 px dark and 1280 px in a hospital's brand, the two
// themes applied to the story's frame with the same tokens as the Thèmes page.
// Baselines: test/visual/baselines/<story-id>@<look>-<width>.png. On a difference the actual
// shot and a diff image go to a temporary folder, printed at the end.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, CHROME_PATH } from '../../test/chrome.mjs';
import { storyFeedFiles } from '../../stories/feeds/story-feeds.mjs';
import { STATIC_DIR, serveStatic } from './static-server.mjs';

const BASELINES = fileURLToPath(new URL('../../test/visual/baselines/', import.meta.url));
const UPDATE = process.argv.includes('--update');
const PICTURES = process.argv.includes('--pictures');
const PICTURES_DIR = fileURLToPath(new URL('../../stories/assets/partner/', import.meta.url));
/** The docs pictures: 1100 px wide, the top of the page only. */
const PICTURE_WIDTH = 1100;
const PICTURE_HEIGHT = 760;
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
/** A fixed instant (Paris, a Tuesday morning): dates, "Demain", "mis à jour le …" never move. */
const FIXED_NOW = new Date('2026-03-10T08:30:00Z');
/** Three pages at a time: enough to keep two shared cores busy while one page waits on the network. */
const PARALLEL = Number(process.env.VISUAL_PARALLEL || 3);
/** Per-pixel colour distance pixelmatch ignores (anti-aliasing), and how many pixels may differ. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;

/** Key stories, also shot narrow and in both themes. */
const KEY = [
  'composants-roseup-article-card--default',
  'composants-roseup-article-card--horizontal',
  'composants-roseup-article-list--default',
  'composants-roseup-event-list--default',
  'composants-roseup-search--default',
  'composants-roseup-bookmark-button--bookmarked',
  'composants-roseup-bookmark-list--default',
];

const THEMES = {
  light: '',
  dark: `body { background: #16131a !important; color: #f4eff6 !important; }
.story-frame {
  --roseup-color-accent: #ffa8cb; --roseup-color-text: #f4eff6; --roseup-color-muted: #d2c8d7;
  --roseup-color-surface: #2a2430; --roseup-color-border: #5a5062; --roseup-color-on-accent: #1d1b20;
  --roseup-focus-ring: 3px solid #ffd166;
}`,
  hospital: `.story-frame {
  --roseup-color-accent: #00549a; --roseup-color-text: #14212e; --roseup-color-muted: #46566a;
  --roseup-color-surface: #f4f8fb; --roseup-color-border: #b8c9d9;
  --roseup-font-family: Arial, "Helvetica Neue", sans-serif; --roseup-radius: 0; --roseup-space: 1.25rem;
  --roseup-focus-ring: 3px solid #b34a00;
}`,
};

const STILL = `*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }`;

/** Runs in the page before any script: `Date` starts at FIXED_NOW and moves on with real time. */
function fixClock(fixed) {
  const RealDate = Date;
  const start = performance.now();
  const now = () => fixed + (performance.now() - start);
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return Math.floor(now());
    }
  }
  globalThis.Date = FixedDate;
}

function shotsOf(index) {
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const shots = [];
  for (const story of stories) {
    shots.push({ id: story.id, look: 'light', width: 1280 });
    if (KEY.includes(story.id)) {
      shots.push({ id: story.id, look: 'light', width: 320 });
      shots.push({ id: story.id, look: 'dark', width: 1280 });
      shots.push({ id: story.id, look: 'hospital', width: 1280 });
    }
  }
  const missing = KEY.filter((id) => !stories.some((story) => story.id === id));
  if (missing.length) throw new Error(`Key stories not in the build: ${missing.join(', ')}`);
  return ONLY ? shots.filter((shot) => shot.id.includes(ONLY)) : shots;
}

const fileOf = (shot) => `${shot.id}@${shot.look}-${shot.width}.png`;

/**
 * Runs in the page: waits for every RoseUp element's pending render (and, with `assets`, the web
 * fonts and images first), then for two frames. The caret and focus ring of a play function's
 * last step stay as they are: part of the story.
 */
async function settle(assets) {
  if (assets) await document.fonts.ready;
  const all = [];
  const walk = (root) => root.querySelectorAll('*').forEach((el) => (el.localName.startsWith('roseup-') && all.push(el), el.shadowRoot && walk(el.shadowRoot)));
  walk(document);
  await Promise.all(all.map((el) => el.updateComplete));
  if (assets) {
    await Promise.all(
      [...document.images, ...all.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])])].map((img) => (img.complete ? null : img.decode().catch(() => null))),
    );
  }
  // Two frames: an IntersectionObserver's report, and the render it asks for, come in the first.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all(all.map((el) => el.updateComplete));
}

async function shoot(browser, origin, shot) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    // The story renders in a viewport taller than any story, then is shot at 800 px high: a card
    // gives back its blank room when it lies below the viewport, and that must be decided on the
    // story's final layout, not on where Storybook's own rendering put it for a frame.
    await page.setViewport({ width: shot.width, height: 6000, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.evaluateOnNewDocument(fixClock, FIXED_NOW.getTime());
    // a11y.manual: axe (addon-a11y) does not run here; the stories' tests run it.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(shot.id)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load', timeout: 60000 });
    await page.addStyleTag({ content: `${STILL}\n${THEMES[shot.look]}` });
    await page.waitForFunction(
      () => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return phase === 'completed' || phase === 'finished' || phase === 'errored' || phase === 'aborted';
      },
      { timeout: 30000, polling: 50 },
    );
    const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
    if (phase !== 'completed' && phase !== 'finished') throw new Error(`${shot.id}: the story ended in phase "${phase}"`);
    await page.evaluate(settle, true);
    // Nothing left in flight (late images, a next feed page).
    await page.waitForNetworkIdle({ idleTime: 150, timeout: 15000 }).catch(() => undefined);
    // Everything is in place: now the 800 px viewport, and the cards that lie below it fit their text.
    await page.setViewport({ width: shot.width, height: 800, deviceScaleFactor: 1 });
    await page.evaluate(settle, false);
    if (shot.picture) {
      // The partner page only, not the empty canvas around it.
      const partner = await page.$('.partner');
      if (partner) return PNG.sync.read(Buffer.from(await partner.screenshot({ type: 'png' })));
    }
    // The whole page, in a viewport of its height (a full-page capture resizes the viewport on its
    // own, at a moment that could let a card fit its text during the capture).
    const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));
    if (height > 800) {
      await page.setViewport({ width: shot.width, height, deviceScaleFactor: 1 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    return PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })));
  } finally {
    await context.close();
  }
}

function compare(expected, actual) {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { changed: true, reason: `size ${expected.width}×${expected.height} → ${actual.width}×${actual.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const pixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  const allowed = Math.floor(actual.width * actual.height * MAX_DIFF_RATIO);
  return { changed: pixels > allowed, reason: `${pixels} pixels differ (allowed ${allowed})`, diff };
}

/** The top `height` rows of `png`. */
function crop(png, height) {
  if (png.height <= height) return png;
  const out = new PNG({ width: png.width, height });
  png.data.copy(out.data, 0, 0, png.width * height * 4);
  return out;
}

async function main() {
  const started = performance.now();
  const index = JSON.parse(await readFile(join(STATIC_DIR, 'index.json'), 'utf8'));
  const shots = PICTURES
    ? Object.values(index.entries)
        .filter((entry) => entry.type === 'story' && entry.id.endsWith('--partner-page'))
        .map((entry) => ({ id: entry.id, look: 'light', width: PICTURE_WIDTH, picture: entry.id.replace(/^composants-/, '').replace(/--partner-page$/, '') }))
    : shotsOf(index);
  // The story feeds at the fixed clock, in place of those the build wrote at its own date.
  const feeds = new Map(storyFeedFiles({ now: FIXED_NOW }).map((file) => [`/${file.path}`, file.body]));
  const server = await serveStatic(STATIC_DIR, { overrides: feeds });
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROME_FLAGS, '--font-render-hinting=none', '--hide-scrollbars'] });
  await mkdir(BASELINES, { recursive: true });
  let failures = [];
  let created = 0;
  let out;
  const queue = [...shots];
  const worker = async () => {
    for (let shot = queue.shift(); shot; shot = queue.shift()) {
      const file = fileOf(shot);
      let actual;
      try {
        actual = await shoot(browser, server.origin, shot);
      } catch (error) {
        failures.push({ file, reason: String(error?.message ?? error) });
        continue;
      }
      if (shot.picture) {
        await mkdir(PICTURES_DIR, { recursive: true });
        await writeFile(join(PICTURES_DIR, `${shot.picture}.png`), PNG.sync.write(crop(actual, PICTURE_HEIGHT), { deflateLevel: 9 }));
        created++;
        continue;
      }
      const baseline = join(BASELINES, file);
      if (UPDATE || !existsSync(baseline)) {
        if (!UPDATE) failures.push({ file, reason: 'no baseline (run npm run test:visual:update and commit it)' });
        else {
          await writeFile(baseline, PNG.sync.write(actual));
          created++;
        }
        continue;
      }
      const result = compare(PNG.sync.read(await readFile(baseline)), actual);
      if (result.changed) {
        out ??= await mkdtemp(join(tmpdir(), 'roseup-visual-'));
        const base = file.replace(/\.png$/, '');
        await writeFile(join(out, `${base}.actual.png`), PNG.sync.write(actual));
        if (result.diff) await writeFile(join(out, `${base}.diff.png`), PNG.sync.write(result.diff));
        failures.push({ file, reason: result.reason });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  if (PICTURES) {
    console.log(`visual: ${created} docs pictures written to stories/assets/partner/`);
    return;
  }
  if (UPDATE && !ONLY) {
    // Baselines of stories that no longer exist go too.
    const wanted = new Set(shots.map(fileOf));
    for (const name of readdirSync(BASELINES)) if (name.endsWith('.png') && !wanted.has(name)) unlinkSync(join(BASELINES, name));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (UPDATE) console.log(`visual: ${created} baselines written to test/visual/baselines/ in ${seconds} s`);
  else console.log(`visual: ${shots.length} screenshots compared in ${seconds} s`);
  if (failures.length) {
    failures.sort((a, b) => a.file.localeCompare(b.file));
    for (const failure of failures) console.error(`  ✗ ${failure.file}: ${failure.reason}`);
    if (out) console.error(`visual: actual shots and diffs in ${out}`);
    console.error('visual: if the change is wanted, run `npm run test:visual:update` and commit the new baselines.');
    process.exitCode = 1;
  }
}

await main();
