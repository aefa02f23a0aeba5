import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { MINIFY_TEMPLATES } from './scripts/minify-options.js';
import { defineConfig, type Plugin } from 'vite';
import { dropTranslatorNotes } from './scripts/vite-translator-notes.js';

/**
 * `npm start`: the demo lives in demo/, so the root sends a browser there,
 * and the dev server prints the demo's address beside its own.
 */
function demoAtRoot(): Plugin {
  return {
    name: 'demo-at-root',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { location: '/demo/' });
        response.end();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) {
          server.config.logger.info(`  ➜  Demo:    ${new URL('demo/', url)}`);
        }
      };
    },
  };
}

/**
 * `npm start` serves the demo from the TypeScript sources; `npm run build`
 * bundles `src/index.ts` with Lit and the localisation runtime into the two
 * self-contained, minified files a host page loads. The sources use no
 * decorators (Vite 8 would leave TC39 ones unlowered).
 */
export default defineConfig({
  plugins: [
    // The Lit team's minifier for html`` and css`` templates, with a source
    // map; options shared with lib/'s (scripts/minify-options.js).
    {
      ...minifyHTMLLiterals({
        include: ['src/**/*.ts'],
        failOnError: true,
        options: MINIFY_TEMPLATES,
      }),
      apply: 'build',
    },
    dropTranslatorNotes(),
    demoAtRoot(),
  ],
  // The dev server's dependency scan: the demo's pages only. Left to itself
  // it crawls every HTML file, the framework apps in test/frameworks/ too,
  // whose packages live in their own node_modules, and says it failed.
  optimizeDeps: { entries: ['demo/**/*.html'] },
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
      // We take only `str` from @lit/localize (our own msg() reads the
      // generated templates). Its entry point also loads its runtime, which
      // runs code at load (a hex table, a resolved promise) that nothing here
      // uses, and its package.json does not say "sideEffects": false, so
      // without this rule that code stays in: 110 bytes gzipped.
      treeshake: {
        moduleSideEffects: [
          { test: /node_modules[\\/]@lit[\\/]localize[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // Vite 8 does not minify library builds unless told to here. Names of
        // variables are shortened; names of properties never are.
        minify: { compress: true, mangle: true, codegen: true },
        // The files are for browsers, not for another bundler: no /* @__PURE__ */ hints.
        comments: { annotation: false },
        // The bundled packages' licences, in full, beside the files (scripts/notices.js).
        postBanner:
          '/*! <city-networks>. Bundled code and its licences: THIRD-PARTY-NOTICES.txt */',
      },
    },
  },
});
