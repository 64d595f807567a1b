// The word sets the attribution rules share, built from the tables of ../lexicon/ (types.ts there
// says what each is for): a language's own where the rule reads the article's language, every
// language's where it reads the words whatever the language. Tables one rule reads alone are
// built in that rule's file.
import { anyLanguage, byLanguage } from '../lexicon';

export const SPEECH_VERBS = byLanguage('speechVerbs');
export const SAYING_VERBS = byLanguage('sayingVerbs');
export const CLAIM_VERBS = byLanguage('claimVerbs');
export const CUE_AUXILIARIES = byLanguage('cueAuxiliaries');
export const PRONOUNS = byLanguage('pronouns');
export const AGENT_NOUNS = anyLanguage('agentNouns');
export const VAGUE_HEADS = anyLanguage('vagueHeads');
export const PERSON_PRONOUNS = anyLanguage('personPronouns');
export const ORGANISATION_WORDS = anyLanguage('organisationWords');
export const PERSON_WORDS = anyLanguage('personWords');
export const PHRASE_BOUNDARIES = anyLanguage('phraseBoundaries');
export const NOUN_MARKERS = anyLanguage('nounMarkers');
export const WEEKDAYS = anyLanguage('weekdays');
export const VERB_PREFIXES = anyLanguage('verbPrefixes');
export const SOURCE_LEAD_WORDS = anyLanguage('sourceLeadWords');
export const PLACE_PREPOSITIONS = anyLanguage('placePrepositions');
