// Symbols, codes and punctuation that every language writes alike ("$", "usd", "km", "%", a
// comma), and the particles of names from other languages ("al", "van"). Each table adds to the
// language table of the same name (index.ts); the first two have no words in any language.
import type { Phrase, Valued, Words } from './types';

export interface Marks {
  /** Currency marks written before the number: "$3bn", "US$5", "£2.5 billion", "USD 40". */
  currencyPrefixes: Words;
  /**
   * After a sum of money "m" is a million and "k" a thousand; "40m" is metres, "4k" a resolution.
   */
  moneyOnlyScales: Valued;
  /** Added to `currencySuffixes` of every language. */
  currencySuffixes: Words;
  /** Added to `measureUnits` of every language. */
  measureUnits: Words;
  /** Added to `rangeLinks` of every language. */
  rangeLinks: Words;
  /** Added to `clockWords` of every language. */
  clockWords: Words;
  /** Added to `nameConnectors` of every language. */
  nameConnectors: Words;
  /** Added to `phraseBoundaries` of every language. */
  phraseBoundaries: Words;
  /** Added to `specUnits` of every language. */
  specUnits: Words;
  /** Added to `percentPhrases` of every language. */
  percentPhrases: readonly Phrase[];
}

export const MARKS: Marks = {
  currencyPrefixes: [
    '$',
    '£',
    '€',
    '¥',
    '₹',
    '₦',
    '₽',
    '₩',
    '₺',
    '₴',
    '₵',
    '₱',
    '₪',
    'us$',
    'a$',
    'c$',
    'hk$',
    'nz$',
    'r$',
    'usd',
    'eur',
    'gbp',
    'jpy',
    'cny',
    'inr',
    'chf',
    'cad',
    'aud',
    'rs',
    'ksh',
    'kes',
    'ngn',
    'zar',
    'cfa',
    'fcfa',
    'xof',
    'rmb',
  ],
  moneyOnlyScales: [
    ['m', 1e6],
    ['k', 1e3],
  ],
  currencySuffixes: ['$', '€', '£', 'usd', 'eur', 'gbp', 'fcfa', 'cfa'],
  measureUnits: [
    'km',
    'm',
    'cm',
    'mm',
    'kg',
    'ha',
    'km²',
    'km2',
    'km/h',
    '°',
    '°c',
    '°f',
    'mw',
    'gw',
    'kw',
    'kwh',
    'mwh',
    'gwh',
    'twh',
    'mbps',
    'gb',
    'tb',
    'mb',
    'ghz',
    'mhz',
  ],
  rangeLinks: ['-'],
  clockWords: ['gmt', 'utc', 'bst', 'est', 'cet'],
  nameConnectors: ['al', 'bin', 'wal', 'el', 'van', 'von', 'der'],
  phraseBoundaries: [
    ',',
    ';',
    ':',
    '"',
    '“',
    '”',
    '—',
    '–',
    '.',
    '!',
    '?',
    '«',
    '»',
    '-',
    '(',
    ')',
  ],
  specUnits: ['gb', 'tb', 'mb', 'kb', 'ghz', 'mhz', 'hz', 'mp', 'mah', 'ppi', 'mm', 'cm', 'w'],
  percentPhrases: [['%']],
};
