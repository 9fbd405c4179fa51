// The one-tag CDN bundle: dist/roseup.js registers every element with Lit inside; the search
// engine is split into a chunk beside it, loaded on first use.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyLitCss } from './scripts/rollup-minify-css.mjs';

export default {
  input: { roseup: 'src/cdn.ts' },
  // Lets the shared core (Lit, plumbing, feed client) stay in roseup.js itself, so element
  // chunks import it from there: no extra round trip before the first element loads.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Element chunks are named after their element, so the size report can tell them apart.
    chunkFileNames: (chunk) => {
      const ids = [chunk.facadeModuleId, ...chunk.moduleIds].filter(Boolean);
      const element = ids.map((id) => /components\/([a-z-]+)\/define\.ts$/.exec(id)).find(Boolean);
      return `chunks/${element ? element[1] : '[name]'}-[hash].js`;
    },
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
    minifyLitCss(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
