// `npm run bench`: builds what it measures (the shipped Chrome build for the content script's
// size, the e2e builds for the browser runs, the CLI), bundles bench/run.ts for Node (the
// project's TypeScript, Node 20 has no TS loader) and runs it. See docs/PERFORMANCE.md.
//   --no-build      use the builds already in dist/
//   --pages=N       only the first N corpus pages (quick check)
//   --loads=N       loads per corpus page, the median one counted (default 5)
//   --ids=a,b       only these corpus pages
//   --only=a,b      parts: size, corpus, scaling, hide, cli, repeats, background, models, bulk
import { execSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

if (!args.includes('--no-build')) {
  for (const script of ['build:chrome', 'build:e2e', 'build:cli']) {
    process.stderr.write(`bench: npm run ${script}\n`);
    execSync(`npm run --silent ${script}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

/** Keeps `new URL('…', import.meta.url)` in bundled modules relative to their source file. */
function sourceLocation() {
  return {
    name: 'newslens-bench-source-location',
    transform(code, id) {
      if (
        !id.startsWith(root) ||
        id.includes('/node_modules/') ||
        !code.includes('import.meta.url')
      )
        return null;
      return code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href));
    },
  };
}

const outDir = `${root}node_modules/.cache/newslens-bench`;
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [sourceLocation()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'node20',
    ssr: `${root}bench/run.ts`,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.mjs' } },
  },
});

// The path is our own build output, not input: the import is safe.
// eslint-disable-next-line no-unsanitized/method
const { run } = await import(pathToFileURL(`${outDir}/run.mjs`).href);
const pages = flag('pages');
const only = flag('only');
await run({
  ...(pages ? { pages: Number(pages) } : {}),
  ...(flag('loads') ? { loads: Number(flag('loads')) } : {}),
  ...(flag('ids') ? { ids: new Set(flag('ids').split(',')) } : {}),
  ...(only ? { only: new Set(only.split(',')) } : {}),
});
