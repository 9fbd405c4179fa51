// The HTML converter (html-text.ts) is not part of what a page with RoseUp's feed downloads: the
// parser fetches it only for a document with `content_html`. This file imports nothing that
// imports html-text.ts statically, so the requests below are the parser's own.
import { expect } from '@open-wc/testing';
import { parseFeedTextInSlices } from './feed-parser.js';

const BASE = 'https://feeds.example.org/roseup/feed.json';
const converterRequests = () => performance.getEntriesByType('resource').filter((e) => /\/html-text\.(ts|js)(\?|$)/.test(new URL(e.name).pathname));
const body = (items: unknown[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });

describe('feed parser: the HTML converter is fetched only for a feed with HTML', () => {
  it('reads a feed with content_text only without fetching it, then fetches it once for a feed with content_html', async () => {
    const plain = await parseFeedTextInSlices(body([{ id: 'a', title: 'Un article', content_text: 'Le texte.' }]), BASE);
    expect(plain.items.get('a')!.contentText).to.equal('Le texte.');
    expect(converterRequests(), 'no request for html-text').to.have.length(0);

    const html = await parseFeedTextInSlices(
      body([
        { id: 'b', content_html: '<p>Titre tiré du <b>texte</b>&nbsp;: un atelier</p><script>alert(1)</script>' },
        { id: 'c', title: 'Avec HTML', content_html: '<h2>Fatigue</h2><p>Des conseils &eacute;prouvés.</p>' },
      ]),
      BASE,
    );
    expect(html.skipped).to.have.length(0);
    expect(html.items.get('b')!.title).to.equal('Titre tiré du texte : un atelier');
    expect(html.items.get('c')!.contentText).to.equal('Fatigue\n\nDes conseils éprouvés.');
    expect(converterRequests()).to.have.length(1);
  });
});
