#!/usr/bin/env node
// Thin launcher: the CLI is built from src/cli by `npm run build` into dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/newslens.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'newslens: the CLI is not built yet; run `npm run build` (or `npm run setup`) first\n',
  );
  process.exit(1);
}
// The path is our own build output, not input: the import is safe.
// eslint-disable-next-line no-unsanitized/method
const { main } = await import(pathToFileURL(built).href);
await main();
