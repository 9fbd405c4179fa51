// Browser tests: every *.test.ts under src/ and test/ runs in Debian's headless Chromium.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mockFeedServer } from './test/server/mock-feed-server.mjs';
import { jsonSchemaPlugin } from './test/server/json-schema-plugin.mjs';
import { browserControlPlugin } from './test/server/browser-control-plugin.mjs';
import { CHROME_FLAGS, CHROME_PATH } from './test/chrome.mjs';
import { storyFeedsMiddleware } from './stories/feeds/story-feeds.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));


export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a page in a background tab gets throttled frames and timers, which
  // made focus, axe and layout checks flaky with two.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), jsonSchemaPlugin(rootDir), browserControlPlugin()],
  middleware: [mockFeedServer(), storyFeedsMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_FLAGS,
      },
    }),
  ],
};
