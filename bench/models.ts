// The models part of `npm run bench` (issue 15's budgets): what the background loads (its bundle,
// which holds the knowledge base, and the name tagger's weights), gzipped; and the time to tag a
// 1,000-word article with the shipped tagger in Node, measured on corpus text.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createNameTagger, decodeWeights, type WeightsFile } from '../src/core/groups/tagger';
import { ROOT } from '../tests/e2e/support/paths';
import { readCorpusManifest } from '../tests/fixtures/shared-data';
import { median } from './stats';

export interface ModelsResult {
  /** dist/chrome's background bundle and models/tagger-weights.json, gzipped, in KB. */
  backgroundGzipKb: number;
  weightsGzipKb: number;
  decodeMs: number;
  /** Median time to tag one 1,000-word article, over every 1,000-word slice of the corpus. */
  tagMsPer1000Words: number;
  tagMsPer1000WordsP95: number;
  articles: number;
}

const WORDS = 1000;
/** Paragraphs of a slice: about 80 words each, as in news copy. */
const PARAGRAPH_WORDS = 80;

export function runModelsBench(): ModelsResult {
  const gz = (path: string): number => gzipSync(readFileSync(path)).length / 1024;
  const weightsPath = `${ROOT}dist/chrome/models/tagger-weights.json`;
  const backgroundGzipKb = gz(`${ROOT}dist/chrome/src/background/index.js`) + gz(weightsPath);
  const t0 = performance.now();
  const tagger = createNameTagger(
    decodeWeights(JSON.parse(readFileSync(weightsPath, 'utf8')) as WeightsFile),
  );
  const decodeMs = performance.now() - t0;
  const words = readCorpusManifest()
    .flatMap((m) => (m.articleBody ? [m.articleBody] : []))
    .join('\n')
    .split(/\s+/)
    .filter(Boolean);
  const articles: string[][] = [];
  for (let at = 0; at + WORDS <= words.length; at += WORDS) {
    const slice = words.slice(at, at + WORDS);
    const paragraphs: string[] = [];
    for (let p = 0; p < slice.length; p += PARAGRAPH_WORDS) {
      paragraphs.push(slice.slice(p, p + PARAGRAPH_WORDS).join(' '));
    }
    articles.push(paragraphs);
  }
  for (const a of articles.slice(0, 20)) tagger.tag(a);
  const times = articles.map((a) => {
    const start = performance.now();
    tagger.tag(a);
    return performance.now() - start;
  });
  const sorted = [...times].sort((a, b) => a - b);
  return {
    backgroundGzipKb,
    weightsGzipKb: gz(weightsPath),
    decodeMs,
    tagMsPer1000Words: median(times),
    tagMsPer1000WordsP95: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
    articles: articles.length,
  };
}
