// Word tables the figure grammar reads: qualifiers ("over", "at least", "plus de"), scales
// ("million", "bn"), currencies, percent words, measure units, vague quantities ("hundreds of").
// Multi-word entries are arrays of lower-cased tokens, matched token by token.

import type { FigureLanguage } from './language';

export type Phrase = readonly string[];

/** Words in front of a number that say how exact it is; kept in the figure's text. */
export const QUALIFIERS: Record<FigureLanguage, Phrase[]> = {
  en: [
    ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['no', 'fewer', 'than'],
    ['no', 'more', 'than'], ['no', 'less', 'than'], ['over'], ['under'], ['below'], ['above'],
    ['at', 'least'], ['at', 'most'], ['nearly'], ['almost'], ['up', 'to'], ['about'], ['around'],
    ['approximately'], ['roughly'], ['some'], ['an', 'estimated'], ['estimated'],
    ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'],
    ['close', 'to'], ['just', 'over'], ['just', 'under'], ['well', 'over'], ['well', 'above'],
    ['in', 'excess', 'of'], ['upwards', 'of'], ['upward', 'of'], ['only'], ['just'],
    ['a', 'further'], ['another'], ['a', 'total', 'of'], ['exactly'], ['precisely'], ['barely'],
    ['between'], ['an', 'additional'], ['an', 'extra'], ['a', 'record'], ['almost', 'exactly'],
  ],
  fr: [
    ['plus', 'de'], ['moins', 'de'], ['près', 'de'], ['environ'], ['au', 'moins'], ['quelque'],
    ["jusqu'à"], ['pas', 'moins', 'de'], ['un', 'total', 'de'], ['presque'], ['autour', 'de'],
    ['approximativement'], ['entre'], ['quasi'], ['seulement'], ['au', 'plus'], ["d'au", 'moins'],
    ['au', 'total'], ['près', "d'un"], ['plus', "d'un"], ['pas', 'moins', "d'un"],
  ],
};

/** Multipliers written after a number: "1.2 million", "3bn", "€40m", "2 milliards". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['millions', 1e6], ['billion', 1e9],
  ['trillion', 1e12], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9],
  ['tn', 1e12], ['trn', 1e12], ['lakh', 1e5], ['crore', 1e7], ['mille', 1e3], ['milliard', 1e9],
  ['milliards', 1e9], ['md', 1e9], ['mds', 1e9],
]);

/** After a sum of money "m" is a million and "k" a thousand; "40m" is metres, "4k" a resolution. */
export const MONEY_ONLY_SCALES: ReadonlyMap<string, number> = new Map([['m', 1e6], ['k', 1e3]]);

/** Currency marks written before the number: "$3bn", "US$5", "£2.5 billion", "USD 40". */
export const CURRENCY_PREFIXES = new Set([
  '$', '£', '€', '¥', '₹', '₦', '₽', '₩', '₺', '₴', '₵', '₱', '₪', 'us$', 'a$', 'c$', 'hk$', 'nz$',
  'r$', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'chf', 'cad', 'aud', 'rs', 'ksh', 'kes', 'ngn',
  'zar', 'cfa', 'fcfa', 'xof', 'rmb',
]);

/** Currency marks written after the number: "40 dollars", "30 €", "10 millions d'euros". */
export const CURRENCY_SUFFIXES = new Set([
  '$', '€', '£', 'dollars', 'dollar', 'euros', 'euro', 'pounds', 'sterling', 'yen', 'yuan',
  'renminbi', 'rupees', 'rupee', 'naira', 'francs', 'franc', 'shillings', 'rand', 'riyals',
  'rials', 'dirhams', 'pesos', 'roubles', 'rubles', 'hryvnias', 'hryvnia', 'cedis', 'birr',
  'lira', 'liras', 'kwacha', 'dinars', 'usd', 'eur', 'gbp', 'fcfa', 'cfa',
]);

/** Percent marks: "30%", "30 per cent", "30 percent", "30 pour cent", "2 percentage points". */
export const PERCENT_PHRASES: Phrase[] = [
  ['%'], ['per', 'cent'], ['percent'], ['pc'], ['percentage', 'points'], ['percentage', 'point'],
  ['pour', 'cent'], ['points', 'de', 'pourcentage'], ['basis', 'points'],
];

/** Measure units, as separate words or glued to the number ("40km"). */
export const MEASURE_UNITS = new Set([
  'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'kilomètres', 'kilomètre',
  'miles', 'mile', 'metres', 'meters', 'metre', 'meter', 'mètres', 'mètre', 'm', 'cm', 'mm',
  'ft', 'feet', 'foot', 'inches', 'inch', 'yards', 'kg', 'kgs', 'kilograms', 'kilogrammes',
  'kilos', 'grams', 'grammes', 'tonnes', 'tonne', 'tons', 'ton', 'lbs', 'lb', 'litres', 'liters',
  'litre', 'liter', 'gallons', 'barrels', 'bpd', 'acres', 'hectares', 'ha', 'km²', 'km2', 'mph',
  'km/h', 'kph', 'knots', 'degrees', 'degrés', '°', '°c', '°f', 'mw', 'gw', 'kw', 'kwh', 'mwh',
  'gwh', 'twh', 'megawatts', 'gigawatts', 'watts', 'mbps', 'gb', 'tb', 'mb', 'ghz', 'mhz',
]);

