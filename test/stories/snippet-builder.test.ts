import { expect, fixture, html } from '@open-wc/testing';
import '../../stories/snippet-builder/snippet-builder.js';
import { HEAD_SNIPPET, type StorySnippetBuilder } from '../../stories/snippet-builder/snippet-builder.js';
import { attributeKind, storybookManifest, type CustomElementsManifest } from '../../stories/support/manifest.js';
import { createElement, escapeAttribute, eventName, snippet } from '../../stories/support/render.js';

/** A manifest like the analyser writes, for a made-up element (no network, no feed). */
const manifest: CustomElementsManifest = {
  schemaVersion: '2.1.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/components/demo/demo.ts',
      declarations: [
        {
          kind: 'class',
          name: 'DemoCard',
          tagName: 'story-demo-card',
          customElement: true,
          summary: 'A demo card.',
          attributes: [
            { name: 'item-title', fieldName: 'itemTitle', type: { text: 'string | undefined' }, description: 'Title shown.' },
            { name: 'variant', fieldName: 'variant', type: { text: 'CardVariant' }, default: "'vertical'", description: '`vertical` (image on top), `horizontal` or `compact`.' },
            { name: 'limit', fieldName: 'limit', type: { text: 'number' }, default: '3', description: 'How many.' },
            { name: 'no-image', fieldName: 'noImage', type: { text: 'boolean' }, default: 'false', description: 'Hides the image.' },
            { name: 'feed', fieldName: 'feed', type: { text: 'string | undefined' }, description: 'URL of the feed.' },
          ],
          members: [
            { kind: 'field', name: 'itemTitle', attribute: 'item-title' },
            { kind: 'field', name: 'article', type: { text: 'FeedItem | undefined' } },
            { kind: 'field', name: 'secret', privacy: 'private' },
            { kind: 'method', name: 'retry' },
          ],
        },
      ],
    },
  ],
};

class DemoCard extends HTMLElement {}
if (!customElements.get('story-demo-card')) customElements.define('story-demo-card', DemoCard);

const field = <E extends Element>(builder: StorySnippetBuilder, selector: string) => builder.shadowRoot!.querySelector<E>(selector)!;

async function setValue(builder: StorySnippetBuilder, selector: string, value: string, event = 'input') {
  const control = field<HTMLInputElement | HTMLSelectElement>(builder, selector);
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true }));
  await builder.updateComplete;
}

describe('stories support', () => {
  it('escapes attribute values and leaves out empty and false attributes', () => {
    expect(escapeAttribute('a"b<c>&d')).to.equal('a&quot;b&lt;c&gt;&amp;d');
    expect(snippet('roseup-article-list', { category: 'beaute', limit: 3, 'no-image': true, heading: '', 'no-summary': false, layout: undefined })).to.equal(
      '<roseup-article-list category="beaute" limit="3" no-image></roseup-article-list>',
    );
    expect(snippet('roseup-article-card', { article: { id: 'x' }, onRoseupLoad: () => {} })).to.equal('<roseup-article-card></roseup-article-card>');
  });

  it('creates the element the snippet describes: attributes, properties and event listeners', () => {
    let loaded = 0;
    const article = { id: 'x' };
    const element = createElement('story-demo-card', { 'item-title': 'Titre', 'no-image': true, article, onRoseupLoad: () => loaded++ }) as DemoCard & { article?: unknown };
    expect(element.getAttribute('item-title')).to.equal('Titre');
    expect(element.getAttribute('no-image')).to.equal('');
    expect(element.article).to.equal(article);
    element.dispatchEvent(new CustomEvent('roseup-load'));
    expect(loaded).to.equal(1);
    expect(eventName('onRoseupBookmarkChange')).to.equal('roseup-bookmark-change');
  });

  it('reads control kinds from the manifest types and descriptions', () => {
    const [declaration] = manifest.modules[0].declarations!;
    const kinds = Object.fromEntries(declaration.attributes!.map((a) => [a.name, attributeKind(a)]));
    expect(kinds['item-title']).to.deep.equal({ kind: 'text' });
    expect(kinds.variant).to.deep.equal({ kind: 'enum', options: ['vertical', 'horizontal', 'compact'] });
    expect(kinds.limit).to.deep.equal({ kind: 'number' });
    expect(kinds['no-image']).to.deep.equal({ kind: 'boolean' });
    expect(attributeKind({ type: { text: "'grid' | 'list'" } })).to.deep.equal({ kind: 'enum', options: ['grid', 'list'] });
  });

  it('keeps for Storybook only the public members no attribute covers', () => {
    const members = storybookManifest(manifest).modules[0].declarations![0].members!.map((m) => m.name);
    expect(members).to.deep.equal(['article']);
  });
});

