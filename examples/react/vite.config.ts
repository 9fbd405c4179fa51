import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './': the built app can be served from any folder.
export default defineConfig({ base: './', plugins: [react()] });
