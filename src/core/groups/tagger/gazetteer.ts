// Gazetteer facts for the tagger's features: country names and demonyms (countries.ts), the words
// that head organisation names (head-words.ts, plus the suffixes companies and institutions
// carry), and the names of companies, brands and media (company-names.ts). Static lists only, so
// the trained weights do not depend on the knowledge base's contents: editing the knowledge base
// never calls for retraining.

import { COUNTRY_WORDS } from '../countries';
import { HEAD_WORD_KINDS } from '../head-words';
import { listedNamePositions, listedNames } from './company-names';
import { normalWord, type TokenFacts } from './features';

/** Heads of institution and company names beyond head-words.ts (which serves the name rules). */
const MORE_HEADS = [
  'inc.',
  'corp.',
  'co.',
  'ltd.',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'holdings',
  'university',
  'college',
  'school',
  'academy',
  'hospital',
  'laboratory',
  'laboratories',
  'labs',
  'club',
  'league',
  'fund',
  'trust',
  'institution',
  'board',
  'court',
  'tribunal',
  'senate',
  'parliament',
  'congress',
  'administration',
  'secretariat',
  'police',
  'ministry',
  'airlines',
  'airways',
  'motors',
  'industries',
  'technologies',
  'systems',
  'entertainment',
  'media',
  'news',
  'times',
  'post',
  'journal',
  'press',
  'studios',
  'records',
  'partners',
  'capital',
  'ventures',
];

const HEADS: ReadonlySet<string> = new Set([
  ...[...HEAD_WORD_KINDS.keys()].map(normalWord),
  ...MORE_HEADS,
]);
const COUNTRIES: ReadonlySet<string> = new Set([...COUNTRY_WORDS].map(normalWord));

export function gazetteerFacts(words: readonly string[]): TokenFacts[] {
  const listed = listedNamePositions(words);
  return words.map((w, i) => {
    const folded = normalWord(w);
    return { country: COUNTRIES.has(folded), head: HEADS.has(folded), listed: listed[i] ?? '' };
  });
}

/**
 * A short fingerprint of the lists above. The trainer records it with the weights; a test fails
 * when the lists change without retraining (the features would no longer be the ones learned).
 */
export function gazetteerFingerprint(): string {
  let h = 0x811c9dc5;
  const lists = [...[...HEADS].sort(), '|', ...[...COUNTRIES].sort(), '|', ...listedNames()];
  for (const word of lists) {
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2c;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
