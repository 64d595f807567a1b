// Flat ESLint config. The layers of docs/ARCHITECTURE.md are enforced here (after Dark Reader's
// lint zones), by what each may import and by which globals it may use:
//
//   layer              may import                     globals
//   src/core           nothing outside src/core       ECMAScript built-ins only
//   src/extract        core (and linkedom)            browser (the DOM; no extension API)
//   src/shared         core, the polyfill             browser
//   src/content        core, extract, shared          browser
//   src/background     core, extract, shared          browser
//   src/popup, options core, shared                   browser
//   src/cli            core, extract, shared          Node
//
// no-undef is on for src/: TypeScript alone accepts every global of lib.dom and @types/node in
// every file, so `document` in src/core would type-check. Raw HTML sinks are forbidden everywhere.
// tests/unit/build/lint-layers.test.ts proves that a forbidden import and a DOM global fail.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = {
  extract: '**/extract/**',
  shared: '**/shared/**',
  content: '**/content/**',
  background: '**/background/**',
  popup: '**/popup/**',
  options: '**/options/**',
  cli: '**/cli/**',
};
/** Node's modules, with and without the node: prefix. */
const NODE = ['node:*', ...builtinModules];
/** Constants vite.config.ts defines at build time (src/shared/build-env.d.ts). */
const BUILD_CONSTANTS = {
  __NEWSLENS_E2E__: 'readonly',
  __NEWSLENS_TIMING__: 'readonly',
  __NEWSLENS_WIKIPEDIA_BASE__: 'readonly',
};

/** A layer: its files, what it may not import (and why), and its globals. */
const layer = (files, forbidden, message, layerGlobals) => ({
  files,
  languageOptions: { globals: layerGlobals },
  rules: {
    'no-undef': 'error',
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
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
  // Everything outside src/ (tests, scripts, bench, build, configs) runs in Node and, through
  // the browser tests, in pages.
  { ignores: ['src/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  layer(
    ['src/core/**'],
    [
      LAYERS.extract,
      LAYERS.shared,
      LAYERS.content,
      LAYERS.background,
      LAYERS.popup,
      LAYERS.options,
      LAYERS.cli,
      'webextension-polyfill',
      'linkedom',
      '@mozilla/readability',
      '@mozilla/readability/*',
      'preact',
      'preact/*',
      ...NODE,
    ],
    'src/core is pure: it runs unchanged in Node (the CLI) and in the background, so it imports nothing outside src/core.',
    globals.es2023,
  ),
  layer(
    ['src/extract/**'],
    [
      LAYERS.shared,
      LAYERS.content,
      LAYERS.background,
      LAYERS.popup,
      LAYERS.options,
      LAYERS.cli,
      'webextension-polyfill',
      ...NODE,
    ],
    'Extraction is DOM only (linkedom in the CLI and the background, the page in the content script): no extension API, no Node.',
    globals.browser,
  ),
  layer(
    ['src/shared/**'],
    [
      LAYERS.extract,
      LAYERS.content,
      LAYERS.background,
      LAYERS.popup,
      LAYERS.options,
      LAYERS.cli,
      'linkedom',
      '@mozilla/readability',
      '@mozilla/readability/*',
      ...NODE,
    ],
    'src/shared is a leaf of the extension: it imports only core and the polyfill.',
    { ...globals.browser, ...BUILD_CONSTANTS },
  ),
  layer(
    ['src/content/**'],
    [LAYERS.background, LAYERS.popup, LAYERS.options, LAYERS.cli, 'linkedom', ...NODE],
    'The content script stands alone (and stays small: no linkedom).',
    { ...globals.browser, ...BUILD_CONSTANTS },
  ),
  layer(
    ['src/background/**'],
    [LAYERS.content, LAYERS.popup, LAYERS.options, LAYERS.cli, ...NODE],
    'Background is wiring only.',
    { ...globals.browser, ...BUILD_CONSTANTS },
  ),
  layer(
    ['src/popup/**', 'src/options/**'],
    [LAYERS.extract, LAYERS.content, LAYERS.background, LAYERS.cli, 'linkedom', ...NODE],
    'UI talks to other parts through messages only.',
    { ...globals.browser, ...BUILD_CONSTANTS },
  ),
  layer(
    ['src/cli/**'],
    [
      LAYERS.content,
      LAYERS.background,
      LAYERS.popup,
      LAYERS.options,
      'webextension-polyfill',
      '**/shared/browser',
    ],
    'The CLI is Node: no extension part, no polyfill.',
    // NodeJS: the type namespace of @types/node.
    { ...globals.node, NodeJS: 'readonly' },
  ),
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
