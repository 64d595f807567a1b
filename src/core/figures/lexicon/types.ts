// The shape of one language's word tables for the figures analysis: every language has every
// table (a table can be empty where the language has no such words), so a rule reads the same
// table whatever the article's language. Words are lower case, as tokens' `lower`. Symbols, codes
// and punctuation that every language writes alike are in marks.ts. Word forms matched by a
// regular expression stay with their rule (needs-source/time.ts, party.ts).

/** Several words matched token by token ("more than"). */
export type Phrase = readonly string[];
export type Words = readonly string[];
/** Words with a value ("million" → 1e6). */
export type Valued = readonly (readonly [string, number])[];
/** Phrases with a value ("hundreds of" → 100). */
export type ValuedPhrases = readonly (readonly [Phrase, number])[];
/**
 * A number word, its value, and how it combines ("hundred" multiplies, "thousand" closes a group).
 */
export type NumberWord = readonly [word: string, value: number, role: 'unit' | 'hundred' | 'scale'];

export interface FigureLexicon {
  // The number grammar (grammar.ts, number-words.ts, numerals.ts)
  /**
   * Words in front of a number that say how exact it is; kept in the figure's text ("more than",
   * "plus de").
   */
  qualifiers: readonly Phrase[];
  /**
   * Numbers written as words, with their value and role: a unit adds, a hundred multiplies what is
   * before it, a scale closes a group ("two hundred and fifty thousand").
   */
  numberWords: readonly NumberWord[];
  /** Articles that stand for one before a hundred, a thousand, a dozen ("a dozen"). */
  articlesAsOne: Words;
  /** The word that joins number words ("two hundred and fifty", "vingt et un"). */
  numberJoiners: Words;
  /** Suffixes glued to digits that make an ordinal ("21st", "3e", "1er"). */
  ordinalSuffixes: Words;
  /** Multipliers written after a number: "1.2 million", "3bn", "2 milliards". */
  scales: Valued;
  /** Currency words written after the number ("40 dollars", "10 millions d'euros"). */
  currencySuffixes: Words;
  /** Percent words: "30 per cent", "30 percent", "30 pour cent", "2 percentage points". */
  percentPhrases: readonly Phrase[];
  /** Measure units, as separate words or glued to the number ("40km"). */
  measureUnits: Words;
  /** Words that make a unit of area or volume: "square kilometres", "sq km", "mètres cubes". */
  measurePrefixes: Words;
  /** Lengths of time ("three days"); recorded as the counted unit. */
  timeUnits: Words;
  /**
   * Counts with no exact number, valued at their unit ("hundreds of" → 100), as the dev set does.
   */
  vagueQuantities: ValuedPhrases;
  /** "several hundred", "a few thousand": a vague multiple with no "of" after it. */
  hedgedMultiples: ValuedPhrases;
  /** Approximate round counts: "half a dozen", "une centaine de" (about 100). */
  roundCounts: ValuedPhrases;
  /** Fractions read as a share: "a third of", "two-thirds of", "half of", "la moitié". */
  fractions: Valued;
  /** How many of a fraction: "a third", "two-thirds", "deux tiers". */
  fractionCounts: Valued;
  /** Share words that count as a figure only after a qualifier ("more than half"). */
  qualifiedOnlyFractions: Words;
  /** Words between the two ends of a range ("20 to 30", "20 à 30"). */
  rangeLinks: Words;
  /** The word that joins the ends of "between 20 and 30". */
  betweenLinks: Words;
  /** The word that opens "between 20 and 30". */
  betweenWords: Words;
  /**
   * The word that links a vague quantity or a share to what it counts ("hundreds of", "des dizaines
   * de").
   */
  ofWords: Words;
  /** Verbs whose particle "over" or "about" is no qualifier ("took over three barracks"). */
  particleVerbs: Words;
  /** The number one as a word: mostly a pronoun or an article, so it is read with care. */
  oneWords: Words;
  /** Words after "one" that make an idiom, not a count ("one of", "one day", "une fois"). */
  oneIdiomNext: Words;
  // Numbers that are no figures (not-figures.ts)
  /** Month names: a number next to one is a date ("March 5", "5 mars"). */
  months: Words;
  /** Abbreviated month names (a date too; "Jan." ends no sentence, see sentences.ts). */
  monthAbbreviations: Words;
  /** Words after which a number is a label, not a quantity ("Article 5", "page 4", "No. 10"). */
  referenceNouns: Words;
  /** Street words: "10 Downing Street", "12 rue de Rivoli" are addresses. */
  streetWords: Words;
  /** Words before a number that make it an age ("aged 45", "âgé de 45 ans"). */
  ageWords: Words;
  /** Prepositions before a year ("in 2019", "depuis 2019"). */
  yearPrepositions: Words;
  /** Words after a number that make it a time of day ("5 pm", "14 h"). */
  clockWords: Words;
  /** Suffixes glued to a number that make it a time of day ("5pm", "14h"). */
  clockSuffixes: Words;
  /** Words between a day and its month ("5th of May", "le 1er mai"). */
  dayLinks: Words;
  /**
   * Function words: a capitalised one opens a sentence, it does not make a name of the number after
   * it.
   */
  functionWords: Words;
  // Sentences (sentences.ts)
  /** Titles and words that always precede more of the same sentence ("Col. Dembele", "No. 10"). */
  alwaysJoined: Words;
  /** Abbreviations that may also end a sentence ("... in the U.S. The army said"). */
  maybeFinal: Words;
  /** Words that usually open a new sentence, so a break after "U.S." before them is kept. */
  sentenceOpeners: Words;
  // What a figure counts (counted.ts)
  /** Words that end the counted noun after a number ("30 soldiers were killed" counts soldiers). */
  countedStopWords: Words;
  /** Plural nouns without the plural ending, which end a counted noun as a plural does. */
  irregularPlurals: Words;
  // Who stands behind a figure (attribution/)
  /**
   * Cues that name the source after them, and the cue as the report gives it ("according to X",
   * "selon X").
   */
  accordingTo: readonly (readonly [Phrase, string])[];
  /** "citing internal issues" cites no one: these cues need an agent after them. */
  forwardNeedsAgent: Words;
  /**
   * Verbs of speech whose subject is a speaker whatever it is ("the patient said"); each is a
   * saying verb too.
   */
  speechVerbs: Words;
  /**
   * Verbs that put a statement in someone's mouth ("said", "estimated"); the subject must be an
   * agent, unless the verb is a speech verb.
   */
  sayingVerbs: Words;
  /**
   * Verbs that report a finding or a record, only when their subject is an agent ("a study found";
   * "the attack claimed 30 lives" is no source).
   */
  claimVerbs: Words;
  /**
   * "put the death toll at 30": these report only with a toll word within a few words after them.
   */
  tollVerbs: Words;
  /** The toll-like objects a toll verb needs ("put the death toll at 30"). */
  tollWords: Words;
  /** Auxiliaries before a participle cue, read as part of it ("a affirmé", "ont déclaré"). */
  cueAuxiliaries: Words;
  /** Auxiliaries that make a cue a passive ("was announced"), which names no one without "by". */
  passiveAuxiliaries: Words;
  /**
   * Adverbs that may stand between a passive auxiliary and its participle ("was also announced").
   */
  passiveSkips: Words;
  /** Negated verbs report nothing ("can't tell", "did not say", "n'a pas dit"). */
  negations: Words;
  /** "added to his titles" is no speech: particles after "added" that make it no reporting verb. */
  nonReportingParticles: Words;
  /** Words that end the inverted subject before a name could come ("said in a statement"). */
  notRoleWords: Words;
  /**
   * Participles that report or publish, before "by" and their agent: what the agent does is state a
   * figure.
   */
  reportingParticiples: Words;
  /** The word that introduces the agent of a passive ("announced by", "publié par"). */
  byWords: Words;
  /** Participles of an impersonal hedge after a form of "be" ("it is believed", "are said to"). */
  impersonalVerbs: Words;
  /** Forms of "be" before an impersonal participle. */
  beForms: Words;
  /** "the claim that ...", "rumours that ...": a statement with no speaker. */
  statementNouns: Words;
  /**
   * One-word hedges that invoke a speaker without naming one ("reportedly", French conditional
   * "aurait").
   */
  hedgeWords: Words;
  /** Nouns that can act as a source without a capital letter ("the army said", "a study found"). */
  agentNouns: Words;
  /** Capitalised words that open sentences without naming anyone ("The attack claimed"). */
  commonOpeners: Words;
  /** Heads of unnamed sources: with no proper name next to them the source is vague. */
  vagueHeads: Words;
  /** Determiners that make a head unnamed ("an official", "one source"). */
  unnamedLeads: Words;
  /** Determiners that tie a head to something named before ("the report"). */
  definiteLeads: Words;
  /** Heads that "the" ties to something named before ("the report" after "an IEA report"). */
  pointingHeads: Words;
  /** Words between a document and its author ("a report by X", "un rapport de X"). */
  documentLinks: Words;
  /**
   * Prepositions that open a place, time, listener or topic right after a speech verb or its
   * subject ("Magel said at Monday's rally", "said Smith, speaking to reporters"): the name or
   * the tag before them has ended. Read by the English tag rules only.
   */
  placePrepositions: Words;
  /** Pronouns that point back to a source named before. */
  pronouns: Words;
  /** Pronouns for a person, to prefer a person as antecedent. */
  personPronouns: Words;
  /**
   * Vague sources that are one person ("the man", "a witness"), whom a later "he" or "she" may
   * mean.
   */
  unnamedPersons: Words;
  /**
   * Subjects that are the writer or the reader outside a quotation ("we saw", "you can tell"): no
   * source.
   */
  authorVoice: Words;
  /** Words that mark a name as an organisation rather than a person. */
  organisationWords: Words;
  /** Titles and roles that mark a name as a person ("Col.", "spokesperson"). */
  personWords: Words;
  /**
   * Lower-case words inside a name ("Ministry of Defence", "Jama'at Nusrat al-Islam wal Muslimin").
   */
  nameConnectors: Words;
  /** Capitalised words that open a sentence or clause and are no part of the name after them. */
  nameLeads: Words;
  /** Words that stop a backward or forward noun-phrase scan (punctuation does too). */
  phraseBoundaries: Words;
  /**
   * A lower-case verb-like word after a name ends the phrase ("said X on Monday" stops at "on").
   */
  phraseStopWords: Words;
  /** Words that open an apposition describing the name before it ("X, another deportee, said"). */
  appositionLeads: Words;
  /** Relative pronouns opening a clause about the name before it ("X, who led the study, said"). */
  relativePronouns: Words;
  /** Articles: inside a phrase after "according to", but after a name they open a new phrase. */
  articles: Words;
  /** Words after which a cue word is a noun, not a verb ("with plans", "an estimated"). */
  nounMarkers: Words;
  /** Day names: "Alden on Tuesday said" — the day is no part of the source. */
  weekdays: Words;
  /** Words that may sit between a subject and its verb ("the army also said", "has said"). */
  verbPrefixes: Words;
  /** Leading words dropped from a source ("However, the army" → "army"). */
  sourceLeadWords: Words;
  // Which figures need a source (needs-source/) and whose side a source is on (party.ts)
  /** Nouns whose counts are news claims: casualties, arrests, displacement, events of violence. */
  harmCountNouns: Words;
  /** Words in a count that make it an estimate someone made ("about", "at least"). */
  countHedges: Words;
  /** Things a reader can check in a list, however many: outlets, companies, titles, places. */
  inventoryNouns: Words;
  /** Words of a market report: indexes, stocks, shares ("The Dow fell 1.2%"). */
  marketWords: Words;
  /** How a market moved or stood ("fell", "closed", "record"). */
  moveWords: Words;
  /**
   * Words of a penalty a charge carries or a court hands down ("faces up to 10 years in prison").
   */
  penaltyWords: Words;
  /** The counts of an indictment ("six counts", "nine state charges"). */
  chargeNouns: Words;
  /** Units of a product's specification ("512GB of storage", "a 16-inch screen"). */
  specUnits: Words;
  /** Words of a shopping sentence around a list price ("costs $3,299", "on sale for $199"). */
  priceWords: Words;
  /** What a player or a team scores or makes ("three goals", "112 yards"). */
  sportUnits: Words;
  /** Words of a game already played ("won", "season", "playoffs"). */
  sportWords: Words;
  /** Words that make a length of time an estimate ("an estimated 15,000 years"). */
  estimationWords: Words;
  /** Role nouns that name a side without naming the group ("army spokesperson", "the rebels"). */
  partyRoleWords: Words;
}
