import { loadFeed } from '../../data/feed-client.js';
import { parisDayKey } from '../../data/paris-time.js';
import { resolveFeedUrl } from './feed-url.js';

export type ElementLoaders = Record<string, () => Promise<unknown>>;

/**
 * Space kept for each element between the page's first paint and its own first render (its
 * loading placeholder has about these sizes), so that the page does not jump when it appears.
 * The partner's fallback content stays in the flow, invisible, until the element takes over;
 * if the element's code cannot load, the element is marked and the fallback shows again.
 * A constructable stylesheet, so that a strict `style-src` CSP does not block it.
 */
const RESERVED = `
:is(roseup-article-card,roseup-article-list,roseup-event-list,roseup-bookmark-list,roseup-search):not(:defined){display:block;font-size:medium}
:is(roseup-article-card,roseup-article-list,roseup-event-list,roseup-bookmark-list,roseup-search,roseup-bookmark-button):not(:defined):not([data-roseup-failed])>*{visibility:hidden}
roseup-article-card:not(:defined){min-height:22em}
roseup-article-card[variant=horizontal]:not(:defined){min-height:12em}
roseup-article-card[variant=compact]:not(:defined){min-height:8em}
roseup-article-list:not(:defined){min-height:22em}
roseup-article-list[heading]:not(:defined){min-height:25em}
roseup-event-list:not(:defined){min-height:calc(5 * 12em + 2.75em)}
roseup-event-list[limit="1"]:not(:defined){min-height:calc(12em + 2.75em)}
roseup-event-list[limit="2"]:not(:defined){min-height:calc(2 * 12em + 2.75em)}
roseup-event-list[limit="3"]:not(:defined){min-height:calc(3 * 12em + 2.75em)}
roseup-event-list[limit="4"]:not(:defined){min-height:calc(4 * 12em + 2.75em)}
roseup-event-list[limit="6"]:not(:defined){min-height:calc(6 * 12em + 2.75em)}
roseup-event-list[filters]:not(:defined){padding-top:7.5em}
roseup-search:not(:defined){min-height:4.9em}
roseup-bookmark-list:not(:defined){min-height:11em}
`;

function reserveSpace(doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED);
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
        // The element itself reports failures; here a failure only means nothing was prefetched.
        loadFeed(url).catch(() => undefined);
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
