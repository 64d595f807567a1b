import { defineConfig } from 'vite';

// The name tagger's trainer (npm run train:groups): one Node module in dist/train/. Not shipped.
export default defineConfig({
  build: {
    outDir: 'dist/train',
    emptyOutDir: true,
    target: 'node20',
    ssr: process.env.TRAIN_ENTRY ?? 'scripts/train-groups/main.ts',
    minify: false,
    rollupOptions: { output: { entryFileNames: '[name].js' } },
  },
});
