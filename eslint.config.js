// Flat ESLint config. Layers are enforced here (after Dark Reader's lint zones):
// core imports nothing from the extension or the polyfill; shared is a leaf; content and the
// UI never import each other. Raw HTML sinks are forbidden everywhere.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const EXTENSION_LAYERS = ['**/content/**', '**/background/**', '**/popup/**', '**/options/**'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text must never reach a raw HTML sink.' },
        { property: 'outerHTML', message: 'Page text must never reach a raw HTML sink.' },
        { property: 'insertAdjacentHTML', message: 'Page text must never reach a raw HTML sink.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text must never reach a raw HTML sink.',
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: restrict(
      [
        ...EXTENSION_LAYERS,
        '**/shared/**',
        '**/extract/**',
        '**/cli/**',
        'webextension-polyfill',
        'linkedom',
        '@mozilla/readability',
        'node:*',
      ],
      'src/core is pure: no DOM, no browser or Node API, no extension layer.',
    ),
  },
  {
    files: ['src/shared/**'],
    rules: restrict(
      [...EXTENSION_LAYERS, '**/cli/**'],
      'src/shared is a leaf: it imports only core types.',
    ),
  },
  {
    files: ['src/content/**'],
    rules: restrict(
      ['**/popup/**', '**/options/**', '**/background/**', '**/cli/**'],
      'The content script stands alone.',
    ),
  },
  {
    files: ['src/popup/**', 'src/options/**'],
    rules: restrict(
      ['**/content/**', '**/background/**', '**/cli/**'],
      'UI talks to other parts through messages only.',
    ),
  },
  {
    files: ['src/background/**'],
    rules: restrict(
      ['**/content/**', '**/popup/**', '**/options/**', '**/cli/**'],
      'Background is wiring only.',
    ),
  },
  {
    files: ['src/extract/**'],
    rules: restrict(
      [...EXTENSION_LAYERS, '**/shared/**', '**/cli/**', 'webextension-polyfill'],
      'Extraction is DOM-only, no extension API.',
    ),
  },
  {
    files: ['src/**'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use the polyfilled `browser` from src/shared/browser.ts.' },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', 'bin/**', '*.config.*'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
