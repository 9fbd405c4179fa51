import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // base './': the built app can be served from any folder.
  base: './',
  plugins: [
    vue({
      // The roseup-* tags are custom elements: Vue leaves them to the browser (and sets what it
      // can as properties, listens to @roseup-* as DOM events).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('roseup-') } },
    }),
  ],
});
