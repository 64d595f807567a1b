// What an article itself says a group is: "Stratfor, a geopolitical intelligence firm, said …",
// "the streaming service Netflix", "Alibaba, which runs Taobao, …". Such a phrase does two jobs:
// it shows the reader an "In this article" line on the group's card (background with no network
// and no knowledge base), and, when its head noun is an organisation noun ("firm", "agency",
// "newspaper"), it tells the group finder that the name it describes is an organisation, which
// finds names no list holds and no capitals give away. English only.

export interface ArticleDescription {
  /** The described name as written ("Stratfor"). */
  name: string;
  /** Offset of the name in the paragraph. */
  start: number;
  /** The description as written ("a geopolitical intelligence firm", "streaming service"). */
  description: string;
  /** Kind the head noun suggests ("company", "media" …), or null for a "which …" clause. */
  kind: string | null;
  /** Says more than its head noun ("streaming service", not "group"): worth showing a reader. */
  informative: boolean;
}

/** Head nouns of descriptions that make the described name an organisation, with the kind each suggests. */
const ORGANISATION_NOUNS: ReadonlyMap<string, string> = new Map(
  (
    [
      [
        'company',
        'company firm startup start-up service maker manufacturer retailer chain brand conglomerate giant subsidiary developer publisher studio label carrier operator airline automaker carmaker supplier distributor provider insurer bank lender fund consultancy platform marketplace exchange franchise',
      ],
      [
        'media',
        'newspaper magazine tabloid broadcaster network outlet website site blog publication journal newsletter podcast channel station wire',
      ],
      [
        'government body',
        'ministry department regulator watchdog agency authority council commission committee court legislature parliament',
      ],
      [
        'NGO',
        'charity nonprofit non-profit foundation coalition alliance association union federation society movement campaign',
      ],
      ['university', 'university college institute laboratory lab school academy'],
      ['political party', 'party'],
      ['armed group', 'militia faction insurgency'],
      ['sports team', 'team club franchise'],
      ['organisation', 'body outfit think-tank consortium group organisation organization'],
    ] as const
  ).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as [string, string])),
);
/** "think tank", "news agency", "trade body"…: two-word heads whose second word is not in the list. */
const TWO_WORD_HEADS: ReadonlyMap<string, string> = new Map([
  ['think tank', 'organisation'],
  ['news agency', 'media'],
  ['hedge fund', 'company'],
]);

/**
 * A capitalised name of up to six words, with "of", "for", "and", "&", "the", "de" inside, and an
 * article after them ("Committee for a Responsible Federal Budget", "Museum of the Moving Image").
 */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|for|and|&|the|de|on)\s+(?:(?:a|an)\s+)?)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5}`;
/** Words between the article and the head noun: modifiers, hyphenated or not ("Dublin-based"). */
const MODIFIERS = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}’'&.-]*\s+){0,5}?`;
/** What may follow a head noun that ends the description's noun phrase. */
const AFTER_HEAD = String.raw`(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|based|in|of|for|with|known|founded|owned|headquartered|run|whose|where|backed|specializing|specialising|dedicated|focused|led|called|named)\b)`;

