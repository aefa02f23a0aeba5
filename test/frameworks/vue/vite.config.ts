import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Served from /test/frameworks/vue/dist/ by the browser tests.
export default defineConfig({
  base: './',
  plugins: [
    // Vue must know the tag is a custom element, not a component to resolve.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'city-networks' } } }),
  ],
});
