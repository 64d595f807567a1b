// The content script's reads and writes of the reader's settings, through the one store
// (shared/settings-store.ts).
import browser from '../shared/browser';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, updateSettings } from '../shared/settings-store';

/** The reader's settings; the defaults when storage cannot be read (nothing to stop on). */
export async function readSettings(): Promise<Settings> {
  return loadSettings(browser.storage).then(
    (r) => r.settings,
    () => ({ ...DEFAULT_SETTINGS }),
  );
}

/** The popup turned the underline of unsourced figures on or off: every page keeps it. */
export async function saveUnderline(on: boolean): Promise<void> {
  await updateSettings(browser.storage, (s) => ({ ...s, underlineUnsourced: on }));
}
