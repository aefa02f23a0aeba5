import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served from /test/frameworks/react19/dist/ by the browser tests: the app,
// and ssr.html with the server's render of SsrApp (prerender.js).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { rollupOptions: { input: ['index.html', 'ssr.html'] } },
});
