// The npm package as a consumer gets it: `npm pack`, install the tarball into a scratch
// project, check the exports map and types, type-check a TypeScript consumer, and bundle one
// element with rollup to prove it pulls in neither the search engine nor other elements.
// Needs `npm run build` first (npm test runs it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let scratch;
let installed;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'roseup-consumer-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  const tarball = join(scratch, packed[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: scratch, stdio: 'pipe' });
  installed = join(scratch, 'node_modules/@roseup/elements');
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm package', () => {
  it('ships dist, the manifest and the README, and no sources or tests', () => {
    assert.ok(existsSync(join(installed, 'custom-elements.json')));
    // Tools find the manifest through this field (a Storybook build once rewrote it to a cache path).
    const shipped = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.ok(existsSync(join(installed, shipped.customElements)), `customElements → ${shipped.customElements}`);
    assert.ok(existsSync(join(installed, 'README.md')));
    assert.ok(!existsSync(join(installed, 'src')));
    assert.ok(!existsSync(join(installed, 'test')));
  });

  it('resolves every entry of the exports map to an existing file, with types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? { default: target } : target;
      for (const [condition, file] of Object.entries(targets)) {
        assert.ok(existsSync(join(installed, file)), `${entry} (${condition}) → ${file} is missing`);
      }
    }
  });

  it('marks only the registering entries as having side effects', () => {
    for (const pattern of pkg.sideEffects) assert.match(pattern, /index\.(js|ts)$|define\.(js|ts)$|roseup\.js$/);
  });

  it('type-checks a TypeScript consumer (typed elements and events)', () => {
    writeFileSync(
      join(scratch, 'consumer.ts'),
      `import '@roseup/elements/event-list.js';
import '@roseup/elements/bookmark-button.js';
import { loadFeed, type FeedItem } from '@roseup/elements/data';
const list = document.createElement('roseup-event-list');
list.limit = 3;
list.category = 'activite-physique';
const button = document.createElement('roseup-bookmark-button');
button.itemId = 'https://www.rose-up.fr/x/';
button.addEventListener('roseup-bookmark-change', (event) => {
  const saved: boolean = event.detail.bookmarked;
  const id: string = event.detail.id;
  console.log(saved, id);
});
document.addEventListener('roseup-error', (event) => {
  const reason: 'network' | 'http' | 'timeout' | 'parse' | 'invalid' | 'not-found' | 'missing-id' = event.detail.reason;
  console.log(reason);
});
void loadFeed('https://www.rose-up.fr/feed.json').then((r) => r.feed.items.map((i: FeedItem) => i.title));
// @ts-expect-error limit is a number
list.limit = 'three';
`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['consumer.ts'],
      }),
    );
    execFileSync(bin('tsc'), ['-p', join(scratch, 'tsconfig.json')], { cwd: scratch, stdio: 'pipe' });
  });

  it('bundles every public entry from the declared dependencies alone', async () => {
    // The scratch project holds only what the tarball declares: a runtime import of a
    // devDependency (the search engine once was one) fails here as it would in a partner's app.
    const { rollup } = await import(join(root, 'node_modules/rollup/dist/es/rollup.js'));
    const { nodeResolve } = await import(join(root, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js'));
    const entries = Object.keys(pkg.exports).filter((entry) => entry === '.' || entry.endsWith('.js') || entry.startsWith('./data'));
    assert.ok(entries.includes('./data/search') && entries.includes('./roseup.js'));
    for (const entry of entries) {
      const specifier = entry === '.' ? '@roseup/elements' : `@roseup/elements/${entry.slice(2)}`;
      const file = join(scratch, `entry-${entries.indexOf(entry)}.js`);
      writeFileSync(file, `export * from '${specifier}';\n`);
      const unresolved = [];
      const bundle = await rollup({
        input: file,
        plugins: [nodeResolve({ rootDir: scratch, browser: true })],
        onLog: (level, log) => {
          if (log.code === 'UNRESOLVED_IMPORT') unresolved.push(log.exporter ?? log.message);
        },
      });
      await bundle.generate({ format: 'es', inlineDynamicImports: true });
      assert.deepEqual(unresolved, [], `${specifier} imports what the package does not declare`);
    }
  });

  it('installs the roseup-feed command, which runs on the declared dependencies alone', () => {
    // validate needs ajv and the shipped schema; build needs the data modules.
    const bin = join(scratch, 'node_modules/.bin/roseup-feed');
    const sample = join(root, 'test/fixtures/jsonfeed/examples/sonicdoe-example-v1.1-simple.json');
    const report = execFileSync(bin, ['validate', sample], { cwd: scratch, encoding: 'utf8' });
    assert.match(report, /0 error\(s\)/);
    const out = join(scratch, 'static-feed');
    execFileSync(bin, ['build', sample, '--out', out, '--base-url', 'https://cdn.example/feed/'], { cwd: scratch, stdio: 'pipe' });
    assert.ok(existsSync(join(out, 'feed.json')));
    assert.ok(existsSync(join(installed, pkg.exports['./schema/roseup-feed.schema.json'])));
  });

  it('bundles one element without the search engine or the other elements', async () => {
    writeFileSync(join(scratch, 'one.js'), "import '@roseup/elements/article-card.js';\n");
    const { rollup } = await import(join(root, 'node_modules/rollup/dist/es/rollup.js'));
    const { nodeResolve } = await import(join(root, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js'));
    const bundle = await rollup({ input: join(scratch, 'one.js'), plugins: [nodeResolve({ rootDir: scratch })], logLevel: 'silent' });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const code = output.map((o) => o.code ?? '').join('\n');
    assert.match(code, /roseup-article-card/);
    assert.doesNotMatch(code, /minisearch|MiniSearch/i, 'the search engine is not included');
    for (const tag of ['roseup-event-list', 'roseup-article-list', 'roseup-bookmark-list', 'roseup-search']) {
      assert.doesNotMatch(code, new RegExp(`define\\(["'\`]${tag}`), `${tag} is not included`);
    }
  });
});
