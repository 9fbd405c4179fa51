// Prints the raw and gzip size of every built file, then what a page downloads, computed from
// rollup's chunk graph (.tmp/cdn-graph.json, written by the build: each chunk's static and
// dynamic imports), and checks the budgets of issue 14. Exits 1 when a budget is exceeded, so
// `npm run build` (and CI) fail.
//
// What a page downloads before its first content: dist/roseup.js, the core chunk (the loader
// requests it with the first element) and, for each element on the page, its chunk and every
// chunk that chunk imports statically (the loader requests them all at once).
// Then, still before any interaction: the chunks those load by themselves once they have shown
// their content or the page is idle (the card's bookmark button, the stored feed copies).
// On interaction only: the search field's behaviour; the search engines (MiniSearch, or the static
// feed's sharded index) with the French text rules they share (matching and highlighting); the
// event list's calendar menus' links with the calendar file; and the bookmark store (with the
// stored-list machinery and the live region), which the bookmark button loads when the visitor
// points at, focuses, touches or clicks it. A page with a bookmark list has the store before its
// first content: the list imports it statically.
// Not counted: the HTML converter, which only a feed with `content_html` loads (RoseUp's has none),
// and the English words, which only elements in English load.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
/** The targets of issue 14, in gzip bytes: not all reached yet (printed at the end of the report). */
export const TARGET = { oneCard: 20 * KB, allSix: 40 * KB, onInteraction: 12 * KB };
/**
 * What CI enforces today: the targets where they are met, else the measured size plus a few
 * dozen bytes, so that nothing grows while the rest of the work lands. Lower these as the bytes
 * come down. Raised once, for all six only (49.7 to 50.0 KB, sixth session), by what fixes found
 * by an outside audit cost there: the event list reads a plain feed's events in slices and caps
 * `limit` at 50, the article list reads a long plain feed in slices when a category or format
 * filter may match little (no task over 50 ms), a redirected feed resolves its links where it
 * led, a card separates its two labels for screen readers; the event list's and article list's
 * loaders then left the card's chunk (one card 26.9 to 26.7 KB), which costs all six a few dozen
 * bytes more. Seventh session: one card lowered to 26.6 KB (the item loaders moved into the core,
 * -0.3 KB, paid for an offline copy that resolves a redirected feed's links, C1 control characters
 * stripped, and cards below the viewport giving back their blank room); all six stays at 50.0 KB
 * (now 49.9 KB): the article list reads a filtered plain feed only as far as it shows, and skips
 * items of another kind without reading them.
 */
export const BUDGET = { oneCard: 26.6 * KB, allSix: 50.0 * KB, onInteraction: TARGET.onInteraction };
/**
 * Chunks an element loads only when the visitor does something (focuses the search, focuses,
 * points at or opens an "Ajouter à mon agenda" menu, points at or focuses a bookmark button), with
 * what they import that the page has not loaded already.
 */
const ON_INTERACTION = /^chunks\/(search-behaviour|search-index|sharded-search|french-text|calendar-menu|bookmark-store)-/;
/**
 * Chunks loaded only for some feeds or languages: the HTML converter, for a feed with
 * `content_html` (RoseUp's has none); the English words of every element, for elements in English
 * (French is the default and ships with each element).
 */
const FEED_DEPENDENT = /^chunks\/(html-text|english)-/;

const files = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      })
    : [];
const measure = (path) => {
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const row = (label, s) => console.log(`  ${label.padEnd(52)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
const sum = (list) => list.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }), { raw: 0, gzip: 0 });

const graphFile = join(root, '.tmp/cdn-graph.json');
if (!existsSync(graphFile)) {
  console.error('No chunk graph (.tmp/cdn-graph.json): run `npm run build` first.');
  process.exit(1);
}
/** @type {Array<{file: string, isEntry: boolean, element?: string, imports: string[], dynamicImports: string[]}>} */
const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
const chunk = new Map(graph.map((c) => [c.file, { ...c, ...measure(join(root, 'dist', c.file)) }]));
const onDisk = files(join(root, 'dist/chunks')).map((p) => relative(join(root, 'dist'), p));
const stale = onDisk.filter((f) => !chunk.has(f));
if (stale.length) {
  console.error(`dist/ holds chunks the graph does not know (${stale.join(', ')}): run \`npm run build\`.`);
  process.exit(1);
}

const entry = graph.find((c) => c.isEntry);
const core = graph.find((c) => /^chunks\/core-/.test(c.file));
const elementChunk = (tag) => graph.find((c) => c.element === tag.replace(/^roseup-/, ''))?.file;

