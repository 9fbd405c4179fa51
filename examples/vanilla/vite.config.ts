import { defineConfig } from 'vite';

// base './': the built app can be served from any folder.
export default defineConfig({ base: './' });