const HEAD_WORDS = [...ORGANISATION_NOUNS.keys(), ...TWO_WORD_HEADS.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');
const HEAD = String.raw`(?:${HEAD_WORDS})s?`;

// Each pattern is found from an anchor that holds no unbounded run ("," + article, a head noun
// before a capital, ", which"), and the name and modifiers are read in a bounded window around it:
// linear in the paragraph, whatever it holds (one 200,000-character word included).

/** Characters before or after an anchor that a name or a description may take. */
const WINDOW = 120;

/** ", a", ", an", ", the": where an appositive description starts. */
const APPOSITIVE_ANCHOR = /,\s+(?=(?:a|an|the)\s)/gu;
/**
 * " is a", " was the": where a sentence says what its subject is ("Wyze is a Seattle-based …
 * company"). Tried only where a run of spaces starts, so that a paragraph of spaces stays linear.
 */
const COPULA_ANCHOR = /(?<!\s)\s+(?:is|was)\s+(?=(?:a|an|the)\s)/gu;
const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}&.'’-])(${NAME})$`, 'u');
const APPOSITIVE_TAIL = new RegExp(
  String.raw`^((?:a|an|the)\s+${MODIFIERS}(${HEAD}))${AFTER_HEAD}`,
  'u',
);
/** A head noun right before a capital: "service Netflix". */
const PREMODIFIER_ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(${HEAD})\s+(?=[\p{Lu}\p{N}])`,
  'gu',
);
/**
 * The words before a head noun: lower-case ("streaming service"), or closed by a proper noun
 * ("Minecraft developer Mojang", "Chinese tech giant Huawei", "U.S. carmaker Ford").
 */
const MODIFIERS_AT_END = /(?<![\p{L}\p{N}-])((?:[\p{L}\p{N}][\p{L}\p{N}.-]*\s+){1,3})$/u;
const NAME_AT_START = new RegExp(String.raw`^(${NAME})`, 'u');
/** ", which runs …" — a description only, never a reason to read a name as a group. */
const WHICH_ANCHOR = /,\s+(?=which\s)/gu;
const WHICH_TAIL =
  /^(which\s+(?:runs|owns|operates|makes|publishes|produces|sells|provides|represents|manages|oversees|controls|is|was|has)\s+[^,.;:—–()]{3,80})/u;

/** Words that open a capitalised run without naming anything ("The", titles, days). */
const NOT_NAME_START = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our my mr mrs ms dr ' +
    'president minister secretary chairman chairwoman chair chief director governor senator judge ' +
    'leader leaders spokesman spokeswoman spokesperson official officials head founder ceo cfo ' +
    'member members executive executives coach manager monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);
/** Determiners opening a pre-modifier phrase, which the description leaves out. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'rival',
  'fellow',
]);
const TRAILING_PLURAL = /s$/u;

function kindOf(head: string): string | null {
  const lower = head.toLowerCase();
  return (
    TWO_WORD_HEADS.get(lower) ??
    ORGANISATION_NOUNS.get(lower) ??
    ORGANISATION_NOUNS.get(lower.replace(TRAILING_PLURAL, '')) ??
    null
  );
}

function nameHolds(name: string): boolean {
  const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  return !NOT_NAME_START.has(first);
}

/** Words that join the parts of a name ("Bank of America"), never its first word. */
const JOINING_WORDS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on', 'a', 'an']);

/**
 * The name inside a capitalised run that opens with a title or a determiner: "CEO of Hipcricket"
 * → "Hipcricket", "The Carlyle Group" → "Carlyle Group" (the finder's own form of it); with the
 * offset of what is kept. Null when no word of it can open a name.
 */
function nameWithin(run: string): { name: string; offset: number } | null {
  let rest = run;
  let offset = 0;
  while (!nameHolds(rest)) {
    const next = /^\S+\s+/u.exec(rest);
    if (next === null) return null;
    offset += next[0].length;
    rest = rest.slice(next[0].length);
    for (let join = /^(\S+)\s+/u.exec(rest); join; join = /^(\S+)\s+/u.exec(rest)) {
      if (!JOINING_WORDS.has(join[1]?.toLowerCase() ?? '')) break;
      offset += join[0].length;
      rest = rest.slice(join[0].length);
    }
  }
  return JOINING_WORDS.has(rest.split(/\s+/u)[0]?.toLowerCase() ?? '')
    ? null
    : { name: rest, offset };
}

/** A capitalised word that can qualify a head noun ("Minecraft", "U.S."), not "This" or "He". */
function isProperModifier(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) && !NOT_NAME_START.has(word.toLowerCase());
}

/**
 * The words of a pre-modifier phrase that describe: those after its last determiner ("left the
 * streaming service" → "streaming service"); without one, only a hyphenated word ("e-commerce
 * giant"), since a verb or a conjunction may stand before the noun.
 */
function premodifiers(words: string): string {
  const list = words.trim().split(/\s+/u).filter(Boolean);
  let last = -1;
  list.forEach((w, i) => {
    if (DETERMINERS.has(w.toLowerCase())) last = i;
  });
  if (last >= 0)
    return list
      .slice(last + 1)
      .map((w) => `${w} `)
      .join('');
  // A proper noun right before the head, or one word before it, opens the phrase ("Minecraft
  // developer", "Chinese tech giant"); lower-case words alone may be a verb's ("to label", "they
  // service", "This grant will fund").
  let from = list.length;
  while (from > 0 && from >= list.length - 1 && /^\p{Ll}/u.test(list[from - 1] ?? '')) from -= 1;
  const lowerOnly = from;
  while (from > 0 && isProperModifier(list[from - 1] ?? '')) from -= 1;
  if (from < lowerOnly)
    return list
      .slice(from)
      .map((w) => `${w} `)
      .join('');
  const before = list[list.length - 1];
  return before?.includes('-') ? `${before} ` : '';
}

/** Words that end with their own full stop inside a name ("Acme Inc.", "U.S. Steel"). */
const ABBREVIATION = /^(?:(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St)\.|(?:\p{Lu}\.)+)$/u;

/**
 * A name read up to the first full stop that ends a sentence, without it ("developer Mojang. The
 * …" → "Mojang"); a full stop of an abbreviation stays.
 */
function toSentenceEnd(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const words = name.split(/(\s+)/u);
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i] ?? '';
    if (word.endsWith('.') && !ABBREVIATION.test(word)) {
      return [...words.slice(0, i), word.slice(0, -1)].join('');
    }
  }
  return name;
}

function nameBefore(paragraph: string, at: number): { name: string; start: number } | null {
  const from = Math.max(0, at - WINDOW);
  const run = NAME_AT_END.exec(paragraph.slice(from, at))?.[1];
  const within = run === undefined ? null : nameWithin(run);
  return run === undefined || within === null
    ? null
    : { name: within.name, start: at - run.length + within.offset };
}

/** The descriptions one paragraph gives, in order of the described names. */
export function findArticleDescriptions(paragraph: string): ArticleDescription[] {
  const found: ArticleDescription[] = [];
  const anchors = [
    ...paragraph.matchAll(APPOSITIVE_ANCHOR),
    ...paragraph.matchAll(COPULA_ANCHOR),
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const anchor of anchors) {
    const at = anchor.index ?? 0;
    const named = nameBefore(paragraph, at);
    const after = at + anchor[0].length;
    const tail = APPOSITIVE_TAIL.exec(paragraph.slice(after, after + WINDOW));
    if (!named || !tail) continue;
    const [, description = '', head = ''] = tail;
    const kind = kindOf(head.split(/\s+/u).slice(-2).join(' ')) ?? kindOf(head);
    if (kind === null || !nameHolds(named.name)) continue;
    found.push({ ...named, description, kind, informative: true });
  }
  for (const anchor of paragraph.matchAll(PREMODIFIER_ANCHOR)) {
    const at = anchor.index ?? 0;
    const head = anchor[1] ?? '';
    const modifiers = MODIFIERS_AT_END.exec(paragraph.slice(Math.max(0, at - WINDOW), at));
    const after = at + anchor[0].length;
    const run = NAME_AT_START.exec(paragraph.slice(after, after + WINDOW))?.[1];
    // "the company The Carlyle Group": the determiner is left out as the finder leaves it out.
    const within = run !== undefined && /^the\s/iu.test(run) ? nameWithin(run) : null;
    const name = toSentenceEnd(within?.name ?? run);
    const kind = kindOf(head);
    // "the party Chairman", "the club President": a title, not a name.
    const words = modifiers?.[1]?.trim().split(/\s+/u) ?? [];
    const before = words[words.length - 1] ?? '';
    // A lower-case word before the head, or a proper noun qualifying it ("Minecraft developer").
    const qualified = /^\p{Ll}/u.test(before) || isProperModifier(before);
    if (!qualified || !name || kind === null || !nameHolds(name)) continue;
    const description = `${premodifiers(modifiers?.[1] ?? '')}${head}`;
    const informative = description.split(/\s+/u).length >= 2;
    found.push({ name, start: after + (within?.offset ?? 0), description, kind, informative });
  }
  for (const anchor of paragraph.matchAll(WHICH_ANCHOR)) {
    const at = anchor.index ?? 0;
    const named = nameBefore(paragraph, at);
    const after = at + anchor[0].length;
    const clause = WHICH_TAIL.exec(paragraph.slice(after, after + WINDOW))?.[1];
    if (!named || !clause || !nameHolds(named.name)) continue;
    found.push({ ...named, description: clause.trim(), kind: null, informative: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
