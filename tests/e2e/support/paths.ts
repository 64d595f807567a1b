import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Builds made by `npm run build:e2e`: the shipped builds plus 127.0.0.1 in the content-script matches. */
export const E2E_CHROME_DIR = `${ROOT}dist/e2e-chrome`;
export const E2E_FIREFOX_DIR = `${ROOT}dist/e2e-firefox`;
export const ARTIFACTS_DIR = `${ROOT}artifacts/`;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const POPUP_PATH = 'src/popup/popup.html';
