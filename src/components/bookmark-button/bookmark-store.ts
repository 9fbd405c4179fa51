/**
 * What `<roseup-bookmark-button>` loads when the visitor shows an interest in it (pointer over it,
 * focus, touch, click), when the bookmarks change in another tab, or at once when the page
 * already has the bookmark store (a `<roseup-bookmark-list>` imports it statically): the page's
 * store with its controller, and the live region that announces a toggle. Until then the button
 * shows what `data/bookmark-peek.ts` reads. See `RoseUpBookmarkButton.loadStore`.
 */
// Imported, then exported (not `export … from`): the custom-elements manifest then names the
// shipped modules, as for each element's define.ts.
import { BookmarksController } from '../internal/bookmarks-controller.js';
import { LiveRegionController } from '../internal/live-region.js';

export { BookmarksController, LiveRegionController };
