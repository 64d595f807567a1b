// The content script's reads and writes of the reader's settings, through the one store
// (shared/settings-store.ts), and its watch on them.
import browser from '../shared/browser';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { SETTINGS_KEY, loadSettings, updateSettings } from '../shared/settings-store';

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

/** Calls `changed` when the settings change (a new badge choice); returns what stops it. */
export function watchSettings(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'sync' && SETTINGS_KEY in changes) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
