import { defineConfig } from 'vite';
import { copyModels } from './build/copy-models.ts';
import { vendorHtmlSinks } from './build/vendor-html-sinks.ts';

// The Node CLI: one ES module in dist/cli/, dependencies left to node_modules, except Readability:
// it is bundled so that the CLI runs the same Readability as the extension, with its HTML sinks
// rewritten (build/vendor-html-sinks.ts).
export default defineConfig({
  plugins: [vendorHtmlSinks(), copyModels()],
  ssr: { noExternal: ['@mozilla/readability'] },
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/index.ts',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'newslens.js' } },
  },
});
