import { defineConfig } from 'vite';
import { copyModels } from './build/copy-models.ts';
import { lazyEventListeners } from './build/lazy-event-listeners.ts';
import { vendorHtmlSinks } from './build/vendor-html-sinks.ts';

// The Node CLI: ES modules in dist/cli/, all in one flat folder (models.ts and page-pool.ts find
// models/ and bulk-worker.js beside whichever chunk they end up in). Entries: newslens.js (the
// command; it loads the analysis chunk only when it analyses a page) and bulk-worker.js (a worker
// thread of a bulk run).
//
// Dependencies are bundled, not left to node_modules: linkedom's graph is 199 ES modules, resolved
// and read one by one at every start, about 250 ms here against 50 ms bundled (docs/PERFORMANCE.md,
// "CLI start-up and bulk runs"). Readability is bundled in any case, so that the CLI runs the same
// Readability as the extension, with its HTML sinks rewritten (build/vendor-html-sinks.ts).
// linkedom's optional `canvas` stays outside: it is a native module, and linkedom works without it.
//
// linkedom's per-node listener tables are made on first use (build/lazy-event-listeners.ts): a
// third less CPU for the CLI's pipeline over the corpus.
//
// JSON (the knowledge base, 1.4 MB) is emitted as JSON.parse('…'): V8 reads a JSON string faster
// than a JavaScript object literal of the same data.
export default defineConfig({
  plugins: [vendorHtmlSinks(), lazyEventListeners(), copyModels()],
  json: { stringify: true },
  ssr: { noExternal: true, external: ['canvas'] },
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { newslens: 'src/cli/index.ts', 'bulk-worker': 'src/cli/bulk/worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
});
