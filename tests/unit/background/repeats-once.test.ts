// Issue 17, one answer: the background finds a page's repeats once, with its extraction, and
// the report of its analysis carries them (it used to find them again inside analyze(), so the
// popup's list of hidden text and the report's repeats could disagree). A counter on the
// detector proves there is no second pass.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../../src/background/handlers';
import type { SiteApi } from '../../../src/background/sites';
import { serializeForExtraction } from '../../../src/content/serialize-page';
import { samplePage } from '../../fixtures/bbc-like-page';
import { readSampleLines } from '../../fixtures/shared-data';

const detectors = vi.hoisted(() => ({ created: 0 }));
vi.mock('../../../src/core/repeats/detector', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/repeats/detector')>();
  return {
    ...actual,
    createRepeatDetector: (...args: Parameters<typeof actual.createRepeatDetector>) => {
      detectors.created++;
      return actual.createRepeatDetector(...args);
    },
  };
});

const tab = { tabId: 3, document: 'doc-3' };

describe('the repeats of a page, found once', () => {
  it('the analysis of the extracted article reports the repeats the extraction found', async () => {
    const bg = createBackground({
      setBadge: async () => undefined,
      models: async () => ({}),
      sites: {} as SiteApi,
    });
    const live = parseHTML(samplePage(readSampleLines())).document as unknown as Document;
    const html = serializeForExtraction(live) ?? '';
    const before = detectors.created;
    const found = await bg.handlers.fromContent['article:extract'](
      { html, transfer: 't', parts: 1 },
      tab,
    );
    expect(found?.repeats.length).toBeGreaterThan(0);
    const keep = found?.article.paragraphs.map((_, i) => i) ?? [];
    const report = await bg.handlers.fromContent['article:analyze-extracted']({ keep }, tab);
    expect(detectors.created - before).toBe(1);
    expect(
      report?.paragraphs.flatMap((p) =>
        p.repeat ? [{ index: p.index, duplicateOf: p.duplicateOf, repeat: p.repeat }] : [],
      ),
    ).toEqual(found?.repeats);
  });

  it('the analysis of an article the page sent reports the repeats the page hid', async () => {
    const bg = createBackground({
      setBadge: async () => undefined,
      models: async () => ({}),
      sites: {} as SiteApi,
    });
    // The sample prints six lines twice, but the page hid one copy only (say it found the
    // others nowhere): the report says what the page hid, not what a second pass would find.
    const paragraphs = readSampleLines();
    const later = paragraphs.length - 1;
    const first = paragraphs.indexOf(paragraphs[later] as string);
    const hidden = {
      index: later,
      duplicateOf: first,
      repeat: { kind: 'exact' as const, changes: [] },
    };
    const before = detectors.created;
    const report = await bg.handlers.fromContent['article:analyze'](
      {
        article: { title: null, byline: null, siteName: null, lang: 'en', paragraphs },
        repeats: [hidden],
      },
      tab,
    );
    expect(detectors.created - before).toBe(0);
    expect(report.paragraphs.filter((p) => p.repeat)).toEqual([
      { text: paragraphs[later], ...hidden },
    ]);
  });
});
