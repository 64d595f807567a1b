// The settings store: what it reads, what it writes back, and what it passes on when storage changes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import {
  SETTINGS_KEY,
  loadSettings,
  updateSettings,
  watchSettings,
  type SettingsStorage,
  type StorageArea,
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

  it('passes on changes to the settings and nothing else', () => {
    const listeners: ((c: Record<string, { newValue?: unknown }>, a: string) => void)[] = [];
    const seen: unknown[] = [];
    const stop = watchSettings(
      {
        addListener: (fn) => listeners.push(fn),
        removeListener: (fn) => listeners.splice(listeners.indexOf(fn), 1),
      },
      (s) => seen.push(s.hideRepeats),
    );
    listeners[0]?.(
      { [SETTINGS_KEY]: { newValue: { ...DEFAULT_SETTINGS, hideRepeats: false } } },
      'sync',
    );
    listeners[0]?.({ wikipediaCache: { newValue: {} } }, 'local');
    expect(seen).toEqual([false]);
    stop();
    expect(listeners).toEqual([]);
  });
});
