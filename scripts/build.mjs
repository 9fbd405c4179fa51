// npm run build: npm modules with types (tsc), the CDN bundle (rollup), the custom-elements
// manifest, then a size report. Fails if an expected output is missing or a budget is exceeded.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

execFileSync(process.execPath, [join(root, 'scripts/size-report.mjs')], { cwd: root, stdio: 'inherit' });
