// The knowledge-base review sheets (scripts/kb-review/): a sheet lists every claim of an entry, a
// completed review is checked before it is applied, and applying it dates the entry, corrects it or
// drops it (docs/KNOWLEDGE-BASE.md, "Review sheets").
import { describe, expect, it } from 'vitest';
import {
  applyReview,
  claimsChanged,
  reviewProblems,
  sheetEntry,
  splitClaims,
  type RawEntry,
  type SheetEntry,
} from '../../../scripts/kb-review/review-sheets.mjs';

const SOURCE = {
  url: 'https://example.org/news/2026/12/01/story',
  title: 'A dated news story',
  date: '2026-12-01',
};

function knowledgeBase(): Record<string, RawEntry[]> {
  return {
    'kb.json': [
      {
        id: 'front',
        name: 'Alpha Front',
        kind: 'armed group',
        summary:
          'Armed group founded in 2012 by Gen. A. Example in the U.S. border region; it joined the Beta Alliance in 2020. As of 2025 it holds two towns.',
        country: 'ML',
        aliases: ['AF'],
        affiliations: [
          { id: 'alliance', relation: 'member of' },
          { id: 'other', relation: 'rival of' },
        ],
        wikipedia: 'https://en.wikipedia.org/wiki/Alpha_Front',
      },
      {
        id: 'alliance',
        name: 'Beta Alliance',
        kind: 'armed group',
        summary: 'Coalition of armed groups.',
        country: null,
        aliases: [],
        affiliations: [{ id: 'front', relation: 'has member' }],
        wikipedia: 'https://en.wikipedia.org/wiki/Beta_Alliance',
      },
      {
        id: 'other',
        name: 'Gamma Army',
        kind: 'armed group',
        summary: 'Rival group.',
        country: null,
        aliases: [],
        affiliations: [],
        wikipedia: 'https://en.wikipedia.org/wiki/Gamma_Army',
      },
    ],
  };
}

function sheetFor(files: Record<string, RawEntry[]>, id: string): SheetEntry {
  const entries = files['kb.json'] ?? [];
  const names = new Map(entries.map((e) => [e.id, e.name]));
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(id);
  return sheetEntry(entry, 'kb.json', names);
}

/** Every claim checked and true, backed by source 1. */
function allOk(item: SheetEntry): SheetEntry {
  for (const claim of item.claims) Object.assign(claim, { verdict: 'ok', source: 1 });
  Object.assign(item.review, { verdict: 'keep', asOf: '2026-12-07', sources: [SOURCE] });
  return item;
}

describe('splitClaims', () => {
  it('cuts a summary at sentences and semicolons, not after abbreviations', () => {
    expect(splitClaims(knowledgeBase()['kb.json']?.[0]?.summary ?? '')).toEqual([
      'Armed group founded in 2012 by Gen. A. Example in the U.S. border region',
      'it joined the Beta Alliance in 2020.',
      'As of 2025 it holds two towns.',
    ]);
  });
});

describe('a review sheet entry', () => {
  it('lists the summary’s claims, then kind, country, aliases and each relation, all open', () => {
    const item = sheetFor(knowledgeBase(), 'front');
    expect(item.claims.map((c) => [c.n, c.about, c.text])).toEqual([
      [1, 'summary', 'Armed group founded in 2012 by Gen. A. Example in the U.S. border region'],
      [2, 'summary', 'it joined the Beta Alliance in 2020.'],
      [3, 'summary', 'As of 2025 it holds two towns.'],
      [4, 'kind', 'armed group'],
      [5, 'country', 'ML'],
      [6, 'aliases', 'AF'],
      [7, 'relation', 'Alpha Front member of Beta Alliance'],
      [8, 'relation', 'Alpha Front rival of Gamma Army'],
    ]);
    expect(item.claims.every((c) => c.verdict === null && c.source === null)).toBe(true);
    expect(item.review.verdict).toBeNull();
    expect(reviewProblems(item)).not.toEqual([]);
  });
});

