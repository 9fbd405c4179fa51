import { defineConfig } from 'vite';

// base './': the built app can be served from any folder. `vite` (dev) gets the sample feed from
// the repository's demo server (`npm run serve`, port 8000).
export default defineConfig({ base: './', server: { proxy: { '/demo': 'http://127.0.0.1:8000' } } });
