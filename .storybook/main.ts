import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { roseupStorybook } from './roseup-plugin';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    '@storybook/addon-a11y',
    // GitHub-flavoured Markdown in the MDX pages: their tables (keys, support, attributes).
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
  ],
  core: {
    // Closed network, and a partner's designers should not be tracked.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [roseupStorybook()],
      optimizeDeps: {
        // One copy of Lit for the elements and for the web-components renderer (otherwise:
        // "Multiple versions of Lit loaded").
        include: ['lit', 'lit/directive-helpers.js', '@lit/task'],
      },
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
