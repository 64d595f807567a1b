// Bundled by scripts/bench.mjs into one script that the benchmark evaluates in a corpus page (no
// extension code involved): it times, cold as a content script would run it, the main-thread
// part of the design measured as the alternative in docs/PERFORMANCE.md ("extraction off the
// main thread"): the gate, serialising the page, mapping paragraphs extracted elsewhere (by
// linkedom in Node here, by the extension's background in that design) back to live blocks by
// text, and the repeat detector over them.
import { isProbablyReaderable } from '@mozilla/readability';
import { createRepeatDetector } from '../src/core/repeats';
import { matchBlocksByText } from '../src/extract';

export interface ProbeResult {
  gate: number;
  serialise: number;
  map: number;
  repeats: number;
  /** The longest of the steps (each can be its own task). */
  longestStep: number;
  total: number;
  mapped: number;
  paragraphs: number;
  htmlChars: number;
}

export function probe(title: string | null, paragraphs: string[]): ProbeResult {
  let t0 = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const d = now - t0;
    t0 = now;
    return d;
  };
  isProbablyReaderable(document);
  const gate = lap();
  const html = document.documentElement.outerHTML;
  const serialise = lap();
  const elements = matchBlocksByText(document, paragraphs);
  const map = lap();
  const detector = createRepeatDetector(title);
  for (const p of paragraphs) detector.add(p);
  const repeats = lap();
  return {
    gate,
    serialise,
    map,
    repeats,
    longestStep: Math.max(gate, serialise, map, repeats),
    total: gate + serialise + map + repeats,
    mapped: elements.filter(Boolean).length,
    paragraphs: paragraphs.length,
    htmlChars: html.length,
  };
}
