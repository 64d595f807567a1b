import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  normalizeSettings,
} from '../../../src/shared/settings';

describe('normalizeSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('upgrades an unversioned (older) shape and keeps every choice the reader made', () => {
    const old = { hideRepeats: false, hiddenStyle: 'silent', underlineUnsourced: true };
    const { settings, repaired } = normalizeSettings(old);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...old, version: SETTINGS_VERSION });
    expect(repaired).toEqual([]);
  });

  it('falls back to the default for a corrupted key only, and says which', () => {
    const { settings, repaired } = normalizeSettings({
      version: 1,
      hideRepeats: 'yes',
      hiddenStyle: 'silent',
    });
    expect(settings.hideRepeats).toBe(DEFAULT_SETTINGS.hideRepeats);
    expect(settings.hiddenStyle).toBe('silent');
    expect(repaired).toEqual(['hideRepeats']);
  });

  it('survives a stored value of the wrong type altogether', () => {
    expect(normalizeSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });
});
