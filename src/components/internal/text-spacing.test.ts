/**
 * WCAG 1.4.12 / RGAA 10.12: with the text spacing a reader may need (line height 1.5, letter
 * spacing 0.12em, word spacing 0.16em, 2em after paragraphs), nothing is cut off or overflows,
 * on a 320 px column. The elements shield their text from the host page's global CSS, so the
 * override is applied where it would have to land: inside each shadow root.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import '../article-card/define.js';
import '../article-list/define.js';
import '../event-list/define.js';
import '../bookmark-list/define.js';
import '../search/define.js';
import { until } from '../../../test/helpers/feeds.js';

const SAMPLE = '/story-feeds/sample.json';
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Applies the spacing inside `root` and every shadow root below it. */
function applySpacing(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) applySpacing(el.shadowRoot);
}

/** Inner elements that stick out of the host, or clip their own text. */
function problems(host: HTMLElement): string[] {
  const right = host.getBoundingClientRect().right + 0.5;
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width && box.right > right && style.visibility !== 'hidden') out.push(`${el.localName}.${el.className} sticks out`);
      const clips = style.overflowX === 'hidden' || style.overflowY === 'hidden';
      // Text kept for screen readers only (1 px, clipped on purpose).
      const hiddenText = el.classList.contains('visually-hidden') || (box.width <= 1 && box.height <= 1);
      if (clips && !hiddenText && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) out.push(`${el.localName}.${el.className} in ${el.parentElement?.className} clips its content (${el.textContent?.trim().slice(0, 30)})`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return out;
}

describe('text spacing (WCAG 1.4.12) at 320 px', () => {
  beforeEach(() => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10 });
  });

  const cases: Array<[string, () => ReturnType<typeof html>]> = [
    ['roseup-article-card', () => html`<roseup-article-card feed=${SAMPLE} article-id="https://www.rose-up.fr/magazine/cancers-metastatiques/"></roseup-article-card>`],
    ['roseup-article-list', () => html`<roseup-article-list feed=${SAMPLE} limit="3" heading="L’actu"></roseup-article-list>`],
    ['roseup-event-list', () => html`<roseup-event-list feed=${SAMPLE} limit="4" filters></roseup-event-list>`],
    ['roseup-bookmark-list', () => html`<roseup-bookmark-list feed=${SAMPLE}></roseup-bookmark-list>`],
    ['roseup-search', () => html`<roseup-search feed=${SAMPLE}></roseup-search>`],
  ];

  for (const [tag, template] of cases) {
    it(`${tag}: nothing overflows or is cut off`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">${template()}</div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await until(() => !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[aria-busy="true"]'), `${tag} to load`, 8000);
      // Nested elements (cards in a list) render a little later.
      await new Promise((r) => setTimeout(r, 100));
      applySpacing(el.shadowRoot!);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const text = el.shadowRoot!.querySelector('p, label, h2, h3')!;
      expect(getComputedStyle(text).wordSpacing, 'the spacing took effect').to.not.equal('0px');
      expect(problems(el)).to.deep.equal([]);
    });
  }
});
