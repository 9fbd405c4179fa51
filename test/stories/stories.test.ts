/**
 * Stories are tests: every story of every stories/*.stories.ts module is rendered as in
 * Storybook (same args, hooks and frame), against the fixture feeds Storybook serves (mounted
 * here by web-test-runner.config.mjs), then must
 *   - settle without any console.error or uncaught error,
 *   - have no axe violation (WCAG 2.1 A/AA and best practices),
 *   - pass its play function, when it has one,
 *   - show a snippet that starts with the story's element.
 */
import { expect } from '@open-wc/testing';
import { resetFeedClient } from '../../src/data/feed-client.js';
import { snippet, type Args } from '../../stories/support/render.js';
import { composeStories, mountStory, settle, type ComposedStory, type StoryModule } from './compose.js';

// The preview page's <meta name="roseup:feed"> (.storybook/preview-head.html).
const meta = document.createElement('meta');
meta.name = 'roseup:feed';
meta.content = 'story-feeds/sample.json';
document.head.append(meta);
document.documentElement.lang = 'fr';

const modulePaths: string[] = await (await fetch('/story-feeds/_stories.json')).json();
const modules: Array<[string, StoryModule]> = [];
for (const path of modulePaths) modules.push([path, (await import(`/${path}`)) as StoryModule]);

/** The snippet the docs show for a story (same rule as .storybook/preview.ts). */
function shownSnippet(story: ComposedStory): string {
  const custom = story.parameters.snippet;
  if (typeof custom === 'function') return (custom as (args: Args) => string)(story.args);
  if (typeof custom === 'string') return custom;
  return typeof story.meta.component === 'string' ? snippet(story.meta.component, story.args) : '';
}

describe('stories', () => {
  it('finds every stories module', () => {
    expect(modulePaths.length).to.be.greaterThan(1);
    for (const [path, module] of modules) {
      expect(module.default, path).to.be.an('object');
      expect(composeStories(module).length, `${path} has stories`).to.be.greaterThan(0);
    }
  });

  for (const [path, module] of modules) {
    describe(module.default.title ?? path, () => {
      for (const story of composeStories(module)) {
        it(story.name, async function () {
          this.timeout(20000);
          resetFeedClient();
          const errors: unknown[][] = [];
          const originalError = console.error;
          console.error = (...args: unknown[]) => {
            errors.push(args);
            originalError.apply(console, args);
          };
          const onError = (event: ErrorEvent) => errors.push(['uncaught', event.message]);
          const onRejection = (event: PromiseRejectionEvent) => errors.push(['unhandled rejection', String(event.reason)]);
          window.addEventListener('error', onError);
          window.addEventListener('unhandledrejection', onRejection);

          const canvas = document.createElement('div');
          canvas.id = 'storybook-root';
          document.body.append(canvas);
          let mounted;
          try {
            mounted = await mountStory(story, canvas);
            const test = (story.parameters.test ?? {}) as { waitForFeeds?: boolean; expectedErrors?: RegExp[] };
            await settle(canvas, { waitForFeeds: test.waitForFeeds !== false });
            await mounted.play();
            await settle(canvas, { waitForFeeds: test.waitForFeeds !== false });

            await expect(canvas).to.be.accessible();
            expect(canvas.querySelector('.story-frame')?.firstElementChild, 'something was rendered').to.exist;

            const code = shownSnippet(story).trim();
            if (typeof story.meta.component === 'string' && !story.parameters.snippet) {
              expect(code.startsWith(`<${story.meta.component}`), `snippet of ${story.id}: ${code}`).to.equal(true);
            }
            expect(code, 'snippet').not.to.match(/undefined|\[object Object\]/);
            // Errors the story shows on purpose (an integration mistake the element reports).
            const unexpected = errors.filter((args) => !(test.expectedErrors ?? []).some((pattern) => pattern.test(args.map(String).join(' '))));
            expect(unexpected, `console errors in ${story.id}`).to.deep.equal([]);
          } finally {
            await mounted?.unmount();
            canvas.remove();
            console.error = originalError;
            window.removeEventListener('error', onError);
            window.removeEventListener('unhandledrejection', onRejection);
          }
        });
      }
    });
  }
});