/** Units that need a first word: "square kilometres", "cubic metres", "sq km". */
export const MEASURE_PREFIXES = new Set(['square', 'sq', 'cubic', 'carrés', 'cubes']);

/** Units that are lengths of time ("three days"); recorded as the counted unit. */
export const TIME_UNITS = new Set([
  'seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'hrs', 'days', 'day', 'weeks',
  'week', 'months', 'month', 'years', 'year', 'decades', 'decade', 'centuries', 'century',
  'nights', 'night', 'yrs', 'secondes', 'heures', 'heure', 'jours', 'jour', 'semaines',
  'semaine', 'mois', 'ans', 'an', 'années', 'année', 'décennies', 'siècles', 'siècle',
]);

/** Counts with no exact number, valued at their unit ("hundreds of" → 100), as the dev set does. */
export const VAGUE_QUANTITIES: Record<FigureLanguage, [Phrase, number][]> = {
  en: [
    [['tens', 'of', 'thousands'], 1e4], [['hundreds', 'of', 'thousands'], 1e5],
    [['tens', 'of', 'millions'], 1e7], [['hundreds', 'of', 'millions'], 1e8], [['dozens'], 12],
    [['scores'], 20], [['hundreds'], 100], [['thousands'], 1e3], [['millions'], 1e6],
    [['billions'], 1e9], [['trillions'], 1e12],
  ],
  fr: [
    [['des', 'dizaines', 'de', 'milliers'], 1e4], [['des', 'centaines', 'de', 'milliers'], 1e5],
    [['des', 'dizaines'], 10], [['des', 'centaines'], 100], [['des', 'milliers'], 1e3],
    [['des', 'millions'], 1e6], [['plusieurs', 'dizaines'], 10], [['plusieurs', 'centaines'], 100],
    [['plusieurs', 'milliers'], 1e3], [['plusieurs', 'millions'], 1e6], [['dizaines'], 10],
    [['centaines'], 100], [['milliers'], 1e3],
  ],
};

/** "several hundred", "a few thousand": a vague multiple with no "of" after it. */
export const HEDGED_MULTIPLES: Record<FigureLanguage, [Phrase, number][]> = {
  en: [
    [['several', 'hundred'], 100], [['several', 'thousand'], 1e3], [['several', 'million'], 1e6],
    [['several', 'billion'], 1e9], [['a', 'few', 'hundred'], 100], [['a', 'few', 'thousand'], 1e3],
    [['a', 'few', 'million'], 1e6], [['a', 'few', 'billion'], 1e9], [['many', 'thousands'], 1e3],
    [['many', 'millions'], 1e6],
  ],
  fr: [
    [['quelques', 'centaines'], 100], [['quelques', 'milliers'], 1e3],
    [['quelques', 'millions'], 1e6],
  ],
};

/** Approximate round counts: "une centaine de" (about 100), "half a dozen". */
export const ROUND_COUNTS: Record<FigureLanguage, [Phrase, number][]> = {
  en: [[['half', 'a', 'dozen'], 6], [['a', 'couple', 'of', 'dozen'], 24]],
  fr: [
    [['une', 'dizaine'], 10], [['une', 'douzaine'], 12], [['une', 'quinzaine'], 15],
    [['une', 'vingtaine'], 20], [['une', 'trentaine'], 30], [['une', 'cinquantaine'], 50],
    [['une', 'soixantaine'], 60], [['une', 'centaine'], 100], [['un', 'millier'], 1000],
  ],
};

/** Fractions read as a share: "a third of", "two-thirds of", "half of". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 0.25], ['quarters', 0.25],
  ['fifth', 0.2], ['fifths', 0.2], ['tenth', 0.1], ['moitié', 0.5], ['tiers', 1 / 3],
  ['quart', 0.25],
]);

/** Month names: a number next to one is a date ("March 5", "5 mars"). */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'août', 'septembre', 'octobre', 'novembre', 'décembre',
]);

/** Words after which a number is a label, not a quantity ("Article 5", "page 4", "No. 10"). */
export const REFERENCE_NOUNS = new Set([
  'article', 'articles', 'section', 'paragraph', 'page', 'pages', 'chapter', 'resolution',
  'number', 'no', 'nos', 'phase', 'level', 'grade', 'category', 'stage', 'round', 'flight',
  'route', 'room', 'unit', 'lot', 'line', 'item', 'clause', 'rule', 'amendment', 'figure',
  'table', 'episode', 'season', 'version', 'gate', 'platform', 'terminal', 'highway', 'bus',
  'interstate', 'ward', 'district', 'zone', 'block', 'building', 'floor', 'apartment', 'suite',
  'exhibit', 'annex', 'title', 'act', 'protocol', 'covid', 'tier', 'week', 'game', 'match',
  'vol', 'volume', 'issue', 'class', 'type', 'model', 'mark', 'series', 'channel', 'alinéa',
  'numéro', 'chapitre', 'loi', 'décret', 'série', 'niveau', 'catégorie', 'porte', 'salle',
]);

/** Street words: "10 Downing Street" is an address. */
export const STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'drive', 'way',
  'place', 'square', 'court', 'terrace', 'rue', 'allée', 'chemin', 'quai',
]);

/** Words before a number that make it an age ("aged 45", "âgé de 45 ans"). */
export const AGE_WORDS = new Set(['aged', 'age', 'ages', 'âgé', 'âgée', 'âgés', 'âgées']);
