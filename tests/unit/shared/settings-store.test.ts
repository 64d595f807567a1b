// The settings store: what it reads, where it writes each setting, and what it passes on when
// storage changes. The reader's added sites stay on this device (issue 23).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import {
  ADDED_SITES_KEY,
  SETTINGS_KEY,
  loadSettings,
  updateSettings,
  watchSettings,
  type SettingsStorage,
  type StorageArea,
  type WatchedStorage,
} from '../../../src/shared/settings-store';

function area(
  initial: Record<string, unknown> = {},
): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings store', () => {
  it('reads the defaults from empty storage and repairs a bad key alone', async () => {
    expect((await loadSettings({ sync: area(), local: area() })).settings).toEqual(
      DEFAULT_SETTINGS,
    );
    const storage = {
      sync: area({
        [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hideRepeats: 'yes', hiddenStyle: 'silent' },
      }),
      local: area(),
    };
    const { settings, repaired } = await loadSettings(storage);
    expect(repaired).toEqual(['hideRepeats']);
    expect(settings.hiddenStyle).toBe('silent');
  });

  it('writes a change on top of what is stored', async () => {
    const storage: SettingsStorage = {
      sync: area({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hiddenStyle: 'silent' } }),
      local: area(),
    };
    const next = await updateSettings(storage, (s) => ({ ...s, underlineUnsourced: true }));
    expect(next).toMatchObject({ hiddenStyle: 'silent', underlineUnsourced: true });
    expect((await loadSettings(storage)).settings).toEqual(next);
  });

  it('keeps the sites the reader added in storage.local, never in storage.sync', async () => {
    const sync = area();
    const local = area();
    await updateSettings({ sync, local }, (s) => ({
      ...s,
      extraSites: ['example.org'],
      pausedSites: ['paused.example'],
    }));
    expect(sync.data[SETTINGS_KEY]).not.toHaveProperty('extraSites');
    expect(sync.data[SETTINGS_KEY]).toMatchObject({ pausedSites: ['paused.example'] });
    expect(local.data).toEqual({ [ADDED_SITES_KEY]: ['example.org'] });
    expect((await loadSettings({ sync, local })).settings.extraSites).toEqual(['example.org']);
  });

  it('moves the added sites an earlier version kept in storage.sync', async () => {
    const sync = area({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, extraSites: ['old.example'] } });
    const local = area();
    expect((await loadSettings({ sync, local })).settings.extraSites).toEqual(['old.example']);
    // What the background does on install and update.
    await updateSettings({ sync, local }, (s) => s);
    expect(sync.data[SETTINGS_KEY]).not.toHaveProperty('extraSites');
    expect(local.data[ADDED_SITES_KEY]).toEqual(['old.example']);
  });

  it('passes on changes to the settings and to the added sites, and nothing else', async () => {
    const listeners: ((c: Record<string, unknown>, a: string) => void)[] = [];
    const storage: WatchedStorage = {
      sync: area({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hideRepeats: false } }),
      local: area({ [ADDED_SITES_KEY]: ['a.example'] }),
      onChanged: {
        addListener: (fn) => listeners.push(fn),
        removeListener: (fn) => listeners.splice(listeners.indexOf(fn), 1),
      },
    };
    const seen: unknown[] = [];
    const stop = watchSettings(storage, (s) => seen.push([s.hideRepeats, s.extraSites]));
    listeners[0]?.({ [SETTINGS_KEY]: {} }, 'sync');
    listeners[0]?.({ [ADDED_SITES_KEY]: {} }, 'local');
    listeners[0]?.({ wikipediaCache: {} }, 'local');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([
      [false, ['a.example']],
      [false, ['a.example']],
    ]);
    stop();
    expect(listeners).toEqual([]);
  });
});
