// `npm run package`: store-ready zips in artifacts/packages/, versioned from package.json:
//   newslens-chrome-<version>.zip   dist/chrome zipped, for the Chrome Web Store
//   newslens-firefox-<version>.zip  dist/firefox by `web-ext build`, for addons.mozilla.org
//   newslens-source-<version>.zip   the committed sources (git archive HEAD), for AMO's review
// Builds first (`--no-build` zips what dist/ holds). Refuses test builds: the shipped manifests
// must not carry the 127.0.0.1 access the browser tests add.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';

const OUT = 'artifacts/packages';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const quiet = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' }).trim();

if (!process.argv.includes('--no-build')) {
  run('npm', ['run', 'build:chrome']);
  run('npm', ['run', 'build:firefox']);
}

for (const browser of ['chrome', 'firefox']) {
  const manifestPath = `dist/${browser}/manifest.json`;
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build first`);
  const manifest = readFileSync(manifestPath, 'utf8');
  const parsed = JSON.parse(manifest);
  if (parsed.version !== version)
    throw new Error(`${manifestPath} is version ${parsed.version}, package.json ${version}`);
  if (manifest.includes('127.0.0.1')) throw new Error(`${manifestPath} is a test build`);
}

mkdirSync(OUT, { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  run('npx', [
    'web-ext',
    'build',
    '--no-config-discovery',
    '--source-dir',
    `dist/${browser}`,
    '--artifacts-dir',
    OUT,
    '--filename',
    `newslens-${browser}-${version}.zip`,
    '--overwrite-dest',
  ]);
}

const source = `${OUT}/newslens-source-${version}.zip`;
run('git', ['archive', '--format=zip', `--prefix=newslens-${version}/`, '-o', source, 'HEAD']);
if (quiet('git', ['status', '--porcelain', '--untracked-files=no']) !== '')
  console.warn('package: uncommitted changes are not in the source zip (it is git archive HEAD)');

for (const name of [`chrome-${version}`, `firefox-${version}`, `source-${version}`]) {
  const file = `${OUT}/newslens-${name}.zip`;
  console.log(`${file}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
}
