// Settings: typed defaults, a schema version, and migrations that run on install and update,
// so a reader's choices survive upgrades. Stored by settings-store.ts: storage.sync under one
// key, but for the added sites, kept in storage.local.

export const SETTINGS_VERSION = 3;

/** What the toolbar badge counts (badge-text.ts words its tooltip). */
export type BadgeCounts = 'attention' | 'figures' | 'repeats' | 'off';
export const BADGE_COUNTS: readonly BadgeCounts[] = ['attention', 'figures', 'repeats', 'off'];

export interface Settings {
  version: number;
  /** Hide repeated paragraphs. */
  hideRepeats: boolean;
  /** 'marker': a slim "Repeated paragraph hidden · Show" line; 'silent': nothing in its place. */
  hiddenStyle: 'marker' | 'silent';
  /** Underline unsourced figures in the page. */
  underlineUnsourced: boolean;
  /** Look up groups missing from the knowledge base on Wikipedia (asks for permission first). */
  wikipediaLookups: boolean;
  /**
   * The badge's number: 'attention' (figures with no source plus repeats hidden), 'figures',
   * 'repeats', or 'off'.
   */
  badge: BadgeCounts;
  /** Hostnames where the reader paused Newslens: the content script does nothing there. */
  pausedSites: string[];
  /** Hostnames the reader added ("Run on this site"), beyond the default news sites (storage.local). */
  extraSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  hideRepeats: true,
  hiddenStyle: 'marker',
  underlineUnsourced: false,
  wikipediaLookups: false,
  badge: 'attention',
  pausedSites: [],
  extraSites: [],
};

type Stored = Record<string, unknown>;

/** Each migration takes settings of version i and returns version i + 1. */
const MIGRATIONS: ((old: Stored) => Stored)[] = [
  // 0 → 1: the first versioned shape; earlier dev builds stored nothing to carry over.
  (old) => ({ ...old, version: 1 }),
  // 1 → 2: per-site control. Every version-1 choice is carried over as it was; the two site
  // lists start empty (Newslens ran on the default sites only, and nowhere was paused).
  (old) => ({ ...old, pausedSites: [], extraSites: [], version: 2 }),
  // 2 → 3: the badge counts what needs the reader's attention (it counted hidden repeats only,
  // which no reader chose): everyone starts on the new count, and may choose another.
  (old) => ({ ...old, badge: 'attention', version: 3 }),
];

/** A hostname as stored in the site lists: lower case, no port, no trailing dot. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** The match pattern a reader-added site is registered and permitted under: https only. */
export function sitePattern(host: string): string {
  return `https://${siteKey(host)}/*`;
}

/** The pattern earlier versions used for a reader-added site (http too), to give it back. */
export function legacySitePattern(host: string): string {
  return `*://${siteKey(host)}/*`;
}

const isHostList = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.every((h) => typeof h === 'string' && /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(h));

/** True when the reader paused Newslens on this hostname. */
export function isPausedSite(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.includes(siteKey(hostname));
}

/**
 * Brings a stored value to the current shape: runs pending migrations, then keeps each key
 * only if it has the right type, falling back to the default for that key alone.
 */
export function normalizeSettings(raw: unknown): {
  settings: Settings;
  repaired: (keyof Settings)[];
} {
  let stored: Stored = typeof raw === 'object' && raw !== null ? { ...(raw as Stored) } : {};
  const from = typeof stored.version === 'number' ? stored.version : 0;
  for (let v = from; v < SETTINGS_VERSION; v++) stored = MIGRATIONS[v]?.(stored) ?? stored;
  const settings = { ...DEFAULT_SETTINGS };
  const repaired: (keyof Settings)[] = [];
  const take = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): void => {
    if (!(key in stored)) return;
    if (ok(stored[key])) settings[key] = stored[key] as Settings[K];
    else repaired.push(key);
  };
  take('hideRepeats', (v) => typeof v === 'boolean');
  take('hiddenStyle', (v) => v === 'marker' || v === 'silent');
  take('underlineUnsourced', (v) => typeof v === 'boolean');
  take('wikipediaLookups', (v) => typeof v === 'boolean');
  take('badge', (v) => BADGE_COUNTS.includes(v as BadgeCounts));
  take('pausedSites', isHostList);
  take('extraSites', isHostList);
  settings.pausedSites = [...new Set(settings.pausedSites.map(siteKey))];
  settings.extraSites = [...new Set(settings.extraSites.map(siteKey))];
  settings.version = SETTINGS_VERSION;
  return { settings, repaired };
}
