// The key sample: exactly three figures, two attributed, one ("30 soldiers") with no source.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';

const SAMPLE = new URL('../../../../shared/samples/mali-attacks-as-published.txt', import.meta.url);

function load(): { paragraphs: string[]; skip: Set<number> } {
  const paragraphs = readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const seen = new Set<string>();
  const skip = new Set<number>();
  paragraphs.forEach((line, index) => {
    if (seen.has(line)) skip.add(index);
    seen.add(line);
  });
  return { paragraphs, skip };
}

describe('Mali sample article', () => {
  const { paragraphs, skip } = load();
  const figures = findFigures(paragraphs, { lang: 'en', skip });

  it('finds exactly the three figures', () => {
    expect(figures.map((f) => f.text)).toEqual([
      'over 80 militants',
      'three military barracks',
      '30 soldiers',
    ]);
  });

  it('attributes "over 80 militants" to the army spokesperson', () => {
    const f = figures.find((x) => x.text === 'over 80 militants');
    expect(f).toMatchObject({
      value: 80,
      attributed: true,
      cue: 'according to',
      counted: 'militants',
    });
    expect(f?.source).toContain('Souleymane Dembele');
    expect(f?.vague).toBeUndefined();
  });

  it('attributes "three military barracks" to JNIM', () => {
    const f = figures.find((x) => x.text === 'three military barracks');
    expect(f).toMatchObject({ value: 3, attributed: true, counted: 'military barracks' });
    expect(f?.source ?? '').toMatch(/JNIM|Jama'at Nusrat al-Islam/);
    expect(['claimed', 'asserted']).toContain(f?.cue);
  });

  it('leaves "30 soldiers" unattributed', () => {
    const f = figures.find((x) => x.text === '30 soldiers');
    expect(f).toMatchObject({ value: 30, attributed: false, source: null, cue: null });
  });

  it('gives offsets of the text inside the sentence', () => {
    for (const f of figures) expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
  });

  it('lists no figure from skipped repeats', () => {
    for (const f of figures) expect(skip.has(f.paragraph)).toBe(false);
  });
});
