// "Wrong?" marks: kept per page in storage.local, matched again on reload, undone, listed and
// exported; a damaged record loses only what is damaged.
import { describe, expect, it } from 'vitest';
import {
  deleteAllMarks,
  exportMarks,
  figureMarkKey,
  fingerprint,
  loadAllMarks,
  loadPageMarks,
  markSet,
  marksKey,
  normalizePageMarks,
  pageAddress,
  setMark,
  type MarksArea,
} from '../../../src/shared/wrong-marks';

/** storage.local, in memory. */
function fakeArea(initial: Record<string, unknown> = {}): MarksArea & {
  data: Record<string, unknown>;
} {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(data);
      return keys in data ? { [keys]: structuredClone(data[keys]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

const PAGE = { address: 'https://www.bbc.com/news/articles/c0mali2024', title: 'Mali' };
const soldiers = {
  kind: 'figure' as const,
  key: figureMarkKey({ text: '30 soldiers', sentence: 'In which 30 soldiers were killed.' }),
  label: '30 soldiers',
};

describe('page addresses', () => {
  it('drop the fragment and the sharing parameters, keep what names the article', () => {
    expect(pageAddress('https://example.org/story?id=12&utm_source=x&fbclid=y#top')).toBe(
      'https://example.org/story?id=12',
    );
    expect(pageAddress('http://127.0.0.1:4000/news/a')).toBe('http://127.0.0.1:4000/news/a');
  });

  it('are http(s) pages only', () => {
    expect(pageAddress('file:///tmp/a.html')).toBeNull();
    expect(pageAddress('chrome://settings')).toBeNull();
    expect(pageAddress('not a url')).toBeNull();
  });
});

describe('fingerprints', () => {
  it('match the same text whatever its spacing, and differ for another text', () => {
    expect(fingerprint('Thirty  soldiers\nwere killed.')).toBe(
      fingerprint(' Thirty soldiers were killed. '),
    );
    expect(fingerprint('Thirty soldiers were killed.')).not.toBe(
      fingerprint('Thirty soldiers were killed!'),
    );
  });

  it('tell two figures of one sentence apart', () => {
    const sentence = 'It said 12 were killed and 40 injured.';
    expect(figureMarkKey({ text: '12', sentence })).not.toBe(
      figureMarkKey({ text: '40', sentence }),
    );
  });
});

describe('the store', () => {
  it('marks, reads back (a reload), and undoes; an empty page leaves no key', async () => {
    const area = fakeArea();
    const at = new Date('2026-12-01T10:00:00Z');
    await setMark(area, PAGE, soldiers, true, at);
    const page = await loadPageMarks(area, PAGE.address);
    expect(page).toEqual({
      version: 1,
      url: PAGE.address,
      title: 'Mali',
      marks: [{ ...soldiers, at: at.toISOString() }],
    });
    expect(markSet(page).has(`figure:${soldiers.key}`)).toBe(true);
    // Marking twice keeps one mark.
    await setMark(area, PAGE, soldiers, true);
    expect((await loadPageMarks(area, PAGE.address))?.marks).toHaveLength(1);
    await setMark(area, PAGE, soldiers, false);
    expect(await loadPageMarks(area, PAGE.address)).toBeNull();
    expect(Object.keys(area.data)).toEqual([]);
  });

  it('two quick presses keep both marks', async () => {
    const area = fakeArea();
    await Promise.all([
      setMark(area, PAGE, soldiers, true),
      setMark(area, PAGE, { kind: 'group', key: 'id:bbc', label: 'BBC' }, true),
    ]);
    expect((await loadPageMarks(area, PAGE.address))?.marks.map((m) => m.label)).toEqual([
      '30 soldiers',
      'BBC',
    ]);
  });

  it('keeps each page under its own key, away from other storage', async () => {
    const area = fakeArea({ wikipediaCache: { x: 1 }, addedSites: ['example.org'] });
    await setMark(area, PAGE, soldiers, true, new Date('2026-12-01T10:00:00Z'));
    await setMark(
      area,
      { address: 'https://example.org/b', title: null },
      { kind: 'group', key: 'id:bbc', label: 'BBC' },
      true,
      new Date('2026-12-02T10:00:00Z'),
    );
    expect(Object.keys(area.data).sort()).toEqual(
      [
        'addedSites',
        marksKey(PAGE.address),
        marksKey('https://example.org/b'),
        'wikipediaCache',
      ].sort(),
    );
    // Most recently marked first.
    expect((await loadAllMarks(area)).map((p) => p.url)).toEqual([
      'https://example.org/b',
      PAGE.address,
    ]);
    await deleteAllMarks(area);
    expect(Object.keys(area.data).sort()).toEqual(['addedSites', 'wikipediaCache']);
  });

  it('a damaged record loses its damaged marks only; a record that is not one is ignored', () => {
    const good = { kind: 'repeat', key: 'k', label: 'The situation…', at: '2026-12-01T00:00:00Z' };
    expect(
      normalizePageMarks({
        version: 1,
        url: PAGE.address,
        title: 7,
        marks: [
          good,
          { kind: 'paragraph', key: 'x', label: 'y', at: 'z' },
          null,
          { kind: 'figure' },
        ],
      }),
    ).toEqual({ version: 1, url: PAGE.address, title: null, marks: [good] });
    expect(normalizePageMarks({ url: 'javascript:alert(1)', marks: [good] })).toBeNull();
    expect(normalizePageMarks('garbage')).toBeNull();
  });

  it('exports what was marked and nothing else', async () => {
    const area = fakeArea({ settings: { hideRepeats: true } });
    await setMark(area, PAGE, soldiers, true, new Date('2026-12-01T10:00:00Z'));
    const file = JSON.parse(
      exportMarks(await loadAllMarks(area), new Date('2026-12-03T00:00:00Z')),
    );
    expect(file).toEqual({
      exported: '2026-12-03T00:00:00.000Z',
      about: expect.any(String),
      pages: [
        {
          url: PAGE.address,
          title: 'Mali',
          marks: [{ ...soldiers, at: '2026-12-01T10:00:00.000Z' }],
        },
      ],
    });
  });
});
