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
  /**
   * The English words of every element (`english.ts`): fetched with the first element whose
   * nearest `lang` is English, in parallel with its code, rather than once that code has run.
   */
  english?: () => Promise<unknown>;
  /** Load every element at once (`<meta name="roseup:load" content="all">`). */
  eager?: boolean;
  /**
   * Start each feed request of the page's own markup here, at once, rather than when the feed
   * client has arrived: the client adopts it (src/data/early-response.ts).
   */
  earlyFetch?: boolean;
}

const EARLY_FEEDS = Symbol.for('roseup.feed.early');
/** Where an element's feed is when nothing says otherwise (as in feed-url.ts). */
const DEFAULT_FEED = 'https://www.rose-up.fr/feed.json';

/** An http(s) URL without credentials, absolute; else undefined (the rule of safeUrl in feed-parser.ts). */
function httpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value?.trim() || value.length > 4096) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The feed an element reads (its `feed` attribute, `<meta name="roseup:feed">`, the default: the
 * rule of resolveFeedUrl in feed-url.ts, which this entry cannot import), requested now. The
 * request is the feed client's own (a CORS simple GET, no credentials, no referrer); one not
 * adopted within 30 s is cancelled.
 */
export function startFeedRequest(attribute: string | null, doc: Document): void {
  const url =
    httpUrl(attribute, doc.baseURI) ??
    httpUrl(doc.querySelector<HTMLMetaElement>('meta[name="roseup:feed"]')?.content, doc.baseURI) ??
    DEFAULT_FEED;
  const host = globalThis as unknown as Record<symbol, Map<string, { response: Promise<Response>; controller: AbortController }>>;
  const feeds = (host[EARLY_FEEDS] ??= new Map());
  if (feeds.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { method: 'GET', mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
  response.catch(() => undefined); // the feed client reports failures
  const early = { response, controller };
  feeds.set(url, early);
  setTimeout(() => {
    if (feeds.get(url) !== early) return;
    feeds.delete(url);
    controller.abort();
  }, 30_000);
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
 * Calls `then(isBelow)` with a test of whether an element starts below the first screen. At once
 * when the page has been painted (or is hidden): its layout is current, so reading positions costs
 * little. Before its first paint (a fast or cached load, where this script runs as soon as the
 * page is parsed), reading one would force the first style and layout of the whole page inside
 * this script's task (20 to 80 ms on the demo page here): an IntersectionObserver reports the
 * positions after that first frame instead.
 */
function whenPlaced(doc: Document, elements: readonly Element[], then: (isBelow: (element: Element) => boolean) => void): void {
  if (performance.getEntriesByType('paint').length || doc.visibilityState !== 'visible') {
    then((element) => element.getBoundingClientRect().top > innerHeight);
    return;
  }
  const tops = new Map<Element, number>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) tops.set(entry.target, entry.boundingClientRect.top);
    if (tops.size < elements.length) return;
    observer.disconnect();
    then((element) => tops.get(element)! > innerHeight);
  });
  for (const element of elements) observer.observe(element);
}

/**
 * Loads an element's code the first time its tag is on the page (now or later), so that a
 * partner page pays only for the elements it uses. Elements that read the feed also start the
 * (shared) feed request at once, in parallel with their code.
 */
