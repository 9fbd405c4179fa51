// Mounts a <roseup-search> on a feed served over HTTP, with navigation stubbed (tests never leave
// the page) and the events a test reads collected. Imports only the element's light module, so a
// test file using it can still check that the search behaviour was not fetched.
import { fixture, html } from '@open-wc/testing';
import type { RoseUpErrorDetail, RoseUpSearchSelectDetail } from '../../src/components/internal/events.js';
import type { RoseUpSearch } from '../../src/components/search/search.js';
import '../../src/components/search/define.js';
import { buildSampleFeed } from '../../sample/sample-feed.mjs';
import { serveFeed, until } from './feeds.js';

// Thursday 29 January 2026, noon in Paris.
export const SEARCH_NOW = new Date('2026-01-29T12:00:00+01:00');

export interface MountedSearch {
  el: RoseUpSearch;
  input: HTMLInputElement;
  /** URLs the element asked to open. */
  navigated: string[];
  selects: RoseUpSearchSelectDetail[];
  errors: RoseUpErrorDetail[];
}

export interface MountSearchOptions {
  /** The feed document (default: the sample feed at `SEARCH_NOW`). */
  body?: unknown;
  /** The mock feed server's key (one per test file keeps their feeds apart). */
  key?: string;
  /** Extra query for the mock feed server (`failStatus=500`, …). */
  query?: string;
  attrs?: Record<string, string | true>;
  /** A `lang` on the wrapper. */
  lang?: string;
  /** Wait for the feed to load or fail (default true). */
  wait?: boolean;
}

export async function mountSearch(options: MountSearchOptions = {}): Promise<MountedSearch> {
  const { url } = await serveFeed(options.key ?? 'search', options.body ?? buildSampleFeed({ now: SEARCH_NOW }), options.query ?? '');
  const el = document.createElement('roseup-search');
  el.setAttribute('feed', url);
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value === true ? '' : value);
  const navigated: string[] = [];
  (el as unknown as { navigate: (url: string) => void }).navigate = (to) => void navigated.push(to);
  const selects: RoseUpSearchSelectDetail[] = [];
  el.addEventListener('roseup-search-select', (e) => selects.push(e.detail));
  let settled = false;
  el.addEventListener('roseup-load', () => (settled = true));
  const errors: RoseUpErrorDetail[] = [];
  el.addEventListener('roseup-error', (e) => {
    settled = true;
    errors.push(e.detail);
  });
  await fixture(options.lang ? html`<div lang=${options.lang}>${el}</div>` : html`<div>${el}</div>`);
  await el.updateComplete;
  if (options.wait !== false) await until(() => settled, 'the feed');
  await el.updateComplete;
  return { el, input: el.shadowRoot!.querySelector('input')!, navigated, selects, errors };
}
