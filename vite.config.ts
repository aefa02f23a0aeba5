import { defineConfig } from 'vite';
import { minifyTemplates } from './build/minify-templates.js';

/**
 * `npm start` serves the demo from the TypeScript sources; `npm run build`
 * bundles `src/index.ts` with Lit and the localisation runtime into the two
 * self-contained, minified files a host page loads. The sources use no
 * decorators (Vite 8 would leave TC39 ones unlowered).
 */
export default defineConfig({
  plugins: [minifyTemplates()],
  resolve: {
    // We need only `str` from @lit/localize (our own msg() sits on its message
    // runtime). Its index also sets up the runtime mode at module level, which
    // no tree-shaker may drop, so the bundle takes `str` from where it lives.
    alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'CityNetworks',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'city-networks.js' : 'city-networks.iife.js'),
    },
    rolldownOptions: {
      output: {
        // Vite 8 does not minify library builds unless told to here. Our private
        // members are named `_like` this so that their names can be shortened
        // too (Lit's own are already short, `_$like` this, and stay as they are).
        minify: {
          compress: true,
          mangle: true,
          codegen: true,
          mangleProps: { include: /^_[a-z]/ },
        },
        // The files are for browsers, not for another bundler: no /* @__PURE__ */ hints.
        comments: { annotation: false },
      },
    },
  },
});
