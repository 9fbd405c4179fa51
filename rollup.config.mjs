// The one-tag CDN bundle: dist/roseup.js is the element loader only; chunks beside it hold the
// shared core (Lit, the feed element base, bookmarks), the feed client, each element, and the
// search engine and calendar files, loaded on first use.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyLitCss } from './scripts/rollup-minify-css.mjs';
import { minifyLitHtml } from './scripts/rollup-minify-html.mjs';

// The entry gets its own copy of the one-line version module: a module shared with the chunks
// would become a chunk that the entry imports before it can run.
const ENTRY_VERSION = '\0roseup-entry-version';
const entryVersion = {
  name: 'roseup-entry-version',
  resolveId(source, importer) {
    return source === './version.js' && importer?.endsWith('/src/cdn.ts') ? ENTRY_VERSION : null;
  },
  load(id) {
    if (id !== ENTRY_VERSION) return null;
    const version = /VERSION = '([^']+)'/.exec(readFileSync(new URL('./src/version.ts', import.meta.url), 'utf8'))[1];
    return `export const VERSION = ${JSON.stringify(version)};`;
  },
};

/**
 * The core chunk: what every element needs (Lit, the feed element base, styles, messages, the
 * feed client and parser), which the loader fetches with the first element. It is derived from
 * the code rather than listed: every module that `core.ts` and `prefetch.ts` (the two modules the
 * loader imports before any element) import statically, directly or not. Everything else (the
 * bookmark store, Lit directives only some elements use, the pager) is split by rollup into
 * chunks that only the elements using them import.
 */
const CORE_ROOTS = ['src/components/internal/core.ts', 'src/components/internal/prefetch.ts'].map((file) =>
  fileURLToPath(new URL(file, import.meta.url)),
);
let coreModules;

/** `roots` and every module they import statically, directly or not (dynamic imports excluded). */
function staticClosure(roots, getModuleInfo) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id)) continue;
    const info = getModuleInfo(id);
    if (!info) continue;
    seen.add(id);
    stack.push(...info.importedIds);
  }
  return seen;
}

/**
 * Also in the core, rather than chunks of a few hundred bytes that cost a request each:
 * - the bookmark storage constants, shared by the button's synchronous read (`bookmark-peek.ts`)
 *   and the store (0.2 KB, on every page with a card);
 * - the attribute rules (headings, clamped numbers) that all five feed elements use, with Lit's
 *   `ifDefined` (0.3 KB, on every page but one with a lone bookmark button);
 * - the item loaders (`feed-resources.ts`, `item-key.ts`: a card's or a bookmark list's items, the
 *   shared document cache) that four of the five feed elements import (0.8 KB as a chunk of
 *   their own). In the core they cost 0.3 KB less on a card page and 0.35 KB less with all six,
 *   because they compress with the client they call; a page with only a search field or a lone
 *   bookmark button pays 0.5 KB for them.
 */
const ALSO_CORE = /\/(src\/data\/(bookmark-keys|feed-resources|item-key)\.ts|src\/components\/internal\/attributes\.ts|lit-html\/directives\/if-defined\.js)$/;

function manualChunks(id, { getModuleInfo }) {
  coreModules ??= staticClosure(CORE_ROOTS, getModuleInfo);
  return coreModules.has(id) || ALSO_CORE.test(id) ? 'core' : undefined;
}

/** The chunk graph: each chunk's static and dynamic imports, sizes computed by the size report. */
export const GRAPH_FILE = new URL('./.tmp/cdn-graph.json', import.meta.url);

/**
 * No chunk discovered only after another chunk ran: the loader's `import("./chunks/x.js")` of an
 * element becomes an import of that chunk *and* of every chunk it imports statically, all
 * requested at once (what a modulepreload would do, without a <link> in the partner's page).
 * Then writes the chunk graph for scripts/size-report.mjs.
 */
const preloadStaticImports = {
  name: 'roseup-preload-static-imports',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const closure = (file, seen = new Set()) => {
      for (const dep of byFile.get(file)?.imports ?? []) {
        if (!seen.has(dep)) {
          seen.add(dep);
          closure(dep, seen);
        }
      }
      return seen;
    };
    // Every chunk's dynamic imports (the loader's elements, the card's bookmark button, the
    // button's bookmark store on interaction...), minus what the importing chunk has already
    // loaded. Chunk file names are relative to the chunk.
    for (const chunk of chunks) {
      const dir = chunk.fileName.includes('/') ? chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1) : '';
      const loaded = closure(chunk.fileName).add(chunk.fileName);
      chunk.code = chunk.code.replace(/import\("\.\/([^"]+\.js)"\)/g, (call, name) => {
        const file = dir + name;
        if (!byFile.has(file)) return call;
        const deps = [...closure(file)].filter((dep) => dep !== file && !loaded.has(dep));
        if (!deps.length) return call;
        const relative = (f) => `./${f.slice(dir.length)}`;
        return `Promise.all(${JSON.stringify([file, ...deps].map(relative))}.map(u=>import(u))).then(m=>m[0])`;
      });
    }
    const graph = chunks.map((c) => ({
      file: c.fileName,
      isEntry: c.isEntry,
      element: c.moduleIds.map((id) => /components\/([a-z-]+)\/define\.ts$/.exec(id)).find(Boolean)?.[1],
      imports: c.imports,
      dynamicImports: c.dynamicImports,
    }));
    mkdirSync(new URL('./.tmp/', import.meta.url), { recursive: true });
    writeFileSync(GRAPH_FILE, JSON.stringify(graph, null, 2));
  },
};

export default {
  input: { roseup: 'src/cdn.ts' },
  // Nothing may be moved into the entry: chunks must never import roseup.js (see src/cdn.ts).
  preserveEntrySignatures: 'strict',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Element chunks are named after their element, so the size report can tell them apart.
    chunkFileNames: (chunk) => {
      if (chunk.name === 'core') return 'chunks/[name]-[hash].js';
      const ids = [chunk.facadeModuleId, ...chunk.moduleIds].filter(Boolean);
      const element = ids.map((id) => /components\/([a-z-]+)\/define\.ts$/.exec(id)).find(Boolean);
      return `chunks/${element ? element[1] : '[name]'}-[hash].js`;
    },
    sourcemap: false,
    manualChunks,
  },
  plugins: [
    entryVersion,
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
    minifyLitCss(),
    minifyLitHtml(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3 } }),
    preloadStaticImports,
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
