import { loadFeed } from '../../data/feed-client.js';
import { resolveFeedUrl } from './feed-url.js';

export type ElementLoaders = Record<string, () => Promise<unknown>>;

/**
 * Loads an element's code the first time its tag is on the page (now or later), so that a
 * partner page pays only for the elements it uses. Elements that read the feed also start the
 * (shared) feed request at once, in parallel with their code.
 */
export function autoload(loaders: ElementLoaders, feedTags: ReadonlySet<string>, root: Document = document): void {
  const pending = new Map(Object.entries(loaders));
  const prefetched = new Set<string>();

  const visit = (element: Element) => {
    const tag = element.localName;
    if (feedTags.has(tag)) {
      const url = resolveFeedUrl(element.getAttribute('feed'), root);
      if (!prefetched.has(url)) {
        prefetched.add(url);
        // The element itself reports failures; here a failure only means nothing was prefetched.
        loadFeed(url).catch(() => undefined);
      }
    }
    const load = pending.get(tag);
    if (!load) return;
    pending.delete(tag);
    load().catch((error) => console.error(`[roseup] <${tag}> could not be loaded:`, error));
  };

  const scan = (node: ParentNode) => {
    for (const tag of pending.keys()) node.querySelectorAll(tag).forEach(visit);
    for (const tag of feedTags) node.querySelectorAll(tag).forEach(visit);
  };

  scan(root);
  if (!pending.size) return;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName.startsWith('roseup-')) visit(node);
        if (node.firstElementChild) scan(node);
      }
    }
  }).observe(root.documentElement, { childList: true, subtree: true });
}
