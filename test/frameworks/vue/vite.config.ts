import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Served from /test/frameworks/vue/dist/ by the browser tests: the app, and
// ssr.html with the server's render of SsrApp (prerender.js).
export default defineConfig({
  base: './',
  build: { rollupOptions: { input: ['index.html', 'ssr.html'] } },
  plugins: [
    // Vue must know the tag is a custom element, not a component to resolve.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'city-networks' } } }),
  ],
});