export function autoload(loaders: ElementLoaders, feedTags: ReadonlySet<string>, root: Document = document, options: AutoloadOptions = {}): void {
  const pending = new Map(Object.entries(loaders));
  const failed = new Set<string>();
  const prefetched = new Set<string | null>();

  let coreRequested = false;
  let englishRequested = false;
  const requestCore = () => {
    if (coreRequested) return;
    coreRequested = true;
    options.core?.().catch(() => undefined); // the element's own import reports the failure
  };
  const load = (tag: string): Promise<unknown> | undefined => {
    const loader = pending.get(tag);
    if (!loader) return undefined;
    pending.delete(tag);
    requestCore();
    return loader().catch((error) => {
      failed.add(tag);
      watch();
      const trustedTypes = /trusted.?types|policy/i.test(String(error));
      console.error(
        `[roseup] <${tag}> could not be loaded` +
          (trustedTypes ? ': the page’s Content-Security-Policy must allow the Trusted Types policy "lit-html" (trusted-types lit-html).' : ':'),
        error,
      );
      // Show the partner's fallback content again (and for any added later, see visit).
      root.querySelectorAll(tag).forEach((el) => el.setAttribute('data-roseup-failed', ''));
    });
  };

  /**
   * `onPage`: the page's own markup, whose code is loaded once placed (see below), and whose feeds
   * are requested now. An element a script adds later is loaded at once; it may get its `feed`
   * attribute a moment after it is inserted, so it asks for its feed itself.
   */
  const visit = (element: Element, onPage?: Element[]) => {
    const tag = element.localName;
    if (failed.has(tag)) element.setAttribute('data-roseup-failed', '');
    // The rule of resolveLang (i18n.ts), which this entry cannot import, short of shadow roots.
    if (!englishRequested && options.english && /^\s*en/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '')) {
      englishRequested = true;
      options.english().catch(() => undefined); // the element reports it (and falls back to French)
    }
    if (onPage && feedTags.has(tag)) {
      const attribute = element.getAttribute('feed');
      if (!prefetched.has(attribute)) {
        prefetched.add(attribute);
        if (options.earlyFetch) startFeedRequest(attribute, root);
        // The element itself reports failures; here a failure only means nothing was prefetched.
        options.prefetch?.().then((feed) => feed.prefetchFor(attribute, root), () => undefined);
      }
    }
    if (!onPage) load(tag);
    else if (pending.has(tag)) {
      onPage.push(element);
      requestCore(); // every element needs it: no reason to wait for positions
    }
  };

  const selector = Object.keys(loaders).join(',');
  const scan = (node: ParentNode, onPage?: Element[]) => {
    if (selector) node.querySelectorAll(selector).forEach((el) => visit(el, onPage));
  };

  // Watches for tags added later (a CMS widget, a single-page app) while some element is still
  // to load, or has failed (a late one must show its fallback too).
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName.startsWith('roseup-')) visit(node);
        if (node.firstElementChild) scan(node);
      }
    }
    if (!pending.size && !failed.size) {
      observer.disconnect();
      watching = false;
    }
  });
  let watching = false;
  const watch = () => {
    if (watching) return;
    watching = true;
    observer.observe(root.documentElement, { childList: true, subtree: true });
  };
  if (options.eager) {
    // Elements in other components' shadow roots cannot be seen from here: load them all.
    for (const tag of Object.keys(loaders)) load(tag);
  }
  const onPage: Element[] = [];
  scan(root, onPage);
  if (new Set(onPage.map((element) => element.localName)).size <= 1) {
    // One kind of element: nothing to put first.
    for (const element of onPage) load(element.localName);
  } else {
    // The code of elements below the first screen waits until that of the elements on it has
    // arrived, so that they do not share the bandwidth (their room is kept).
    whenPlaced(root, onPage, (isBelow) => {
      const first: Array<Promise<unknown> | undefined> = [];
      const later = new Set<string>();
      for (const element of onPage) {
        const tag = element.localName;
        if (pending.has(tag) && isBelow(element)) later.add(tag);
        else first.push(load(tag));
      }
      if (!first.length) later.forEach((tag) => load(tag));
      else if (later.size) void Promise.allSettled(first).then(() => later.forEach((tag) => load(tag)));
    });
  }
  // Last: a page already painted was measured as it is laid out, rather than after forcing the
  // restyle and layout these rules call for (the next frame does that, once). Its elements then
  // seem higher than with the room kept (unless the page carries the reservation inline, as
  // recommended), so nothing is held back wrongly.
  reserveSpace(root);
  if (pending.size) watch();
}
