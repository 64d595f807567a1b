// The content script's half of off-thread extraction: find the live element of each paragraph
// the background extracted, from its locator (an index among the body's elements), checked
// against the text. A page that changed between serialisation and the answer falls back to
// matching by text, built only then.
import { textMatcher } from './text-matcher';
import type { BlockLocator } from './page-extraction';
import { comparableText } from './comparable-text';

export interface LocatedBlocks {
  paragraphs: string[];
  elements: Element[];
  /** For each located paragraph, its index in the list it was located from. */
  from: number[];
  /** Paragraphs found by text because their locator pointed elsewhere. */
  byText: number;
  /** Paragraphs found nowhere (left out, so nothing is hidden on a guess). */
  lost: number;
}

const WHITESPACE = /\s+/g;

/**
 * Whether an element's text holds a paragraph's. Readability drops whitespace-only text nodes
 * between inline elements ("infection.<span>Courtesy" in zyte-bdb56ac835), so spaces are not
 * compared when the plain check fails.
 */
function holds(elementText: string, paragraph: string): boolean {
  return (
    elementText === paragraph ||
    elementText.includes(paragraph) ||
    elementText.replace(WHITESPACE, '').includes(paragraph.replace(WHITESPACE, ''))
  );
}

/**
 * Failed checks that mean the page changed (not a parser quirk): then the failed paragraphs
 * are looked for by text, which reads every block of the page, else they are left out.
 */
const DRIFT_MIN_FAILURES = 3;
const DRIFT_MIN_SHARE = 0.2;

export function locateBlocks(
  doc: Document,
  paragraphs: readonly string[],
  blocks: readonly BlockLocator[],
): LocatedBlocks {
  const all = (doc.body ?? doc.documentElement).getElementsByTagName('*');
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let text = texts.get(el);
    if (text === undefined) {
      text = comparableText(el);
      texts.set(el, text);
    }
    return text;
  };
  const direct = paragraphs.map((text, i) => {
    const block = blocks[i];
    const candidate = block ? all[block.index] : undefined;
    // Same length and holding the text: the same element (a block Readability rebuilt from a
    // div's phrasing runs maps to that div, whose text is longer than the paragraph's). Where
    // the texts still differ (parsers decode some broken entities differently) the paragraph
    // is left out: nothing is hidden on a guess.
    return candidate && textOf(candidate).length === block?.chars && holds(textOf(candidate), text)
      ? candidate
      : null;
  });
  const failures = direct.filter((el) => el === null).length;
  const drifted = failures >= DRIFT_MIN_FAILURES && failures >= DRIFT_MIN_SHARE * paragraphs.length;
  const byText = drifted ? textMatcher(doc) : null;
  const used = new Set(direct.filter((el): el is Element => el !== null));
  const out: LocatedBlocks = { paragraphs: [], elements: [], from: [], byText: 0, lost: 0 };
  paragraphs.forEach((text, i) => {
    let el = direct[i] ?? null;
    if (!el && byText) {
      // The matcher hands each live block out once; skip those already located directly.
      do el = byText(text);
      while (el && used.has(el));
      if (el) out.byText++;
    }
    if (!el) {
      out.lost++;
      return;
    }
    out.paragraphs.push(text);
    out.elements.push(el);
    out.from.push(i);
  });
  return out;
}
