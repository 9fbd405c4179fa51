import { prefetchFeed } from '../../data/feed-client.js';
import { parisDayKey } from '../../data/paris-time.js';
import { resolveFeedUrl } from './feed-url.js';
import { HIDE_FALLBACK_CSS, RESERVED_SPACE_CSS } from './reserved-space.js';

export type ElementLoaders = Record<string, () => Promise<unknown>>;

/**
 * Applies the reserved space (a constructable stylesheet, so a strict `style-src` CSP does not
 * block it). A module script runs after the first paint, so a page that links dist/roseup.css in
 * its head gets the same rules earlier, from the first paint on.
 */
function reserveSpace(doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED_SPACE_CSS + HIDE_FALLBACK_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Older browsers without constructable stylesheets: the page may shift a little, nothing more.
  }
}

/**
 * Loads an element's code the first time its tag is on the page (now or later), so that a
 * partner page pays only for the elements it uses. Elements that read the feed also start the
 * (shared) feed request at once, in parallel with their code.
 */
export function autoload(loaders: ElementLoaders, feedTags: ReadonlySet<string>, root: Document = document): void {
  const pending = new Map(Object.entries(loaders));
  const prefetched = new Set<string>();
  reserveSpace(root);

  const visit = (element: Element) => {
    const tag = element.localName;
    if (feedTags.has(tag)) {
      const url = resolveFeedUrl(element.getAttribute('feed'), root);
      if (!prefetched.has(url)) {
        prefetched.add(url);
        // Shared with the elements once their code arrives; cancelled if they all leave first.
        prefetchFeed(url);
        // The first Paris-time formatter loads the browser's time-zone data (15-20 ms here):
        // do it while the feed is on its way, not in the task that renders it.
        if (prefetched.size === 1) setTimeout(() => parisDayKey(new Date()), 0);
      }
    }
    const load = pending.get(tag);
    if (!load) return;
    pending.delete(tag);
    load().catch((error) => {
      console.error(`[roseup] <${tag}> could not be loaded:`, error);
      // Show the partner's fallback content again.
      root.querySelectorAll(tag).forEach((el) => el.setAttribute('data-roseup-failed', ''));
    });
  };

  const scan = (node: ParentNode) => {
    if (pending.size) node.querySelectorAll([...pending.keys()].join(',')).forEach(visit);
  };

  scan(root);
  if (!pending.size) return;
  // Watches for tags added later (a CMS widget, a single-page app) until every element is loaded.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName.startsWith('roseup-')) visit(node);
        if (node.firstElementChild) scan(node);
      }
    }
    if (!pending.size) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}
