import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // base './': the built app can be served from any folder.
  base: './',
  // `vite` (dev): the sample feed from the repository's demo server (`npm run serve`, port 8000).
  server: { proxy: { '/demo': 'http://127.0.0.1:8000' } },
  plugins: [
    vue({
      // The roseup-* tags are custom elements: Vue leaves them to the browser (and sets what it
      // can as properties, listens to @roseup-* as DOM events).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('roseup-') } },
    }),
  ],
});
