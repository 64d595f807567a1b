// Hashes the built CLI's report on every corpus page (../shared/corpus), one line per page, so
// that a refactoring can be shown to leave every report byte-identical: run it before and after,
// into files outside the repository, and compare.
//
//   node scripts/report-snapshot.mjs /tmp/before.txt              # builds the CLI first
//   node scripts/report-snapshot.mjs /tmp/after.txt --no-build --against=/tmp/before.txt
//
// Each line: page id, sha256 of the --json output, sha256 of the readable output, exit codes.
// One Node process runs the built CLI's main() per page (spawning one per page took 1.4 s each).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const BUILT = resolve(ROOT, 'dist/cli/newslens.js');

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const against = args.find((a) => a.startsWith('--against='))?.slice('--against='.length);
if (!out) {
  process.stderr.write('usage: report-snapshot.mjs OUT_FILE [--no-build] [--against=FILE]\n');
  process.exit(2);
}
// The hashes are a record of one state of the code, not part of it.
if (resolve(out).startsWith(`${ROOT}/`)) {
  process.stderr.write('report-snapshot: write the snapshot outside the repository\n');
  process.exit(2);
}
if (!args.includes('--no-build')) {
  execFileSync('npm', ['run', 'build:cli', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: build the CLI first`);

const manifest = JSON.parse(readFileSync(`${CORPUS}/manifest.json`, 'utf8'));
// A missing or emptied corpus must not yield an empty snapshot that compares equal.
if (!Array.isArray(manifest) || manifest.length === 0) throw new Error('the corpus is empty');

// The path is our own build output, not input: the import is safe.
// eslint-disable-next-line no-unsanitized/method
const { main } = await import(pathToFileURL(BUILT).href);

/** Runs the CLI's main() with `argv`, capturing what it writes; returns [stdout, exit code]. */
async function run(argv) {
  const chunks = [];
  const write = process.stdout.write;
  const savedArgv = process.argv;
  process.argv = [process.argv[0], 'newslens', ...argv];
  process.stdout.write = (chunk) => {
    chunks.push(String(chunk));
    return true;
  };
  process.exitCode = 0;
  try {
    await main();
  } finally {
    process.stdout.write = write;
    process.argv = savedArgv;
  }
  const code = process.exitCode ?? 0;
  process.exitCode = 0;
  return [chunks.join(''), code];
}

const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const lines = [];
for (const page of manifest) {
  const file = `${CORPUS}/${page.file}`;
  const [json, jsonCode] = await run(['analyze', file, '--json']);
  const [text, textCode] = await run(['analyze', file]);
  if (jsonCode !== 0 && json === '') process.stderr.write(`${page.id}: exit ${jsonCode}\n`);
  lines.push(`${page.id} ${sha(json)} ${sha(text)} ${jsonCode}/${textCode}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} pages, snapshot ${sha(lines.join('\n'))} -> ${out}\n`);

if (against) {
  const before = new Map(
    readFileSync(against, 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.split(' ')[0], line]),
  );
  const changed = lines.filter((line) => before.get(line.split(' ')[0]) !== line);
  const missing = [...before.keys()].filter((id) => !lines.some((l) => l.startsWith(`${id} `)));
  for (const line of changed) process.stdout.write(`changed: ${line.split(' ')[0]}\n`);
  for (const id of missing) process.stdout.write(`missing: ${id}\n`);
  const same = changed.length === 0 && missing.length === 0;
  process.stdout.write(same ? `identical to ${against}\n` : `DIFFERS from ${against}\n`);
  process.exitCode = same ? 0 : 1;
}
