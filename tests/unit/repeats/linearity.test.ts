// Cost must grow linearly with the number of paragraphs. Checked by counting the detector's
// elementary operations (postings visited, tokens compared), never by timing.
import { describe, expect, it } from 'vitest';
import { createRepeatDetector } from '../../../src/core/repeats';

/** Deterministic pseudo-random generator (LCG), so the test input is the same on every run. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 400 letter-only words ("ba", "ca", ...): prose-like, so every lookup path runs. */
const VOCABULARY = Array.from(
  { length: 400 },
  (_, i) => [i % 20, Math.floor(i / 20)].map((d) => String.fromCharCode(98 + d)).join('') + 'a',
);

/** A prose paragraph of 20-40 words. With `stem`, every paragraph starts the same way (the worst
 * case for an index: shingles shared by all paragraphs). */
function paragraph(random: () => number, stem: string): string {
  const words: string[] = [];
  const length = 20 + Math.floor(random() * 20);
  for (let i = 0; i < length; i++)
    words.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? 'w');
  return `${stem}${words.join(' ')}.`;
}

/** Operations per paragraph for an article of `count` paragraphs (a tenth of them copies). */
function operationsPerParagraph(count: number, stem: string): number {
  const random = randomSource(42);
  const detector = createRepeatDetector(null);
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    const copy = i % 10 === 9 && written.length > 0;
    const text = copy
      ? (written[Math.floor(random() * written.length)] ?? '')
      : paragraph(random, stem);
    written.push(text);
    detector.add(text);
  }
  expect(detector.size).toBe(count);
  return detector.operations / count;
}

describe('repeat detection cost', () => {
  it.each([
    ['distinct paragraphs', ''],
    [
      'paragraphs sharing one opening phrase',
      'According to the statement released by the ministry on Monday, ',
    ],
  ])('grows linearly with the number of paragraphs (%s)', (_name, stem) => {
    const small = operationsPerParagraph(250, stem);
    const large = operationsPerParagraph(4000, stem);
    // All-pairs work would grow 16x per paragraph here; capped postings keep it near constant.
    expect(large / small).toBeLessThan(1.5);
  });

  it('bounds the work on one very long paragraph and its edited copy by its length', () => {
    const random = randomSource(7);
    const sentences = Array.from({ length: 5000 }, () => paragraph(random, ''));
    const long = sentences.join(' ');
    const edited = long.replace(sentences[2500] ?? '', 'A replaced sentence.');
    const detector = createRepeatDetector(null);
    detector.add(long);
    const afterFirst = detector.operations;
    detector.add(edited);
    const tokens = long.split(' ').length;
    expect(afterFirst).toBeLessThan(3 * tokens);
    expect(detector.operations - afterFirst).toBeLessThan(40 * tokens);
  });
});
