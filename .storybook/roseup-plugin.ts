// The Vite plugin Storybook's preview is built with. It does two things:
// - serves the fixture feeds at /story-feeds/ in `storybook dev`, and writes the same files into
//   the output of `storybook build`, so that stories never reach another network;
// - provides `virtual:roseup/custom-elements`, the custom-elements manifest analysed from
//   src/components at startup (and again when a component changes), so that controls and docs
//   come from the code's JSDoc and work on a fresh clone without `npm run build` first.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import { storyFeedFiles, storyFeedsMiddleware } from '../stories/feeds/story-feeds.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST_ID = 'virtual:roseup/custom-elements';
const RESOLVED_MANIFEST_ID = `\0${MANIFEST_ID}`;
// Relative: the analyser joins --outdir to the working directory.
const MANIFEST_DIR = join('node_modules', '.cache', 'roseup-storybook');

const isComponentSource = (file: string): boolean => {
  const path = relative(root, file).split(sep).join('/');
  return path.startsWith('src/components/') && path.endsWith('.ts') && !path.endsWith('.test.ts');
};

/** Runs the same analysis as `npm run build` (scripts/build.mjs), into a cache folder. */
async function analyse(): Promise<string> {
  await mkdir(join(root, MANIFEST_DIR), { recursive: true });
  const cem = join(root, 'node_modules', '.bin', 'cem');
  const args = ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', MANIFEST_DIR];
  await run(cem, [...args, '--config', join(root, '.storybook', 'cem.config.mjs')], {
    cwd: root,
  });
  return readFile(join(root, MANIFEST_DIR, 'custom-elements.json'), 'utf8');
}

export function roseupStorybook(): Plugin {
  let manifest: Promise<string> | undefined;
  const fresh = () => (manifest ??= analyse());

  return {
    name: 'roseup-storybook',

    buildStart() {
      // Start the analysis now, so that it runs while Vite transforms everything else.
      void fresh().catch(() => undefined);
    },

    configureServer(server) {
      server.middlewares.use(storyFeedsMiddleware());
    },

    resolveId(id) {
      return id === MANIFEST_ID ? RESOLVED_MANIFEST_ID : undefined;
    },

    async load(id) {
      if (id !== RESOLVED_MANIFEST_ID) return undefined;
      return `export default ${await fresh()};`;
    },

    handleHotUpdate({ file, server, modules }) {
      if (!isComponentSource(file)) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED_MANIFEST_ID);
      if (!module) return undefined;
      manifest = undefined;
      server.moduleGraph.invalidateModule(module);
      return [...modules, module];
    },

    generateBundle() {
      if (this.meta.watchMode) return;
      // Events are laid out around the time of the build: rebuild to move them along.
      for (const file of storyFeedFiles({ now: new Date() })) {
        this.emitFile({ type: 'asset', fileName: file.path, source: file.body });
      }
    },
  };
}
