// The one place settings are read, written and watched (popup, options, content script and
// background all go through it). Stored in storage.sync under one key; shared/settings.ts
// brings whatever is stored to the current shape.
import { normalizeSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** The part of a storage area the store uses (storage.sync and storage.local). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** browser.storage, or a fake of it in the unit tests. */
export interface SettingsStorage {
  sync: StorageArea;
  local: StorageArea;
}

/** The settings as stored, brought to the current shape; `repaired` names the keys reset. */
export async function loadSettings(
  storage: SettingsStorage,
): Promise<{ settings: Settings; repaired: (keyof Settings)[] }> {
  const stored = await storage.sync.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  await storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Reads the stored settings, changes them and writes them back; returns what was written. */
export async function updateSettings(
  storage: SettingsStorage,
  change: (s: Settings) => Settings,
): Promise<Settings> {
  const next = change((await loadSettings(storage)).settings);
  await saveSettings(storage, next);
  return next;
}

/** The settings as they change in storage (from another page, or the background). */
export function watchSettings(
  onChanged: {
    addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(
      fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void,
    ): void;
  },
  onSettings: (settings: Settings) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && SETTINGS_KEY in changes)
      onSettings(normalizeSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
