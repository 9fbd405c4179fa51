// npm run build: npm modules with types (tsc), the CDN bundle (rollup), the custom-elements
// manifest, then a size report. Fails if an expected output is missing or a budget is exceeded.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { shippedManifest } from './manifest.mjs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// The roseup-feed command (Node only, with Node's types): dist/npm/cli/, beside the modules it shares.
run(bin('tsc'), ['-p', 'tsconfig.cli.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
// dist/roseup.css: the space each element will take, for the partner's <head> (see
// src/components/internal/reserved-space.ts). Only when scripts run: without them, the
// partner's fallback content is all there is, and needs no room kept.
const { RESERVED_SPACE_CSS } = await import(pathToFileURL(join(root, 'dist/npm/components/internal/reserved-space.js')).href);
writeFileSync(
  join(root, 'dist/roseup.css'),
  `/* RoseUp Elements: keeps each element's space from the first paint, so the page does not jump. */\n@media (scripting: enabled) {${RESERVED_SPACE_CSS}}\n`,
);
// dist/roseup-inline.css: the same rules for a partner's page to carry inline (a <style> beside the
// script tag): space kept from the first paint without a render-blocking request.
writeFileSync(join(root, 'dist/roseup-inline.css'), `@media (scripting:enabled){${RESERVED_SPACE_CSS.replace(/\n/g, '')}}`);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/**/test-helpers/**']);
// Paths of the files the package ships (dist/npm/…js), with the tags each define.js registers.
const manifestFile = join(root, 'custom-elements.json');
writeFileSync(manifestFile, `${JSON.stringify(shippedManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), root), null, 2)}\n`);

const required = [
  'dist/roseup.js',
  'dist/roseup.css',
  'dist/npm/index.js',
  'dist/npm/index.d.ts',
  'dist/npm/data/index.js',
  'dist/npm/cli/bin.js',
  'custom-elements.json',
];
const missing = required.filter((file) => !existsSync(join(root, file)));
if (missing.length) {
  console.error(`Build output missing: ${missing.join(', ')}`);
  process.exit(1);
}
// npm links the bin as is: it must be executable where installed from a local folder.
chmodSync(join(root, 'dist/npm/cli/bin.js'), 0o755);

execFileSync(process.execPath, [join(root, 'scripts/size-report.mjs')], { cwd: root, stdio: 'inherit' });
