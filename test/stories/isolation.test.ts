/**
 * The defects a designer met on the docs pages (issue 15, items 1–4), each checked the way the
 * page shows it: several stories of one module mounted in the same document, one after the other.
 */
import { expect } from '@open-wc/testing';
import { resetFeedClient } from '../../src/data/feed-client.js';
import * as Card from '../../stories/article-card.stories.js';
import * as Theming from '../../stories/theming.stories.js';
import { inShadow, waitFor } from '../../stories/support/interactions.js';
import { composeStories, mountStory, settle, type MountedStory, type StoryModule } from './compose.js';

const meta = document.createElement('meta');
meta.name = 'roseup:feed';
meta.content = 'story-feeds/sample.json';
document.head.append(meta);
document.documentElement.lang = 'fr';

const mounted: Array<{ story: MountedStory; canvas: HTMLElement }> = [];

/** Mounts the story `exportName` of `module` in a canvas of its own, next to the others. */
async function show(module: StoryModule, exportName: string, args: Record<string, unknown> = {}): Promise<HTMLElement> {
  const composed = composeStories(module).find((story) => story.exportName === exportName);
  if (!composed) throw new Error(`no story ${exportName}`);
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const story = await mountStory({ ...composed, args: { ...composed.args, ...args } }, canvas);
  mounted.push({ story, canvas });
  await settle(canvas);
  await story.play();
  await settle(canvas);
  return canvas;
}

afterEach(async () => {
  for (const { story, canvas } of mounted.splice(0).reverse()) {
    await story.unmount();
    canvas.remove();
  }
  resetFeedClient();
});

const card = (canvas: HTMLElement) => canvas.querySelector('roseup-article-card')!;

describe('stories on one docs page', function () {
  this.timeout(20000);

  it('theme styles stay in their own story (item 1)', async () => {
    const hospital = await show(Theming as unknown as StoryModule, 'Hospital');
    const dark = await show(Theming as unknown as StoryModule, 'Dark');
    const parts = await show(Theming as unknown as StoryModule, 'Parts');
    const accent = (canvas: HTMLElement) => getComputedStyle(card(canvas)).getPropertyValue('--roseup-color-accent').trim();
    expect(accent(hospital), 'hospital accent').to.equal('#00549a');
    expect(accent(dark), 'dark accent').to.equal('#ffa8cb');
    expect(accent(parts), 'parts: no theme colour').to.equal('');
    const titleFont = (canvas: HTMLElement) => getComputedStyle(inShadow(card(canvas), '[part="title"]')!).fontFamily;
    expect(titleFont(parts), 'the parts story sets Georgia').to.match(/Georgia/);
    expect(titleFont(hospital), 'the hospital titles keep their font').not.to.match(/Georgia/);
    expect(titleFont(dark), 'the dark titles keep their font').not.to.match(/Georgia/);
    // "Voir tout l’agenda" and "Demain" in the hospital story: its own colours, not the dark ones.
    const events = hospital.querySelector('roseup-event-list')!;
    expect(getComputedStyle(events).getPropertyValue('--roseup-color-accent').trim()).to.equal('#00549a');
  });

  it('a story’s bookmarks do not reach the next story (item 2)', async () => {
    const bookmarked = await show(Card as unknown as StoryModule, 'Bookmarked');
    const fresh = await show(Card as unknown as StoryModule, 'Default');
    const pressed = async (canvas: HTMLElement) =>
      (await waitFor(() => inShadow(inShadow(card(canvas), 'roseup-bookmark-button'), 'button'), 'le bouton')).getAttribute('aria-pressed');
    expect(await pressed(fresh), 'Par défaut is not bookmarked').to.equal('false');
    expect(await pressed(bookmarked), 'the bookmarked story keeps its bookmark').to.equal('true');
    expect(localStorage.getItem('roseup:bookmarks:v1'), 'nothing written to the real storage').to.equal(null);
  });

  it('the variant control shows the horizontal card (item 4)', async () => {
    const canvas = await show(Card as unknown as StoryModule, 'Default', { variant: 'horizontal' });
    const image = inShadow(card(canvas), '[part="image"]')!.getBoundingClientRect();
    const title = inShadow(card(canvas), '[part="title"]')!.getBoundingClientRect();
    expect(title.left, 'the title beside the image').to.be.greaterThan(image.right - 1);
    const vertical = await show(Card as unknown as StoryModule, 'Default', { variant: 'vertical' });
    const image2 = inShadow(card(vertical), '[part="image"]')!.getBoundingClientRect();
    const title2 = inShadow(card(vertical), '[part="title"]')!.getBoundingClientRect();
    expect(title2.top, 'vertical: the title under the image').to.be.greaterThan(image2.bottom - 1);
  });
});
