// Extraction for the content script, done in the background on the page's serialised HTML:
// element indexes must count elements as a browser does, and every paragraph must come with
// the element it was read from.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageHtml } from '../../../src/background/extract-page';
import { findRepeats } from '../../../src/core/repeats';
import { serializeForExtraction } from '../../../src/content/serialize-page';
import { elementOrder } from '../../../src/extract';
import { withBody } from '../../../src/extract/with-body';
import { comparableText } from '../../../src/extract/comparable-text';
import { samplePage } from '../../fixtures/bbc-like-page';
import { readCorpusManifest, readCorpusPage, readSampleLines } from '../../fixtures/shared-data';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The element at each index, the inverse of elementOrder. */
function byIndex(doc: Document): Map<number, Element> {
  return new Map([...elementOrder(doc.body)].map(([el, i]) => [i, el]));
}

describe('elementOrder', () => {
  it('skips what a browser keeps out of the tree: noscript, template, iframe and xmp content', () => {
    const doc = parse(
      '<!DOCTYPE html><html><head><title>t</title></head><body>' +
        '<noscript><img src="a"><p>no script</p></noscript>' +
        '<template><p>template</p></template>' +
        '<iframe><p>fallback</p></iframe>' +
        '<xmp><b>raw</b></xmp>' +
        '<p id="after">after</p></body></html>',
    );
    const order = elementOrder(doc.body);
    // noscript template iframe xmp p: as document.body.getElementsByTagName('*') lists them in
    // Chromium and Firefox for this markup.
    expect(order.get(doc.getElementById('after') as Element)).toBe(4);
    expect(order.size).toBe(5);
  });

  it('counts in document order, depth first', () => {
    const doc = parse('<html><head></head><body><div><p>a</p><p>b</p></div><p>c</p></body></html>');
    const tags = [...elementOrder(doc.body)].sort((a, b) => a[1] - b[1]).map(([el]) => el.tagName);
    expect(tags).toEqual(['DIV', 'P', 'P', 'P']);
  });
});

describe('the page serialised by the content script, extracted by the background (linkedom stands for the live page)', () => {
  const manifest = readCorpusManifest();
  it('gives every paragraph a locator to an element of its length that (nearly always) holds it', () => {
    let pages = 0;
    let paragraphs = 0;
    let unlocated = 0;
    const misses: string[] = [];
    // Readability may drop a whitespace-only node between inline elements: spaces aside.
    const squash = (t: string): string => t.replace(/\s+/g, '');
    for (const entry of manifest) {
      const doc = parse(withBody(readCorpusPage(entry)));
      const found = extractPageHtml(serializeForExtraction(doc) ?? '');
      if (!found) continue;
      pages++;
      expect(found.blocks, entry.id).toHaveLength(found.article.paragraphs.length);
      const elements = byIndex(doc);
      found.blocks.forEach((block, i) => {
        paragraphs++;
        // linkedom is no browser: on a few pages it leaves the article outside <body>, where no
        // browser puts it, or Readability stitched a block from text of several elements.
        if (block.index < 0) {
          unlocated++;
          return;
        }
        const el = elements.get(block.index);
        const text = el ? comparableText(el) : '';
        expect(text.length, `${entry.id} paragraph ${i}`).toBe(block.chars);
        const paragraph = found.article.paragraphs[i] as string;
        if (!squash(text).includes(squash(paragraph))) misses.push(`${entry.id}: ${paragraph}`);
      });
    }
    expect(pages).toBeGreaterThan(140);
    // A block Readability stitched from text it cut elsewhere (a byline and a date around
    // removed nodes in readability-breitbart) is not a run of its element's text: the content
    // script then leaves it out rather than guess. Measured: 1 of 4,499 paragraphs.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(paragraphs / 500);
    // Measured: the 19 paragraphs of readability-yahoo-3 (linkedom opens a second <body>) and
    // 4 "Click To Tweet" boxes and a dateline that Readability rebuilt, of 4,500.
    expect(unlocated).toBeLessThanOrEqual(paragraphs / 100);
  }, 120_000);
});

describe('the background extraction of the sample page', () => {
  it('finds the repeats the detector finds on the extracted paragraphs', () => {
    const found = extractPageHtml(parse(samplePage(readSampleLines())).documentElement.outerHTML);
    expect(found).not.toBeNull();
    if (!found) return;
    const expected = findRepeats(found.article.paragraphs, found.article.title);
    expect(found.repeats).toEqual(expected);
    // The sample prints its headline and five closing paragraphs twice.
    expect(found.repeats.length).toBeGreaterThanOrEqual(5);
  });

  it('answers null for markup with no body (a frameset page)', () => {
    expect(
      extractPageHtml('<html><head></head><frameset><frame src="a"></frameset></html>'),
    ).toBeNull();
  });
});