describe('applying a review', () => {
  it('dates a kept entry and takes it off the awaiting list', () => {
    const files = knowledgeBase();
    const awaiting = new Set(['front', 'alliance', 'other']);
    const item = allOk(sheetFor(files, 'other'));
    expect(applyReview(files, awaiting, item)).toEqual({ status: 'applied' });
    const other = files['kb.json']?.find((e) => e.id === 'other');
    expect(other?.asOf).toBe('2026-12-07');
    expect(other?.sources).toEqual([SOURCE]);
    expect(other?.summary).toBe('Rival group.');
    expect(awaiting.has('other')).toBe(false);
    expect(claimsChanged(item)).toBe(0);
    // A second run finds it done.
    expect(applyReview(files, awaiting, item)).toEqual({ status: 'already applied' });
  });

  it('writes the corrected summary, relations and aliases, and counts the claims changed', () => {
    const files = knowledgeBase();
    const awaiting = new Set(['front']);
    const item = allOk(sheetFor(files, 'front'));
    Object.assign(item.claims[2] ?? {}, { verdict: 'corrected', source: 1 });
    Object.assign(item.claims[5] ?? {}, { verdict: 'corrected', correction: ['AF', 'Alpha'] });
    Object.assign(item.claims[7] ?? {}, { verdict: 'removed', source: null, note: 'not sourced' });
    Object.assign(item.review, {
      verdict: 'change',
      summary:
        'Armed group founded in 2012 by Gen. A. Example in the U.S. border region; it joined the Beta Alliance in 2020. It lost its last town in 2026.',
    });
    expect(reviewProblems(item)).toEqual([]);
    expect(applyReview(files, awaiting, item)).toEqual({ status: 'applied' });
    const front = files['kb.json']?.find((e) => e.id === 'front');
    expect(front?.summary).toMatch(/lost its last town in 2026\.$/);
    expect(front?.aliases).toEqual(['AF', 'Alpha']);
    expect(front?.affiliations).toEqual([{ id: 'alliance', relation: 'member of' }]);
    expect(claimsChanged(item)).toBe(3);
  });

  it('refuses a review with an unsourced claim, a summary left unwritten, or a stale sheet', () => {
    const files = knowledgeBase();
    const awaiting = new Set(['front']);
    const unsourced = allOk(sheetFor(files, 'front'));
    Object.assign(unsourced.claims[0] ?? {}, { source: null });
    expect(applyReview(files, awaiting, unsourced).status).toBe('refused');

    const unwritten = allOk(sheetFor(files, 'front'));
    Object.assign(unwritten.claims[2] ?? {}, { verdict: 'removed', note: 'stale' });
    Object.assign(unwritten.review, { verdict: 'change' });
    expect(reviewProblems(unwritten)).toContain(
      'claims of the summary changed: write the whole new summary in review.summary',
    );

    const stale = allOk(sheetFor(files, 'front'));
    const front = files['kb.json']?.find((e) => e.id === 'front');
    if (front) front.summary = 'Edited by someone else.';
    expect(applyReview(files, awaiting, stale)).toEqual({
      status: 'refused',
      reason: 'the summary changed since the sheet was written',
    });
    expect(awaiting.has('front')).toBe(true);
    expect(front?.asOf).toBeUndefined();
  });

  it('drops an entry, and the relations other entries state about it', () => {
    const files = knowledgeBase();
    const awaiting = new Set(['front', 'alliance']);
    const item = sheetFor(files, 'front');
    Object.assign(item.review, { verdict: 'drop', asOf: '2026-12-07', notes: 'duplicate' });
    expect(applyReview(files, awaiting, item)).toEqual({ status: 'dropped' });
    expect(files['kb.json']?.map((e) => e.id)).toEqual(['alliance', 'other']);
    expect(files['kb.json']?.[0]?.affiliations).toEqual([]);
    expect(awaiting.has('front')).toBe(false);
    expect(applyReview(files, awaiting, item)).toEqual({ status: 'already applied' });
  });
});
