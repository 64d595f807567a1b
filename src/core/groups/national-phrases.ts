// Descriptions that name a country's armed forces or government without using its name: "the Malian
// army", "Malian troops", "Mali's military", "the armed forces of Mali", "US government",
// "l'armée malienne". Each phrase is tied to a country; the finder resolves it to the knowledge-base
// entry of that kind and country, and only when the knowledge base has one.

import { COUNTRIES, type Country } from './countries';

export type NationalKind = 'military' | 'government';

export interface NationalPhrase {
  phrase: string;
  kind: NationalKind;
  country: string;
}

/** English nouns for a country's armed forces ("Malian troops" speaks of the armed forces). */
const MILITARY_NOUNS = [
  'military',
  'army',
  'armed forces',
  'forces',
  'troops',
  'soldiers',
  'defence forces',
  'defense forces',
];
/** Military nouns that also read well as "<noun> of <country>". */
const MILITARY_OF_NOUNS = ['army', 'armed forces', 'military'];
const GOVERNMENT_NOUNS = ['government'];

/** French nouns followed by the feminine plural adjective ("forces armées maliennes"). */
const FRENCH_MILITARY_FEMININE = ['armée', 'forces armées', 'forces', 'troupes'];
/** French nouns followed by the masculine plural adjective ("soldats maliens"). */
const FRENCH_MILITARY_MASCULINE_PLURAL = ['soldats', 'militaires'];
const FRENCH_GOVERNMENT = ['gouvernement'];
/** French plural: add "s" unless the word already ends in s or x. */
const FRENCH_INVARIABLE_PLURAL = /[sx]$/;

function plural(adjective: string): string {
  return FRENCH_INVARIABLE_PLURAL.test(adjective) ? adjective : `${adjective}s`;
}

function englishPhrases(country: Country, nouns: string[], ofNouns: string[]): string[] {
  const phrases: string[] = [];
  for (const noun of nouns) {
    for (const adjective of [...country.demonyms, ...country.names])
      phrases.push(`${adjective} ${noun}`);
    for (const name of country.names) phrases.push(`${name}'s ${noun}`);
  }
  for (const noun of ofNouns) {
    for (const name of country.names) phrases.push(`${noun} of ${name}`, `${noun} of the ${name}`);
  }
  return phrases;
}

function frenchPhrases(country: Country, kind: NationalKind): string[] {
  const [masculine, feminine] = country.french;
  if (kind === 'government') return FRENCH_GOVERNMENT.map((noun) => `${noun} ${masculine}`);
  return [
    ...FRENCH_MILITARY_FEMININE.map((noun) =>
      noun === 'armée' ? `${noun} ${feminine}` : `${noun} ${plural(feminine)}`,
    ),
    ...FRENCH_MILITARY_MASCULINE_PLURAL.map((noun) => `${noun} ${plural(masculine)}`),
  ];
}

/** Every national phrase for every known country. */
export function nationalPhrases(): NationalPhrase[] {
  const out: NationalPhrase[] = [];
  for (const country of COUNTRIES) {
    const add = (kind: NationalKind, phrases: string[]): void => {
      for (const phrase of phrases) out.push({ phrase, kind, country: country.code });
    };
    add('military', englishPhrases(country, MILITARY_NOUNS, MILITARY_OF_NOUNS));
    add('military', frenchPhrases(country, 'military'));
    add('government', englishPhrases(country, GOVERNMENT_NOUNS, GOVERNMENT_NOUNS));
    add('government', frenchPhrases(country, 'government'));
  }
  return out;
}
