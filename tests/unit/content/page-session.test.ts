// The content script's page session on linkedom, with the real background handlers behind a
// fake runtime.sendMessage (fake-browser.ts): the sample article's repeats are hidden, its
// report asked for by the paragraphs' indexes, later text checked and analysed again, the
// popup's actions answered, and a page with no article or a paused site left untouched. The
// browser tests (tests/e2e/sample-article, late-paragraph) run the same in Chromium and Firefox.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../../src/content/page-session';
import { QUIET_MS } from '../../../src/content/reanalysis';
import { isUnsourced, unsourcedFigures } from '../../../src/core/report';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { SETTINGS_KEY } from '../../../src/shared/settings-store';
import type { PageState } from '../../../src/shared/messages';
import { samplePage } from '../../fixtures/bbc-like-page';
import { readSampleLines } from '../../fixtures/shared-data';
import { fakeBrowser } from './fake-browser';
import { installHighlights, linkedomPage, settle } from './linkedom-page';

vi.mock('../../../src/shared/browser', async () => ({
  default: (await import('./fake-browser')).fakeBrowser,
}));

const lines = readSampleLines();
/** Lines the page prints twice (the headline's first copy is the <h1>, outside the body). */
const repeated = [...new Set(lines.filter((l, i) => lines.indexOf(l) !== i))];

const errors: unknown[] = [];
const onError = (err: unknown): void => void errors.push(err);

beforeEach(() => {
  fakeBrowser.reset();
  errors.length = 0;
  // No paint timing here: the first pass waits for a quiet moment only (page-settled.ts).
  vi.stubGlobal('PerformanceObserver', undefined);
});
afterEach(() => vi.unstubAllGlobals());

/** The sample article's page and a session on it, started. */
async function startedOnSample(settings = {}) {
  fakeBrowser.synced[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, ...settings };
  const page = linkedomPage(samplePage(lines));
  const session = new PageSession(page.document, onError);
  await session.start();
  return { ...page, session, handlers: session.handlers() };
}

const ready = (state: PageState) => {
  if (state.status !== 'ready') throw new Error(`the session is ${state.status}`);
  return state;
};
const sentTypes = (): string[] => fakeBrowser.sent.map((m) => m.type);
const hiddenTexts = (doc: Document): string[] =>
  [...doc.querySelectorAll('[data-newslens-hidden]')].map((el) => el.textContent?.trim() ?? '');

