// The tab's site in the popup: sites are added for https only (issue 23), so a plain-http page
// outside the lists offers no "Run on this site" (its registration would never match it).
import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../src/popup/site';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const DEFAULTS = ['https://*.bbc.co.uk/*', 'http://127.0.0.1/*'];
const settings = { ...DEFAULT_SETTINGS, extraSites: ['added.example'] };

describe('siteOf', () => {
  it('says where Newslens runs and where it may be added', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1', DEFAULTS, settings)?.status).toBe('listed');
    expect(siteOf('https://added.example/a', DEFAULTS, settings)?.status).toBe('added');
    expect(siteOf('https://other.example/a', DEFAULTS, settings)?.status).toBe('unlisted');
    expect(siteOf('http://127.0.0.1:8080/a', DEFAULTS, settings)?.status).toBe('listed');
  });

  it('offers nothing on plain-http pages outside the lists, nor on an added site over http', () => {
    expect(siteOf('http://other.example/a', DEFAULTS, settings)).toBeNull();
    expect(siteOf('http://added.example/a', DEFAULTS, settings)).toBeNull();
    expect(siteOf('http://www.bbc.co.uk/news/1', DEFAULTS, settings)).toBeNull();
    expect(siteOf('chrome://extensions', DEFAULTS, settings)).toBeNull();
  });
});