/** A chunk and every chunk it imports statically. */
function closure(files, seen = new Set()) {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    closure(chunk.get(file)?.imports ?? [], seen);
  }
  return seen;
}

/** What a page with `tags` downloads: before its first content, then before any interaction. */
function page(tags) {
  const first = closure([entry.file, core.file, ...tags.map(elementChunk)]);
  const later = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of [...first, ...later]) {
      // The loader's own dynamic imports are the elements: only those on the page are fetched.
      if (file === entry.file) continue;
      for (const lazy of chunk.get(file).dynamicImports) {
        if (ON_INTERACTION.test(lazy) || FEED_DEPENDENT.test(lazy)) continue;
        for (const dep of closure([lazy])) {
          if (!first.has(dep) && !later.has(dep)) {
            later.add(dep);
            grew = true;
          }
        }
      }
    }
  }
  const size = (set) => sum([...set].map((f) => chunk.get(f)));
  return { first: [...first], later: [...later], firstSize: size(first), total: size(new Set([...first, ...later])) };
}

const ONE_CARD = ['roseup-article-card'];
const ALL_SIX = ['roseup-article-card', 'roseup-article-list', 'roseup-bookmark-button', 'roseup-bookmark-list', 'roseup-event-list', 'roseup-search'];
const oneCard = page(ONE_CARD);
const allSix = page(ALL_SIX);
const interaction = graph.filter((c) => ON_INTERACTION.test(c.file)).map((c) => ({ file: c.file, ...chunk.get(c.file) }));

console.log('\nCDN bundle (every file)');
for (const c of chunk.values()) row(`dist/${c.file}`, c);

const describe = (title, p) => {
  console.log(`\n${title}`);
  for (const f of p.first) row(`  dist/${f}`, chunk.get(f));
  row('= before its first content', p.firstSize);
  for (const f of p.later) row(`  + dist/${f} (once shown / idle)`, chunk.get(f));
  row('= before any interaction', p.total);
};
describe('A page with one card', oneCard);
describe('A page with all six elements', allSix);
console.log('\nOn interaction');
for (const c of interaction) {
  row(`dist/${c.file}`, c);
  // And the chunks it imports that the chunk loading it has not already loaded (the bookmark
  // store's stored list and live region), unless another element of the page has.
  const loaded = closure(graph.filter((g) => g.dynamicImports.includes(c.file)).map((g) => g.file));
  for (const f of closure(c.imports)) if (!loaded.has(f)) row(`  + dist/${f} (unless the page has it)`, chunk.get(f));
}
console.log('\nOnly for a feed with HTML content (RoseUp\'s has none), or elements in English');
for (const c of graph.filter((g) => FEED_DEPENDENT.test(g.file))) row(`dist/${c.file}`, chunk.get(c.file));

const npm = files(join(root, 'dist/npm')).filter((p) => p.endsWith('.js')).map(measure);
console.log(`\nnpm modules: ${npm.length} files, ${kb(sum(npm).raw)} raw (Lit left external)\n`);

const failures = [];
if (!core) failures.push('dist/chunks/core-*.js is missing');
if (oneCard.total.gzip > BUDGET.oneCard) failures.push(`a page with one card downloads ${kb(oneCard.total.gzip)} gzip before any interaction (budget ${kb(BUDGET.oneCard)})`);
if (allSix.total.gzip > BUDGET.allSix) failures.push(`a page with all six elements downloads ${kb(allSix.total.gzip)} gzip before any interaction (budget ${kb(BUDGET.allSix)})`);
for (const c of interaction) if (c.gzip > BUDGET.onInteraction) failures.push(`dist/${c.file} is ${kb(c.gzip)} gzip (budget ${kb(BUDGET.onInteraction)})`);
console.log(
  `Budgets (gzip, before any interaction): one card ${kb(oneCard.total.gzip)} / ${kb(BUDGET.oneCard)} (first content ${kb(oneCard.firstSize.gzip)}); ` +
    `all six ${kb(allSix.total.gzip)} / ${kb(BUDGET.allSix)} (first content ${kb(allSix.firstSize.gzip)}); ` +
    `each chunk on interaction ≤ ${kb(BUDGET.onInteraction)}`,
);
const missed = [
  oneCard.total.gzip > TARGET.oneCard && `one card ${kb(oneCard.total.gzip)} (target ${kb(TARGET.oneCard)})`,
  allSix.total.gzip > TARGET.allSix && `all six ${kb(allSix.total.gzip)} (target ${kb(TARGET.allSix)})`,
].filter(Boolean);
if (missed.length) console.log(`Issue 14 targets not reached yet: ${missed.join("; ")}\n`);
if (failures.length) {
  console.error(`Size budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
