/**
 * `@roseup/elements/roseup.js`, the one-tag bundle: importing it starts the loader, which
 * registers each element when its tag first appears. It exports nothing; its types are the
 * tags' (`document.createElement('roseup-search')` is a `RoseUpSearch`) and the typed
 * `roseup-*` events.
 */
import type {} from '../dist/npm/index.js';

export {};
