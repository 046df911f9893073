// ESLint for every source file: typescript-eslint's recommended rules everywhere, and for the
// elements the Lit template rules (eslint-plugin-lit) and the custom-element rules
// (eslint-plugin-wc). Type errors are tsc's job (`npm run typecheck`); unused code fails both.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const elements = ['packages/elements/src/**/*.ts', 'stories/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      // Written by scripts (JSON Schemas, the compiled chart spec): checked where they are generated.
      'packages/schema/src/generated/**',
      'packages/elements/src/charts/comparison.vega.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // An argument or binding named with a leading underscore is unused on purpose (an interface's shape, a skipped tuple item).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: elements, ...lit.configs['flat/recommended'] },
  { files: elements, ...wc.configs['flat/best-practice'] },
  {
    files: elements,
    rules: {
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/no-native-attributes': 'error',
      'wc/guard-define-call': 'off', // defineElement() is the guard (see define-element.ts)
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // A story may style the page around a widget, as a page author would, to show theming from outside.
    files: ['stories/**/*.ts'],
    rules: { 'lit/prefer-static-styles': 'off' },
  },
);