describe('<story-snippet-builder>', () => {
  let builder: StorySnippetBuilder;
  let clipboard: PropertyDescriptor | undefined;

  beforeEach(async () => {
    clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    builder = await fixture(html`<story-snippet-builder .manifest=${manifest}></story-snippet-builder>`);
  });

  afterEach(() => {
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  });

  it('shows the script tag and the element, with one control per attribute (not feed)', () => {
    expect(builder.code).to.equal(`${HEAD_SNIPPET}\n<story-demo-card></story-demo-card>`);
    expect(field(builder, 'pre').textContent).to.equal(builder.code);
    const ids = [...builder.shadowRoot!.querySelectorAll('[id^="attr-"]:not([id$="-hint"])')].map((e) => e.id);
    expect(ids).to.deep.equal(['attr-item-title', 'attr-variant', 'attr-limit', 'attr-no-image']);
    expect(field(builder, '.preview story-demo-card')).to.exist;
  });

  it('writes only what differs from the defaults, escaped, and updates the preview', async () => {
    await setValue(builder, '#attr-item-title', '"><script>alert(1)</script>');
    await setValue(builder, '#attr-variant', 'compact', 'change');
    await setValue(builder, '#attr-limit', '3');
    const checkbox = field<HTMLInputElement>(builder, '#attr-no-image');
    checkbox.click();
    await builder.updateComplete;
    expect(builder.code).to.equal(
      `${HEAD_SNIPPET}\n<story-demo-card item-title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" variant="compact" no-image></story-demo-card>`,
    );
    const preview = field(builder, '.preview story-demo-card');
    expect(preview.getAttribute('item-title')).to.equal('"><script>alert(1)</script>');
    expect(builder.shadowRoot!.querySelector('script')).to.equal(null);

    field<HTMLInputElement>(builder, '#script').click();
    await builder.updateComplete;
    expect(builder.code.startsWith('<story-demo-card')).to.equal(true);
  });

  it('copies the code and says so', async () => {
    let copied = '';
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: async (text: string) => void (copied = text) }),
    });
    field<HTMLButtonElement>(builder, '.actions button').click();
    await new Promise((r) => setTimeout(r, 0));
    await builder.updateComplete;
    expect(copied).to.equal(builder.code);
    expect(field(builder, '[role="status"]').textContent).to.equal('Code copié dans le presse-papiers.');
  });

  it('says how to copy by hand when the page may not copy', async () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      field<HTMLButtonElement>(builder, '.actions button').click();
      await new Promise((r) => setTimeout(r, 0));
      await builder.updateComplete;
    } finally {
      document.execCommand = execCommand;
    }
    expect(field(builder, '[role="status"]').textContent).to.match(/sélectionnez le code/);
    expect(getSelection()?.toString()).to.equal(builder.code);
  });

  it('is accessible', async () => {
    await expect(builder).to.be.accessible();
  });
});

describe('custom properties as args', () => {
  it('go into the style attribute, in the element and in the snippet', () => {
    const args = { 'article-id': 'a', '--roseup-color-accent': '#00549a', '--roseup-radius': '0', '--roseup-space': '' };
    expect(snippet('roseup-article-card', args)).to.equal('<roseup-article-card article-id="a" style="--roseup-color-accent: #00549a; --roseup-radius: 0"></roseup-article-card>');
    const element = createElement('story-demo-card', args);
    expect(element.style.getPropertyValue('--roseup-color-accent')).to.equal('#00549a');
  });
});

describe('the snippet builder, as issue 15 asked (item 7)', () => {
  const themed: CustomElementsManifest = structuredClone(manifest);
  themed.modules[0].declarations![0].cssProperties = [
    { name: '--roseup-color-accent', default: '#a3134f', description: 'Couleur de marque.' },
    { name: '--roseup-radius', default: '0.5rem', description: 'Arrondi des angles.' },
  ];
  let builder: StorySnippetBuilder;
  beforeEach(async () => {
    builder = await fixture(html`<story-snippet-builder .manifest=${themed}></story-snippet-builder>`);
  });

  it('starts with the head’s stylesheet and script', () => {
    expect(builder.code.split('\n').slice(0, 2)).to.deep.equal([
      '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@roseup/elements@1/dist/roseup.css">',
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@roseup/elements@1/dist/roseup.js"></script>',
    ]);
  });

  it('offers the theme tokens and writes them in the style attribute', async () => {
    expect(field(builder, '#token-roseup-color-accent')).to.exist;
    await setValue(builder, '#token-roseup-color-accent', '#00549a');
    await setValue(builder, '#token-roseup-radius', '0');
    expect(builder.code.endsWith('<story-demo-card style="--roseup-color-accent: #00549a; --roseup-radius: 0"></story-demo-card>')).to.equal(true);
    expect(field(builder, '.preview story-demo-card').getAttribute('style')).to.equal('--roseup-color-accent: #00549a; --roseup-radius: 0');
  });

  it('shows values in descriptions as code, never raw backticks', () => {
    const hints = [...builder.shadowRoot!.querySelectorAll('.hint')].map((hint) => hint.textContent ?? '');
    expect(hints.join(' ')).not.to.include('`');
    expect(field(builder, '#attr-variant-hint code')?.textContent).to.equal('vertical');
  });

  it('never breaks a line inside a word of the code', async () => {
    builder.style.width = '22rem';
    await builder.updateComplete;
    const pre = field<HTMLPreElement>(builder, 'pre');
    const style = getComputedStyle(pre);
    expect(style.wordBreak).to.equal('normal');
    expect(style.overflowWrap).to.equal('normal');
    // Every line box of the text starts at a space or a line start: no word cut across two boxes.
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    let text: Text | undefined;
    while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('cdn.jsdelivr.net')) text = walker.currentNode as Text;
    const url = text!.data.indexOf('cdn.jsdelivr.net');
    const range = document.createRange();
    range.setStart(text!, url);
    range.setEnd(text!, url + 'cdn.jsdelivr.net'.length);
    expect(range.getClientRects().length, 'cdn.jsdelivr.net on one line').to.equal(1);
  });
});
