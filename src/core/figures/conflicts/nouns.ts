// What a count counts, as one class for the inflections and synonyms of its noun: "soldiers",
// "troops", "servicemen" and "Malian soldiers" all count soldiers. The head noun is the last word
// of the counted phrase ("suspected jihadist fighters" → "fighters"); a noun outside the classes
// stands for itself, singular ("two hospitals" and "a hospital" count hospitals).

/** Synonyms, one class per line: the first word names the class. */
const CLASSES: readonly string[] = [
  'people persons person individuals',
  'soldier soldiers troops troop servicemen serviceman servicemembers soldiery',
  'militant militants fighters fighter insurgents insurgent jihadists jihadist rebels rebel gunmen gunman attackers attacker terrorists terrorist',
  'police police policemen policeman policewomen officers officer cops',
  'civilian civilians',
  'child children kids minors',
  'protester protesters protestors demonstrators demonstrator marchers',
  'migrant migrants asylum-seekers',
  'refugee refugees',
  'worker workers employees employee staff staffers personnel',
  'home homes houses house dwellings',
  'student students pupils',
  'patient patients',
  'prisoner prisoners inmates detainees',
  'hostage hostages captives',
  'vote votes ballots',
  'case cases infections',
  'death deaths fatalities fatality dead',
];

const CLASS_OF: ReadonlyMap<string, string> = new Map(
  CLASSES.flatMap((line) => {
    const words = line.split(' ');
    const name = words[0] ?? '';
    return words.map((w) => [w, name] as const);
  }),
);

/** Plural endings, longest first: "casualties" → "casualty", "buses" → "bus", "votes" → "vote". */
const PLURALS: readonly [RegExp, string][] = [
  [/ies$/u, 'y'],
  [/(ss|sh|ch|x|z)es$/u, '$1'],
  [/([^su])s$/u, '$1'],
];

/** The singular of an English plural, by its ending; other words unchanged. */
export function singular(word: string): string {
  for (const [ending, replacement] of PLURALS)
    if (ending.test(word)) return word.replace(ending, replacement);
  return word;
}

/** The class of a counted phrase's head noun ("Malian troops" → "soldier"), or null for none. */
export function nounClass(counted: string | null | undefined): string | null {
  if (counted === null || counted === undefined) return null;
  const head = counted.toLowerCase().replace(/’/gu, "'").split(' ').at(-1) ?? '';
  if (head === '') return null;
  return CLASS_OF.get(head) ?? CLASS_OF.get(singular(head)) ?? singular(head);
}

/** The class of a word that is one of the listed nouns ("soldiers", "troops"), else null. */
export function listedClass(word: string): string | null {
  return CLASS_OF.get(word) ?? CLASS_OF.get(singular(word)) ?? null;
}
