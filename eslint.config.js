// @ts-check
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // The framework apps are checked by their own tool chains (scripts/test-frameworks.js).
    ignores: [
      'node_modules/',
      'lib/',
      'dist/',
      'src/generated/',
      'custom-elements.json',
      'test/frameworks/*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: [
      'src/**/*.ts',
      'test/**/*.ts',
      'demo/**/*.js',
      'test/fixtures/**/*.js',
      'test/frameworks/*.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'test/node/**/*.js', 'test/*.js', '*.js', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests assert on shadow DOM queries they just made.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
