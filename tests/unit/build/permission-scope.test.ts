// Issue 23, "scope": the manifest asks for no wider host access than the code uses, and the
// sites Newslens runs on by itself or is added to are https only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../src/shared/settings';
import { permissionOrigin } from '../../../src/shared/wikipedia';

const manifest = JSON.parse(
  readFileSync(new URL('../../../manifest/manifest.json', import.meta.url), 'utf8'),
) as {
  optional_host_permissions: string[];
  host_permissions?: string[];
  permissions: string[];
};
const sites = (
  JSON.parse(
    readFileSync(new URL('../../../manifest/news-sites.json', import.meta.url), 'utf8'),
  ) as { sites: string[] }
).sites;

describe('host access', () => {
  it('optional host permissions: the one Wikipedia the code asks, and https sites the reader adds', () => {
    expect(manifest.optional_host_permissions).toEqual([
      permissionOrigin('https://en.wikipedia.org'),
      'https://*/*',
    ]);
    expect(sitePattern('Example.org')).toBe('https://example.org/*');
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
  });

  it('the default news sites are matched on https only', () => {
    expect(sites.length).toBeGreaterThan(20);
    expect(sites.filter((s) => !s.startsWith('https://'))).toEqual([]);
  });

  it('docs/PERMISSIONS.md has a row for each permission and optional host permission', () => {
    const doc = readFileSync(new URL('../../../docs/PERMISSIONS.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(
      [...manifest.permissions, ...manifest.optional_host_permissions].sort(),
    );
  });
});
