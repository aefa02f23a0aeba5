// custom-elements.json, the manifest named in package.json's `customElements`.
// It is read from the TypeScript sources but describes the published modules,
// so paths are rewritten from src/*.ts to lib/*.js.
const toPublished = (path) => path?.replace(/^\/?src\//, 'lib/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const json = JSON.stringify(customElementsManifest, (key, value) =>
          (key === 'path' || key === 'module') && typeof value === 'string'
            ? toPublished(value)
            : value,
        );
        Object.assign(customElementsManifest, JSON.parse(json));
      },
    },
  ],
};
