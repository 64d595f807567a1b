// Pointing at a paragraph: it is scrolled to and flashed for FLASH_MS, with the stretch of text
// highlighted; a hidden one is pointed at through its marker, or the element before it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FLASH_MS, Reveal } from '../../../src/content/reveal';
import type { RepeatMarker } from '../../../src/content/repeat-marker';
import { installHighlights, linkedomPage } from './linkedom-page';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const PAGE = `<html><body><article>
<p id="a">The army said 30 soldiers were killed.</p>
<p id="b" data-newslens-hidden="exact">The army said 30 soldiers were killed.</p>
</article></body></html>`;

describe('reveal', () => {
  it('flashes a visible paragraph and highlights the text, both gone after FLASH_MS', () => {
    vi.useFakeTimers();
    const highlights = installHighlights();
    const { document, scrolledTo } = linkedomPage(PAGE);
    const a = document.getElementById('a') as Element;
    new Reveal(document).show(a, null, '30 soldiers');
    expect(scrolledTo).toEqual([a]);
    expect(a.hasAttribute('data-newslens-flash')).toBe(true);
    expect(highlights.get('newslens-flash')?.map(String)).toEqual(['30 soldiers']);
    vi.advanceTimersByTime(FLASH_MS);
    expect(a.hasAttribute('data-newslens-flash')).toBe(false);
    expect(highlights.has('newslens-flash')).toBe(false);
  });

  it('points at a hidden paragraph through its marker, else the element before it', () => {
    const { document, scrolledTo } = linkedomPage(PAGE);
    const b = document.getElementById('b') as Element;
    const host = document.createElement('div');
    const flashes: number[] = [];
    const marker: RepeatMarker = {
      element: host,
      update: () => {},
      flash: (ms) => flashes.push(ms),
    };
    const reveal = new Reveal(document);
    reveal.show(b, marker, '30 soldiers');
    expect(scrolledTo).toEqual([host]);
    expect(flashes).toEqual([FLASH_MS]);
    reveal.show(b, null, undefined);
    expect(scrolledTo.at(-1)).toBe(document.getElementById('a'));
    // Only one element flashes at a time.
    expect(document.querySelectorAll('[data-newslens-flash]')).toHaveLength(1);
  });
});
