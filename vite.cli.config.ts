import { defineConfig } from 'vite';

// The Node CLI: one ES module in dist/cli/, dependencies left to node_modules.
export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/index.ts',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'newslens.js' } },
  },
});
