import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isPausedSite,
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

  it('upgrades version-1 settings to the current version and loses nothing', () => {
    const v1 = {
      version: 1,
      hideRepeats: false,
      hiddenStyle: 'silent',
      underlineUnsourced: true,
      wikipediaLookups: true,
    };
    const { settings, repaired } = normalizeSettings(v1);
    expect(SETTINGS_VERSION).toBe(3);
    expect(settings).toEqual({
      version: 3,
      hideRepeats: false,
      hiddenStyle: 'silent',
      underlineUnsourced: true,
      wikipediaLookups: true,
      badge: 'attention',
      pausedSites: [],
      extraSites: [],
    });
    expect(repaired).toEqual([]);
  });

  it('upgrades version-2 settings to version 3: every choice kept, the badge on the new count', () => {
    const v2 = {
      version: 2,
      hideRepeats: true,
      hiddenStyle: 'silent',
      underlineUnsourced: true,
      wikipediaLookups: false,
      pausedSites: ['example.org'],
      extraSites: ['news.example.com'],
    };
    const { settings, repaired } = normalizeSettings(v2);
    expect(settings).toEqual({ ...v2, version: 3, badge: 'attention' });
    expect(repaired).toEqual([]);
  });

  it('keeps a badge choice, and repairs an unknown one alone', () => {
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, badge: 'figures' }).settings.badge).toBe(
      'figures',
    );
    const { settings, repaired } = normalizeSettings({ ...DEFAULT_SETTINGS, badge: 'everything' });
    expect(settings.badge).toBe('attention');
    expect(repaired).toEqual(['badge']);
  });

  it('keeps version-2 site lists, normalised and without duplicates', () => {
    const { settings } = normalizeSettings({
      ...DEFAULT_SETTINGS,
      pausedSites: ['www.Example.org', 'www.example.org'],
      extraSites: ['news.example.com.'],
    });
    expect(settings.pausedSites).toEqual(['www.example.org']);
    expect(settings.extraSites).toEqual(['news.example.com']);
    expect(isPausedSite(settings, 'WWW.example.org')).toBe(true);
    expect(isPausedSite(settings, 'example.org')).toBe(false);
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

  it('repairs a corrupted site list alone', () => {
    const { settings, repaired } = normalizeSettings({
      ...DEFAULT_SETTINGS,
      hideRepeats: false,
      pausedSites: 'example.org',
      extraSites: ['ok.example', 'bad host/'],
    });
    expect(settings.hideRepeats).toBe(false);
    expect(settings.pausedSites).toEqual([]);
    expect(settings.extraSites).toEqual([]);
    expect(repaired).toEqual(['pausedSites', 'extraSites']);
  });

  it('survives a stored value of the wrong type altogether', () => {
    expect(normalizeSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });
});
