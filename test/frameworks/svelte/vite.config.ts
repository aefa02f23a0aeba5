import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Served from /test/frameworks/svelte/dist/ by the browser tests.
export default defineConfig({ base: './', plugins: [svelte()] });
