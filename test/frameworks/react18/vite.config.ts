import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served from /test/frameworks/react18/dist/ by the browser tests.
export default defineConfig({ base: './', plugins: [react()] });
