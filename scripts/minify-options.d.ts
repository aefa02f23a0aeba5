import type { Options } from '@lit-labs/rollup-plugin-minify-html-literals';

/** How html`` and css`` templates are minified, for dist/ and lib/ alike. */
export const MINIFY_TEMPLATES: NonNullable<Options['options']>;
