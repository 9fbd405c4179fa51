// The npm package as a consumer gets it: `npm pack`, install the tarball into a scratch
// project, check the exports map and types, type-check a TypeScript consumer, and bundle one
// element with rollup to prove it pulls in neither the search engine nor other elements.
// Needs `npm run build` first (npm test runs it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let scratch;
let installed;
/** `npm pack --json`'s report: the tarball's files and sizes. */
let packed;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'roseup-consumer-'));
  [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  const tarball = join(scratch, packed.filename);
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
    assert.match(readFileSync(join(installed, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) 2026 RoseUp Elements contributors\n/);
    assert.ok(!existsSync(join(installed, 'src')));
    assert.ok(!existsSync(join(installed, 'test')));
    assert.ok(!existsSync(join(installed, 'examples')));
  });

  it('ships no CDN-only file in dist/npm (the CDN entry and the loader modules only it imports)', () => {
    // dist/roseup.js is built from src/cdn.ts by rollup; tsc's copy of it (and of the loader
    // modules only it uses) was dead weight in the package.
    const shipped = packed.files.map((f) => f.path);
    for (const file of shipped) assert.doesNotMatch(file, /^dist\/npm\/(cdn\.|components\/internal\/(autoload|core|prefetch)\.)/, file);
  });

  it('declares the Node version its toolchain needs (the browser code has none)', () => {
    assert.deepEqual(pkg.engines, { node: '>=20' });
  });

  it('publishes cleanly (npm publish --dry-run: no warning but the missing login)', () => {
    const result = spawnSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const warnings = result.stderr.split('\n').filter((line) => /npm warn/i.test(line) && !/requires you to be logged in/.test(line));
    assert.deepEqual(warnings, []);
  });

  it('resolves every entry of the exports map to an existing file, with types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? { default: target } : target;
      for (const [condition, file] of Object.entries(targets)) {
        assert.ok(existsSync(join(installed, file)), `${entry} (${condition}) → ${file} is missing`);
      }
    }
  });

  it('marks the registering entries and roseup.css, and only them, as having side effects', () => {
    for (const pattern of pkg.sideEffects) assert.match(pattern, /index\.(js|ts)$|define\.(js|ts)$|roseup\.(js|css)$|chunks\/\*\.js$/);
    const shipped = packed.files.map((f) => f.path);
    // Every shipped file that registers an element (or is the stylesheet) is listed: a bundler
    // would otherwise drop `import '@roseup/elements/article-card'` as unused.
    const listed = (file) => pkg.sideEffects.some((pattern) => new RegExp(`^${pattern.slice(2).replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`).test(file));
    const registering = shipped.filter((file) => /^dist\/(npm\/(index|components\/[^/]+\/define)\.js|roseup\.(js|css)|chunks\/[^/]+\.js)$/.test(file));
    assert.ok(registering.length >= 10, registering.join(', '));
    for (const file of registering) assert.ok(listed(file), `${file} is not in sideEffects`);
    for (const file of shipped.filter((f) => /^dist\/npm\/(data\/|components\/[^/]+\/(?!define))/.test(f))) assert.ok(!listed(file), `${file} is in sideEffects`);
  });

  it('resolves each element with and without .js', async () => {
    for (const element of ['article-card', 'article-list', 'event-list', 'bookmark-button', 'bookmark-list', 'search']) {
      assert.deepEqual(pkg.exports[`./${element}`], pkg.exports[`./${element}.js`], element);
      assert.equal(pkg.exports[`./${element}`].default, `./dist/npm/components/${element}/define.js`);
    }
  });

  it('ships a custom-elements.json whose modules are the shipped files, with each tag\'s definition and no test helpers', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    const shipped = new Set(packed.files.map((f) => f.path));
    const modules = [];
    const visit = (value) => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'module' || key === 'path') && typeof v === 'string') modules.push(v);
        else visit(v);
      }
    };
    visit(manifest.modules);
    assert.ok(modules.length > 20);
    for (const path of new Set(modules)) assert.ok(shipped.has(path.replace(/^\//, '')), `${path} is not in the package`);
    assert.doesNotMatch(JSON.stringify(manifest), /test-helpers|\.test\.|src\//);
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name, e.declaration.module]));
    assert.deepEqual(
      definitions.map(([, tag]) => tag).sort(),
      ['roseup-article-card', 'roseup-article-list', 'roseup-bookmark-button', 'roseup-bookmark-list', 'roseup-event-list', 'roseup-search'],
    );
    for (const [path, tag, declared] of definitions) {
      assert.equal(path, `dist/npm/components/${tag.slice('roseup-'.length)}/define.js`);
      const declaration = manifest.modules.find((m) => m.path === declared)?.declarations?.find((d) => d.tagName === tag);
      assert.ok(declaration?.customElement, `${tag} → ${declared}`);
    }
  });

  it('type-checks a TypeScript consumer (typed elements and events)', () => {
    writeFileSync(
      join(scratch, 'consumer.ts'),
      `import '@roseup/elements/event-list.js';
import '@roseup/elements/bookmark-button.js';
import '@roseup/elements/search';
import '@roseup/elements/roseup.js';
document.createElement('roseup-search').maxResults = 3;
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
void loadFeed('https://www.rose-up.fr/feed.json').then((r) => r.feed.items.at(0)?.title ?? r.feed.items.get('x')?.title);
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
    const entries = Object.keys(pkg.exports).filter((entry) => !/\.(css|json)$|^\.\/(react|vue)$/.test(entry));
    assert.ok(entries.includes('./data/search') && entries.includes('./roseup.js') && entries.includes('./search') && entries.includes('./search.js'));
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
