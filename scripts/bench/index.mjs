// npm run bench: bundle sizes, feed parsing, the search engine benchmark and the page-level benchmark.
// Needs a build (npm run build) for the page benchmark; prints figures, asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const node = (script) => execFileSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });

if (!existsSync(`${root}dist/roseup.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
else node('scripts/size-report.mjs');
node('scripts/bench/parse.mjs');
node('scripts/bench/search.mjs');
node('scripts/bench/page.mjs');
