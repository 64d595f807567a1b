// The one place settings are read, written and watched (popup, options, content script and
// background all go through it). The reader's preferences are in storage.sync under one key, so
// they follow the reader to their other browsers; the sites they added ("Run on this site") are
// in storage.local: each needs this browser's registration and permission, does nothing
// elsewhere, and should not spread the hosts the reader visits to every synced device.
// shared/settings.ts brings whatever is stored to the current shape.
import { normalizeSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
/** storage.local: the hosts the reader added. */
export const ADDED_SITES_KEY = 'addedSites';

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

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

/** browser.storage with its change event. */
export interface WatchedStorage extends SettingsStorage {
  onChanged: {
    addListener(fn: ChangeListener): void;
    removeListener(fn: ChangeListener): void;
  };
}

/** The settings as stored, brought to the current shape; `repaired` names the keys reset. */
export async function loadSettings(
  storage: SettingsStorage,
): Promise<{ settings: Settings; repaired: (keyof Settings)[] }> {
  const [synced, local] = await Promise.all([
    storage.sync.get(SETTINGS_KEY),
    storage.local.get(ADDED_SITES_KEY),
  ]);
  const stored = synced[SETTINGS_KEY];
  const added = local[ADDED_SITES_KEY];
  // Versions before this one kept the added sites in storage.sync: read there until moved.
  return normalizeSettings(
    added === undefined ? stored : { ...(isObject(stored) ? stored : {}), extraSites: added },
  );
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  const { extraSites, ...synced } = settings;
  await Promise.all([
    storage.sync.set({ [SETTINGS_KEY]: synced }),
    storage.local.set({ [ADDED_SITES_KEY]: extraSites }),
  ]);
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

/** The settings, read again whenever they change in storage (from another page, or the background). */
export function watchSettings(
  storage: WatchedStorage,
  onSettings: (settings: Settings) => void,
): () => void {
  const listener: ChangeListener = (changes, area) => {
    const ours =
      (area === 'sync' && SETTINGS_KEY in changes) ||
      (area === 'local' && ADDED_SITES_KEY in changes);
    if (ours) void loadSettings(storage).then((r) => onSettings(r.settings));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
