import { HIDE_FALLBACK_CSS, RESERVED_SPACE_CSS } from './reserved-space.js';

export type ElementLoaders = Record<string, () => Promise<unknown>>;

/**
 * What the loader fetches besides elements. Both are dynamic imports, so that this module (the
 * one-tag entry) shares no code with the chunks: a chunk never imports the entry, whose URL the
 * partner may have changed (`roseup.js?ver=3` on WordPress).
 */
export interface AutoloadOptions {
  /** The code every element shares: fetched with the first element, in parallel with it. */
  core?: () => Promise<unknown>;
  /** The feed client, to start an element's feed request while its code is on its way. */
  prefetch?: () => Promise<{ prefetchFor(feedAttribute: string | null, doc: Document): void }>;
}

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
export function autoload(loaders: ElementLoaders, feedTags: ReadonlySet<string>, root: Document = document, options: AutoloadOptions = {}): void {
  const pending = new Map(Object.entries(loaders));
  const prefetched = new Set<string | null>();
  reserveSpace(root);

  let coreRequested = false;
  const visit = (element: Element) => {
    const tag = element.localName;
    if (feedTags.has(tag)) {
      const attribute = element.getAttribute('feed');
      if (!prefetched.has(attribute)) {
        prefetched.add(attribute);
        // The element itself reports failures; here a failure only means nothing was prefetched.
        options.prefetch?.().then((feed) => feed.prefetchFor(attribute, root), () => undefined);
      }
    }
    if (!coreRequested && pending.has(tag)) {
      coreRequested = true;
      options.core?.().catch(() => undefined); // the element's own import reports the failure
    }
    const load = pending.get(tag);
    if (!load) return;
    pending.delete(tag);
    load().catch((error) => {
      const trustedTypes = /trusted.?types|policy/i.test(String(error));
      console.error(
        `[roseup] <${tag}> could not be loaded` +
          (trustedTypes ? ': the page’s Content-Security-Policy must allow the Trusted Types policy "lit-html" (trusted-types lit-html).' : ':'),
        error,
      );
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
