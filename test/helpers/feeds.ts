/**
 * Helpers for element tests: register a JSON body on the test server (real HTTP, see
 * test/server/mock-feed-server.mjs) and get back a URL that serves it.
 */
let counter = 0;

export function uniqueKey(name: string): string {
  return `${name}-${Date.now()}-${counter++}`;
}

export function mockUrl(key: string, query = ''): string {
  return new URL(`/mock/feed?key=${encodeURIComponent(key)}${query}`, location.href).href;
}

export async function serveFeed(name: string, body: unknown, query = ''): Promise<{ key: string; url: string }> {
  const key = uniqueKey(name);
  await fetch(`/mock/register?key=${encodeURIComponent(key)}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { key, url: mockUrl(key, query) };
}

export async function hits(key: string): Promise<number> {
  return (await (await fetch(`/mock/hits?key=${encodeURIComponent(key)}`)).json()).hits;
}

/** Waits until `predicate` holds, polling each frame (fails the test after `timeout` ms). */
export async function until(predicate: () => boolean | Promise<boolean>, message = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!(await predicate())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    // A timer, not requestAnimationFrame: a test page running in a background tab gets no frames.
    await new Promise((r) => setTimeout(r, 16));
  }
}

export const jsonFeed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'RoseUp',
  home_page_url: 'https://www.rose-up.fr/',
  items,
  ...extra,
});

export const metastasesArticle = {
  id: 'https://www.rose-up.fr/magazine/cancers-metastatiques/',
  url: 'https://www.rose-up.fr/magazine/cancers-metastatiques/',
  title: 'Tout savoir sur les cancers métastatiques',
  summary: 'Ce que veut dire « métastatique », comment on le soigne et ce qu’on sait de la guérison.',
  image: '/demo/images/does-not-exist.png',
  date_published: '2020-11-26T09:00:00+01:00',
  date_modified: '2025-03-26T10:00:00+01:00',
  authors: [{ name: 'Emilie Groyer', _roseup: { role: 'Rédactrice en chef' } }],
  _roseup: {
    kind: 'article',
    image_alt: 'Illustration de cellules',
    category: { id: 'cancers-metastatiques', label: 'Cancers métastatiques' },
    format: { id: 'tout-savoir-sur', label: 'Tout savoir sur' },
    reading_minutes: 6,
  },
};

/** A computed colour in any syntax (rgb, oklch…) as its sRGB channels, through a canvas. */
export function rgbOf(color: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG contrast ratio between two computed colours (opaque). */
export function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgbOf(color).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Inner elements of `host`'s shadow root that stick out past its right edge ("tag.class"). */
export function stickingOut(host: Element): string[] {
  const right = host.getBoundingClientRect().right + 0.5;
  return [...host.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.getBoundingClientRect().right > right)
    .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`);
}

/**
 * What the test server does with requests for one of the project's modules (`path` as the page
 * imports it, e.g. `/src/components/event-list/calendar-menu.ts`): `hold` keeps them waiting,
 * `fail` answers 404, `open` lets them through (and the held ones). Real HTTP: the module itself
 * is never replaced. `hold` and `fail` count `moduleHits` from 0 again.
 */
export async function gateModule(path: string, mode: 'hold' | 'fail' | 'open'): Promise<void> {
  await fetch(`/mock/gate?path=${encodeURIComponent(path)}&mode=${mode}`, { method: 'POST' });
  // A copy an earlier page of the run cached (the test runner caches files for a year) would
  // never reach the gate: this drops it.
  await fetch(path, { cache: 'reload', headers: { 'x-roseup-gate': 'evict' } });
}

/** How many times the page requested `path` since its gate was last set. */
export const moduleHits = (path: string): Promise<number> => hits(`gate:${path}`);

/**
 * Runs `action` and counts the times page code gave the browser back through `scheduler.yield`
 * meanwhile (what our slices of long work use). The browser's function is wrapped, then put
 * back; nothing of ours is replaced.
 */
export async function countYields<T>(action: () => Promise<T>, onYield?: () => void): Promise<{ result: T; yields: number }> {
  const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
  const original = scheduler.yield;
  let yields = 0;
  scheduler.yield = function (this: unknown) {
    yields++;
    onYield?.();
    return original.call(this);
  };
  try {
    return { result: await action(), yields };
  } finally {
    scheduler.yield = original;
  }
}