describe('PageSession on linkedom', () => {
  it('hides every later copy of the sample, with markers, and gets the report', async () => {
    const { document, session } = await startedOnSample();
    expect(errors).toEqual([]);
    expect(repeated.length).toBeGreaterThan(3);
    // Each repeated line: its later copy hidden, its first copy (or the <h1>) kept.
    expect(hiddenTexts(document).sort()).toEqual([...repeated].sort());
    for (const text of repeated) {
      const copies = [...document.querySelectorAll('article p, article h1')].filter(
        (el) => el.textContent?.trim() === text,
      );
      expect(
        copies.map((el) => el.hasAttribute('data-newslens-hidden')),
        text,
      ).toEqual([false, true]);
    }
    expect(document.querySelectorAll('[data-newslens-marker=""]').length).toBeGreaterThan(0);
    expect(document.getElementById('newslens-style')).not.toBeNull();
    // The article went to the background once and came back as indexes, not text; the page
    // then sent its counts for the badge (only it knows the reader's marks).
    expect(sentTypes()).toEqual(['article:extract', 'article:analyze-extracted', 'badge:set']);
    const state = ready(session.pageState());
    expect(state.repeats).toHaveLength(repeated.length);
    expect(state.report.figures.some((f) => f.text.includes('30 soldiers'))).toBe(true);
    expect(fakeBrowser.badges).toEqual([[repeated.length, unsourcedFigures(state.report)]]);
  });

  it('with hideRepeats off, lists the repeats and hides nothing', async () => {
    const { document, session } = await startedOnSample({ hideRepeats: false });
    expect(hiddenTexts(document)).toEqual([]);
    const { repeats } = ready(session.pageState());
    expect(repeats).toHaveLength(repeated.length);
    expect(repeats.every((r) => r.visible)).toBe(true);
  });

  it('checks later text: a late copy is hidden before the next task, then analysed again', async () => {
    const { document, session } = await startedOnSample();
    const count = ready(session.pageState()).report.paragraphs.length;
    const copy = document.createElement('p');
    copy.textContent = lines.find((l) => l.startsWith('The attacks, which struck')) ?? '';
    const fresh = document.createElement('p');
    fresh.textContent =
      'A paragraph added by the live page: the town of Kayes was quiet on Friday.';
    document.querySelector('article')?.append(copy, fresh);
    await Promise.resolve(); // linkedom delivers mutation records in a microtask
    await Promise.resolve();
    expect(copy.hasAttribute('data-newslens-hidden')).toBe(true);
    expect(fresh.hasAttribute('data-newslens-hidden')).toBe(false);
    await settle();
    expect(sentTypes().at(-1)).toBe('badge:set');
    const sentBefore = sentTypes().length;
    // Once the page has been quiet, the changed article goes as text; the badge follows its report.
    await vi.waitFor(
      () => expect(sentTypes().slice(sentBefore)).toEqual(['article:analyze', 'badge:set']),
      { timeout: QUIET_MS * 4 },
    );
    await vi.waitFor(() =>
      expect(ready(session.pageState()).report.paragraphs).toHaveLength(count + 2),
    );
    session.stop();
  });

  it('answers the popup: show all, reveal, mentions, underline; stop restores the page', async () => {
    const highlights = installHighlights();
    const { document, session, handlers, scrolledTo } = await startedOnSample();
    const state = ready(session.pageState());
    const hiddenRepeat = state.repeats[0];
    if (!hiddenRepeat) throw new Error('no repeat');
    // A hidden paragraph is pointed at through its marker.
    expect(await handlers['page:reveal']({ paragraph: hiddenRepeat.index }, {})).toBe(true);
    expect(scrolledTo.at(-1)?.hasAttribute('data-newslens-marker')).toBe(true);
    expect(await handlers['page:reveal']({ paragraph: 999 }, {})).toBe(false);
    // Mentions of a group in the visible paragraphs only (its hidden copies are not counted).
    const mentions = await handlers['page:highlight-mentions']({ names: ['JNIM'] }, {});
    expect(mentions).toBe(2);
    expect(highlights.get('newslens-mention')?.map(String)).toEqual(['JNIM', 'JNIM']);
    // The underline: saved for every page, drawn under the figures flagged "no source given".
    const underlined = await handlers['page:set-underline']({ on: true }, {});
    expect(ready(underlined).underline).toBe(true);
    expect(fakeBrowser.synced[SETTINGS_KEY]).toMatchObject({ underlineUnsourced: true });
    const unsourced = state.report.figures.filter(isUnsourced).map((f) => f.text);
    expect(highlights.get('newslens-unsourced')?.map(String).sort()).toEqual(unsourced.sort());
    await handlers['page:set-underline']({ on: false }, {});
    expect(highlights.has('newslens-unsourced')).toBe(false);
    // Show all, then leave the page as it was.
    const shown = await handlers['page:set-repeat-visible']({ index: 'all', visible: true }, {});
    expect(ready(shown).repeats).toHaveLength(repeated.length);
    expect(ready(shown).repeats.every((r) => r.visible)).toBe(true);
    expect(hiddenTexts(document)).toEqual([]);
    session.stop();
    expect(document.querySelectorAll('[data-newslens-marker]').length).toBe(0);
  });

  it('leaves a page without an article untouched', async () => {
    const { document } = linkedomPage(
      '<html><body><nav><a href="/">Home</a></nav><p>Sign in to continue.</p></body></html>',
    );
    const session = new PageSession(document, onError);
    await session.start();
    expect(session.pageState()).toEqual({ status: 'no-article' });
    expect(fakeBrowser.sent).toEqual([]);
    expect(document.getElementById('newslens-style')).toBeNull();
  });

  it('does nothing at all on a site the reader paused', async () => {
    fakeBrowser.synced[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, pausedSites: ['news.example'] };
    const { document } = linkedomPage(samplePage(lines));
    const session = new PageSession(document, onError);
    await session.start();
    expect(session.pageState()).toEqual({ status: 'no-article' });
    expect(fakeBrowser.sent).toEqual([]);
    expect(document.querySelectorAll('[data-newslens-hidden]').length).toBe(0);
  });
});
