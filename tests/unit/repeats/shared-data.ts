// Paths to the team's read-only real data (../shared from the project root) and small readers.
// Third-party text is read at test time, never copied into the repo.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** Non-empty lines of the Mali sample: one paragraph per line. */
export function maliParagraphs(): string[] {
  const text = readFileSync(`${SHARED_DIR}samples/mali-attacks-as-published.txt`, 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}

export interface CorpusPage {
  id: string;
  file: string;
  articleBody?: string;
}

export function corpusPages(): CorpusPage[] {
  const raw: unknown = JSON.parse(readFileSync(`${SHARED_DIR}corpus/manifest.json`, 'utf8'));
  if (!Array.isArray(raw)) throw new Error('manifest.json is not a list');
  return raw as CorpusPage[];
}
