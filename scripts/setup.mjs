// `npm run setup`: everything a fresh machine needs, then the main job on an example.
// Uses only Node's own modules: it runs before node_modules exists.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runSteps } from './run-steps.mjs';

const BROWSERS = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
];

/** French UI for the browsers, so the popup's French is tested (Debian ships English only). */
const LOCALE_PACKAGES = ['chromium-l10n', 'firefox-esr-l10n-fr'];

const installed = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes(
    'install ok installed',
  );

function browserStep() {
  const missing = [
    ...BROWSERS.filter(([, path]) => !existsSync(path)).map(([pkg]) => pkg),
    ...(spawnSync('sh', ['-c', 'command -v dpkg-query']).status === 0
      ? LOCALE_PACKAGES.filter((p) => !installed(p))
      : []),
  ];
  if (missing.length === 0) return ['test browsers (present)', 'true'];
  const canApt =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canApt) {
    console.error(
      `\nThe browser tests need Debian's ${missing.join(' and ')}. Install them with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
        'or set CHROMIUM_PATH / FIREFOX_PATH to existing executables, then run `npm run setup` again.\n',
    );
    process.exit(2);
  }
  return [
    `test browsers (${missing.join(', ')})`,
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
  ];
}

runSteps('npm run setup', [
  [
    'npm dependencies',
    existsSync('package-lock.json')
      ? 'npm ci --no-audit --no-fund'
      : 'npm install --no-audit --no-fund',
  ],
  browserStep(),
  ['build (Chrome, Firefox, CLI)', 'npm run build'],
  [
    'example: newslens analyze examples/example-article.html',
    'node bin/newslens.js analyze examples/example-article.html',
  ],
]);
console.log(`
Built extensions:
  Chrome / Chromium: dist/chrome/   (chrome://extensions → Developer mode → Load unpacked)
  Firefox:           dist/firefox/  (about:debugging → This Firefox → Load Temporary Add-on → manifest.json)
CLI: node bin/newslens.js analyze <file.html|file.txt|URL|-> [--json]
Next: npm test`);
