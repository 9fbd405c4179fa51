// Feed images and the partner's cookies (issue 16, item 9): an image of the feed that points at
// the site of the page showing it is dropped, unless it is on the feed's own origin. Checked over
// HTTP: the page is on localhost, the feed on 127.0.0.1 (another origin, another site), and the
// test server counts who asked for each "image".
import { expect, fixture, html } from '@open-wc/testing';
import { resetFeedClient } from '../src/data/feed-client.js';
import { safeImageUrl } from '../src/data/feed-parser.js';
import { normalizeFeed } from '../src/data/normalize-feed.js';
import '../src/components/article-card/define.js';
import { hits, jsonFeed, serveFeed, uniqueKey, until } from './helpers/feeds.js';

const pageOrigin = location.origin; // http://localhost:<port>
const feedOrigin = pageOrigin.replace('localhost', '127.0.0.1');
/** A URL on the test server that answers a small SVG image and counts its requests. */
const counted = (origin: string, key: string) => `${origin}/mock/feed?key=${key}`;
async function image(name: string): Promise<string> {
  const key = uniqueKey(name);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30"/></svg>';
  await fetch(`/mock/register?key=${key}&type=${encodeURIComponent('image/svg+xml')}`, { method: 'POST', body: svg });
  return key;
}

async function showCard(image: string): Promise<HTMLElement> {
  const item = { id: 'https://www.rose-up.fr/magazine/a/', url: 'https://www.rose-up.fr/magazine/a/', title: 'Un article', image };
  const { url } = await serveFeed('images', jsonFeed([item]));
  const el = await fixture<HTMLElement>(
    html`<roseup-article-card feed=${url.replace(pageOrigin, feedOrigin)} article-id=${item.id}></roseup-article-card>`,
  );
  await until(() => !!el.shadowRoot?.querySelector('h2, h3, [part="title"]'), 'the card');
  return el;
}

describe('feed images and the page\'s own site', () => {
  beforeEach(() => resetFeedClient());
  afterEach(() => resetFeedClient());

  it('never requests an image of a foreign feed that points at the page\'s own site', async () => {
    // A partner endpoint (a JSON answer, not an image) that counts its requests.
    const key = uniqueKey('partner-endpoint');
    const el = await showCard(counted(pageOrigin, key));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hits(key)).to.equal(0);
  });

  it('still requests an image on the feed\'s own origin (relative to the feed)', async () => {
    const key = await image('feed-image');
    const el = await showCard(`/mock/feed?key=${key}`);
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(counted(feedOrigin, key));
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    await until(async () => (await hits(key)) > 0, 'the image request');
    await until(() => img.complete && img.naturalWidth === 40, 'the image to load');
  });
});

describe('safeImageUrl', () => {
  const feed = 'https://cdn.rose-up.fr/feed.json';
  const page = 'https://www.chu-lyon.fr/patients/';

  it('keeps images elsewhere, on the feed\'s origin, and relative to the feed', () => {
    expect(safeImageUrl('https://images.example/a.jpg', feed, page)).to.equal('https://images.example/a.jpg');
    expect(safeImageUrl('/img/a.jpg', feed, page)).to.equal('https://cdn.rose-up.fr/img/a.jpg');
    // A partner serving the feed itself keeps its images, on its own origin.
    expect(safeImageUrl('/img/a.jpg', 'https://www.chu-lyon.fr/roseup/feed.json', page)).to.equal('https://www.chu-lyon.fr/img/a.jpg');
  });

  it('drops images on the page\'s site: its origin, another host or port of it, http or https', () => {
    for (const hostile of [
      'https://www.chu-lyon.fr/logout',
      'http://www.chu-lyon.fr/api/delete?id=1',
      'https://intranet.chu-lyon.fr/api/x',
      'https://chu-lyon.fr/x',
      'https://www.chu-lyon.fr:8443/x',
    ]) {
      expect(safeImageUrl(hostile, feed, page), hostile).to.equal(undefined);
    }
    // Also when it is on the page's site but not on the feed's origin.
    expect(safeImageUrl('https://api.chu-lyon.fr/x', 'https://www.chu-lyon.fr/feed.json', page)).to.equal(undefined);
  });

  it('applies to item images, banner images and avatars in the parser (with the real page)', () => {
    const here = `${location.origin}/api/logout`;
    const parsed = normalizeFeed(
      jsonFeed([
        { id: 'a', title: 'A', image: here, banner_image: 'https://images.example/b.jpg', authors: [{ name: 'X', avatar: here }] },
      ]),
      'https://feeds.example.org/feed.json',
    );
    expect(parsed.items.at(0)!.image).to.equal('https://images.example/b.jpg');
    expect(parsed.items.at(0)!.authors[0].avatar).to.equal(undefined);
    // Without a page (Node, a worker) only the http(s) check applies.
    expect(safeImageUrl('https://www.chu-lyon.fr/x', feed, '')).to.equal('https://www.chu-lyon.fr/x');
  });
});
