// Synthetic articles for scaling runs, built from the real sample's text
// (../shared/samples/mali-attacks-as-published.txt). Each paragraph takes a few of the sample's
// sentences and shuffles their words with a seeded generator, so paragraphs share vocabulary
// (like a real article) but are not copies of each other; every 50th paragraph is an exact
// copy of an earlier one and every 50th (offset 25) an edited copy (one word changed): true
// repeats the detector must find. Deterministic: the same size gives the same article.
import { readSampleLines } from '../tests/fixtures/shared-data';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface SyntheticArticle {
  title: string;
  paragraphs: string[];
  /** How many paragraphs are planted repeats (exact or edited copies). */
  planted: number;
}

let sentencesCache: string[] | null = null;
function sampleSentences(): string[] {
  sentencesCache ??= readSampleLines()
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 6);
  return sentencesCache;
}

export function syntheticArticle(size: number, seed = 1): SyntheticArticle {
  const sentences = sampleSentences();
  const random = mulberry32(seed);
  const paragraphs: string[] = [];
  let planted = 0;
  for (let i = 0; i < size; i++) {
    if (i >= 50 && i % 50 === 0) {
      paragraphs.push(paragraphs[Math.floor(random() * (i - 10))] as string);
      planted++;
      continue;
    }
    if (i >= 50 && i % 50 === 25) {
      const words = (paragraphs[Math.floor(random() * (i - 10))] as string).split(' ');
      words[Math.floor(words.length / 2)] = 'reportedly';
      paragraphs.push(words.join(' '));
      planted++;
      continue;
    }
    const count = 2 + Math.floor(random() * 3);
    const picked: string[] = [];
    for (let k = 0; k < count; k++) {
      const s = sentences[Math.floor(random() * sentences.length)] as string;
      const words = shuffle(s.replace(/[.!?]$/, '').split(' '), random);
      const text = words.join(' ').toLowerCase();
      picked.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
    paragraphs.push(picked.join(' '));
  }
  return { title: 'Series of coordinated attacks target Mali military posts', paragraphs, planted };
}
