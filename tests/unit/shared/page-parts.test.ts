import { describe, expect, it } from 'vitest';
import { PAGE_PART_CHARS } from '../../../src/shared/messages';
import { pageParts } from '../../../src/shared/page-parts';

describe('pageParts', () => {
  it('sends a short page as one part, and an empty one as one empty part', () => {
    expect(pageParts('<html></html>')).toEqual(['<html></html>']);
    expect(pageParts('')).toEqual(['']);
  });

  it('cuts a long page into parts of at most PAGE_PART_CHARS that join back to it', () => {
    const html = 'abcdefghij'.repeat(Math.ceil((PAGE_PART_CHARS * 2.5) / 10));
    const parts = pageParts(html);
    expect(parts).toHaveLength(3);
    expect(parts.every((p) => p.length <= PAGE_PART_CHARS && p.length > 0)).toBe(true);
    expect(parts.join('')).toBe(html);
  });

  it('cuts exactly at the bound when the page is a multiple of it', () => {
    const parts = pageParts('x'.repeat(PAGE_PART_CHARS * 2));
    expect(parts.map((p) => p.length)).toEqual([PAGE_PART_CHARS, PAGE_PART_CHARS]);
  });

  it('never splits a surrogate pair (an emoji across the cut goes whole into the next part)', () => {
    const html = `${'x'.repeat(PAGE_PART_CHARS - 1)}😀${'y'.repeat(10)}`;
    const parts = pageParts(html);
    expect(parts[0]).toBe('x'.repeat(PAGE_PART_CHARS - 1));
    expect(parts[1]?.startsWith('😀')).toBe(true);
    expect(parts.join('')).toBe(html);
  });
});
