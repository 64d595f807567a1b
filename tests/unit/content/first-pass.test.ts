// The first pass on linkedom, against the real background handlers (fake-browser.ts): the page
// is serialised and sent, the background's paragraphs are found in the live page by locator,
// and its repeats renumbered to them; a page too large for Readability is read in the page and
// only its text sent for the repeats.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFirstPass } from '../../../src/content/first-pass';
import { MAX_READABILITY_ELEMENTS } from '../../../src/extract/large-page';
import { samplePage } from '../../fixtures/bbc-like-page';
import { readSampleLines } from '../../fixtures/shared-data';
import { fakeBrowser } from './fake-browser';
import { linkedomPage } from './linkedom-page';

vi.mock('../../../src/shared/browser', async () => ({
  default: (await import('./fake-browser')).fakeBrowser,
}));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe('first pass', () => {
  it('finds each paragraph the background extracted at its locator, with its repeats', async () => {
    const lines = readSampleLines();
    const { document } = linkedomPage(samplePage(lines));
    const pass = await readFirstPass(document);
    if (!pass) throw new Error('no article');
    expect(fakeBrowser.sent.map((m) => m.type)).toEqual(['article:extract']);
    // Every paragraph is found at its own element in the article, in reading order: the body's
    // echo of the headline is its <p>, not the <h1> that a search by text would find first.
    const article = document.querySelector('article');
    expect(pass.elements.every((el) => article?.contains(el) && el.tagName !== 'H1')).toBe(true);
    expect(pass.elements.map((el) => el.textContent?.trim())).toEqual(pass.input.paragraphs);
    expect(pass.input.paragraphs).toContain(document.querySelector('h1')?.textContent);
    expect(pass.keep).toEqual(pass.input.paragraphs.map((_, i) => i));
    // The repeats: each later copy points at an earlier paragraph with the same text.
    const copies = pass.marks.filter((mark) => mark.duplicateOf !== null);
    expect(copies.length).toBeGreaterThan(3);
    for (const mark of copies) {
      expect(pass.input.paragraphs[mark.index]).toBe(pass.input.paragraphs[mark.duplicateOf ?? -1]);
    }
  });

  it('reads a page too large for Readability in the page; only its text goes', async () => {
    const filler = '<span></span>'.repeat(MAX_READABILITY_ELEMENTS);
    const [one, two] = readSampleLines().filter((l) => l.length > 200);
    const first = `<p>${one}</p>`;
    const second = `<p>${two}</p>`;
    const { document } = linkedomPage(
      `<html><body><div>${filler}</div><article><h1>Budget</h1>${first}${second}${first}</article></body></html>`,
    );
    const pass = await readFirstPass(document);
    if (!pass) throw new Error('no article');
    expect(fakeBrowser.sent.map((m) => m.type)).toEqual(['article:repeats']);
    expect(pass.keep).toBeNull();
    expect(pass.input.paragraphs).toHaveLength(4); // the <h1>, then the three paragraphs
    expect(pass.marks.map((m) => [m.index, m.duplicateOf])).toEqual([[3, 1]]);
  });

  it('finds no article on a page without one', async () => {
    const { document } = linkedomPage('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(await readFirstPass(document)).toBeNull();
  });
});
