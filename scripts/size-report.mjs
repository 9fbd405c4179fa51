// Prints the raw and gzip size of every built file and checks the budgets (ARCHITECTURE.md, "Chunks and budgets").
// Exits 1 when a budget is exceeded, so `npm run build` (and CI) fail.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
const BUDGET = { core: 20 * KB, search: 12 * KB };

const files = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      })
    : [];
const size = (path) => {
  const data = readFileSync(path);
  return { path: relative(root, path), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const row = (label, s) => console.log(`  ${label.padEnd(46)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);

const entry = size(join(root, 'dist/roseup.js'));
const chunks = files(join(root, 'dist/chunks')).map(size);
const search = chunks.filter((c) => /search-index/.test(c.path));
const coreChunk = chunks.filter((c) => /\/core-[^/]+\.js$/.test(c.path));
const others = chunks.filter((c) => !search.includes(c) && !coreChunk.includes(c));
const sum = (list) => list.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }), { raw: 0, gzip: 0 });
// What any page with one element loads before it can render: the loader and the shared core.
const core = sum([entry, ...coreChunk]);

console.log('\nCDN bundle');
row('dist/roseup.js (the element loader)', entry);
for (const c of coreChunk) row(`${c.path} (Lit, element base, feed client)`, c);
row('= loaded by every page before its first element', core);
for (const c of others) row(c.path, c);
for (const c of search) row(`${c.path} (search engine, on first use)`, c);
const all = sum([core, ...others]);
row('every element and Lit, search engine excluded', all);

const npm = files(join(root, 'dist/npm')).filter((p) => p.endsWith('.js')).map(size);
console.log(`npm modules: ${npm.length} files, ${kb(sum(npm).raw)} raw (Lit left external)\n`);

const failures = [];
if (!coreChunk.length) failures.push('dist/chunks/core-*.js is missing');
if (core.gzip > BUDGET.core) failures.push(`dist/roseup.js and the core chunk are ${kb(core.gzip)} gzip (budget ${kb(BUDGET.core)})`);
for (const c of search) if (c.gzip > BUDGET.search) failures.push(`${c.path} is ${kb(c.gzip)} gzip (budget ${kb(BUDGET.search)})`);
console.log(`Budgets: roseup.js + core chunk ${kb(core.gzip)} / ${kb(BUDGET.core)}; search engine ${search.length ? kb(sum(search).gzip) : 'n/a'} / ${kb(BUDGET.search)}; all elements together ${kb(all.gzip)} (aim 20 KB, not met: see ARCHITECTURE.md)`);
if (failures.length) {
  console.error(`Size budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
