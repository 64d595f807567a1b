// Which site the popup's tab is on, and whether Newslens runs there: one of the default news
// sites (the manifest's content-script matches), a site the reader added, or neither.
import type { Settings } from '../shared/settings';
import { isPausedSite, siteKey } from '../shared/settings';

export { sitePattern } from '../shared/settings';

export interface SiteInfo {
  host: string;
  /** 'listed': a default news site; 'added': the reader's; 'unlisted': Newslens does not run there. */
  status: 'listed' | 'added' | 'unlisted';
  paused: boolean;
}

/** Does a match pattern (`https://*.example.org/*`, `*://example.org/*`) cover this URL? */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`)
    return false;
  const hostname = siteKey(url.hostname);
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

/**
 * The site of a tab's URL, or null for pages Newslens can never run on: browser pages, files,
 * and plain-http pages outside its lists (sites are added for https only).
 */
export function siteOf(
  rawUrl: string | undefined,
  defaultPatterns: string[],
  settings: Settings,
): SiteInfo | null {
  if (!rawUrl) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = siteKey(url.hostname);
  const status = defaultPatterns.some((p) => matchesPattern(p, url))
    ? 'listed'
    : settings.extraSites.includes(host) && url.protocol === 'https:'
      ? 'added'
      : 'unlisted';
  if (status === 'unlisted' && url.protocol !== 'https:') return null;
  return { host, status, paused: isPausedSite(settings, host) };
}
