// Word tables for attribution: reporting verbs, words that name an agent, vague source heads,
// pronouns and generic nouns that point back to a source named earlier.

import type { FigureLanguage } from '../language';

/** Verbs of speech whose subject is a speaker whatever it is ("the patient said"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'wrote', 'writes', 'asks', 'asked', 'tweeted',
  'dit', 'déclaré', 'affirmé', 'déclare', 'affirme',
]);

/** Verbs that put a statement in someone's mouth; the subject must be an agent. */
export const SAYING_VERBS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: new Set([
    'said', 'says', 'say', 'told', 'tells', 'tell', 'asserted', 'asserts', 'assert', 'estimated',
    'estimates', 'estimate', 'confirmed', 'confirms', 'confirm', 'announced', 'announces',
    'announce', 'stated', 'added', 'adds', 'noted', 'warned', 'warns', 'explained', 'explains',
    'insisted', 'insists', 'alleged', 'alleges', 'revealed', 'reveals', 'disclosed', 'discloses',
    'acknowledged', 'admitted', 'argued', 'argues', 'wrote', 'writes', 'tweeted', 'stressed',
    'declared', 'projected', 'projects', 'predicted', 'predicts', 'forecast', 'forecasts',
    'expects', 'expected', 'pledged', 'pledges', 'promised', 'promises', 'sees', 'saw', 'cited',
    'citing', 'quoted', 'quoting', 'calculated', 'calculates', 'believes', 'believed', 'thinks',
    'reckons', 'reckoned', 'testified', 'recalled', 'recalls', 'boasted', 'touted', 'touts',
    'conceded', 'responded', 'replied', 'emphasized', 'emphasised', 'highlighted', 'pointed',
    'mentioned', 'indicated', 'indicates', 'suggested', 'suggests', 'guided', 'plans', 'planned',
    'wants', 'aims', 'targets', 'proposed', 'proposes', 'unveiled', 'charged', 'accused',
    'asks', 'asked', 'concluded', 'concludes', 'calculated', 'counted',
  ]),
  fr: new Set([
    'affirmé', 'déclaré', 'dit', 'indiqué', 'annoncé', 'précisé', 'ajouté', 'assuré', 'estimé',
    'rapporté', 'confirmé', 'expliqué', 'souligné', 'avancé', 'signalé', 'communiqué', 'reconnu',
    'affirme', 'déclare', 'indique', 'annonce', 'précise', 'ajoute', 'assure', 'estime', 'rapporte',
    'confirme', 'explique', 'souligne', 'affirment', 'déclarent', 'indiquent', 'annoncent',
    'précisent', 'ajoutent', 'assurent', 'estiment', 'rapportent', 'confirment', 'expliquent',
    'dénombré', 'recensé', 'comptabilisé', 'évalué', 'chiffré',
  ]),
};

/** Verbs that only report when their subject is an agent ("the attack claimed 30 lives" is not). */
export const CLAIM_VERBS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: new Set([
    'claimed', 'claims', 'claim', 'reported', 'reports', 'found', 'finds', 'showed', 'shows',
    'show', 'shown', 'recorded', 'records', 'counted', 'counts', 'tallied', 'put', 'puts',
    'registered', 'listed', 'lists', 'posted', 'logged', 'measured', 'identified', 'reveal',
    'revealed', 'documented', 'valued', 'values',
  ]),
  fr: new Set(['revendiqué', 'revendique', 'revendiquent', 'montre', 'montrent', 'fait']),
};

/** French auxiliaries before a participle cue ("a affirmé", "ont déclaré"). */
export const FRENCH_AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient']);

/** Nouns that can act as a source without a capital letter ("the army said", "a study found"). */
export const AGENT_NOUNS = new Set([
  'army', 'military', 'police', 'government', 'ministry', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'officials', 'group', 'agency', 'authorities', 'authority',
  'source', 'sources', 'witness', 'witnesses', 'resident', 'residents', 'report', 'study',
  'survey', 'data', 'figures', 'statistics', 'company', 'firm', 'organisation', 'organization',
  'hospital', 'doctors', 'doctor', 'medics', 'commission', 'committee', 'council', 'court',
  'prosecutors', 'prosecutor', 'investigators', 'researchers', 'scientists', 'analysts', 'analyst',
  'experts', 'expert', 'observers', 'monitors', 'media', 'newspaper', 'broadcaster', 'statement',
  'militants', 'rebels', 'insurgents', 'jihadists', 'fighters', 'forces', 'troops', 'department',
  'office', 'bureau', 'board', 'bank', 'fund', 'union', 'association', 'federation', 'institute',
  'university', 'charity', 'ngo', 'party', 'campaign', 'administration', 'regulator', 'minister',
  'president', 'governor', 'mayor', 'chief', 'director', 'commander', 'leader', 'head', 'analysis',
  'census', 'poll', 'research', 'estimates', 'tally', 'count', 'review', 'audit', 'paper', 'team',
  'website', 'site', 'post', 'tweet', 'website', 'agency', 'service', 'services', 'economists',
  'economist', 'people', 'person', 'user', 'users', 'partner', 'founder', 'ceo', 'executive',
  'executives', 'manager', 'owner', 'owners', 'workers', 'staff', 'employees', 'lawyer', 'lawyers',
  'armée', 'gouvernement', 'ministère', 'porte-parole', 'groupe', 'autorités', 'sources', 'source',
  'témoins', 'habitants', 'rapport', 'étude', 'responsable', 'responsables', 'police',
  'gendarmerie', 'communiqué', 'bilan', 'ong', 'état-major', 'officiel', 'officiels', 'experts',
]);

/** Heads of unnamed sources: with no proper name next to them the source is vague. */
export const VAGUE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'witness', 'witnesses', 'resident', 'residents',
  'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'media', 'reports',
  'report', 'people', 'diplomat', 'diplomats', 'locals', 'insiders', 'insider', 'person',
  'someone', 'estimate', 'estimates', 'users', 'user', 'posts', 'post', 'rumours', 'rumors',
  'responsable', 'responsables', 'témoins', 'témoin', 'habitants', 'habitant', 'sources',
  'médias', 'experts', 'observateurs', 'officiels', 'man', 'woman', 'patient', 'boy', 'girl',
  'neighbour', 'neighbor', 'friend', 'relative', 'victim', 'survivor', 'homme', 'femme',
]);

/** Pronouns that point back to a source named before. */
export const PRONOUNS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: new Set(['he', 'she', 'they', 'it', 'we', 'i']),
  fr: new Set(['il', 'elle', 'ils', 'elles', 'on', 'nous', 'je']),
};

/** Pronouns for a person, to prefer a person as antecedent. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'il', 'elle', 'je']);

/** Words that mark a name as an organisation rather than a person. */
export const ORGANISATION_WORDS = new Set([
  'group', 'ministry', 'army', 'military', 'government', 'agency', 'police', 'company', 'forces',
  'command', 'council', 'organisation', 'organization', 'department', 'office', 'commission',
  'committee', 'bank', 'institute', 'university', 'foundation', 'federation', 'association',
  'corp', 'inc', 'co', 'ltd', 'report', 'study', 'survey', 'post', 'times', 'news', 'court',
  'union', 'party', 'fund', 'bureau', 'service', 'center', 'centre', 'administration', 'board',
  'armée', 'ministère', 'groupe', 'gouvernement', 'police', 'état-major',
]);

/** Titles and roles that mark a name as a person ("Col.", "spokesperson"). */
export const PERSON_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'col', 'gen', 'lt', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'governor', 'mayor',
  'chief', 'director', 'commander', 'leader', 'ceo', 'founder', 'analyst', 'economist', 'professor',
  'lawyer', 'author', 'secretary', 'chairman', 'chairwoman', 'official', 'general', 'colonel',
  'porte-parole', 'ministre', 'président', 'colonel', 'général', 'm', 'mme',
]);

/** Words that stop a backward or forward noun-phrase scan. */
export const PHRASE_BOUNDARIES = new Set([
  ',', ';', ':', '"', '“', '”', '—', '–', '.', '!', '?', 'that', 'which', 'who', 'whom', 'but',
  'while', 'because', 'after', 'when', 'if', 'although', 'though', 'as', 'than', 'where', 'so',
  'que', 'qui', 'mais', 'quand', 'lorsque', 'dont', 'où', 'car', '«', '»', 'since', 'before',
  'whether', 'how', 'what', 'why', '-', '(', ')', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'there', 'est', 'sont', 'ont',
]);

/** Words after which a cue word is a noun, not a verb ("with plans", "an estimated"). */
export const NOUN_MARKERS = new Set([
  'the', 'a', 'an', 'with', 'of', 'for', 'in', 'on', 'by', 'to', 'from', 'at', 'its', 'their',
  'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'le', 'la', 'les', 'un', 'une',
  'des', 'du', 'de', 'current', 'new', 'first', 'latest', 'its',
]);

/** Day names: "Alden on Tuesday said" — the day is no part of the source. */
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/** Words that may sit between a subject and its verb ("the army also said", "has said"). */
export const VERB_PREFIXES = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'later', 'previously', 'earlier',
  'further', 'separately', 'officially', 'publicly', 'recently', 'then', 'again', 'would', 'will',
  'did', 'does', 'do', 'had', 'once', 'reportedly', 'first', 'initially', 'now', 'still', 'last',
  'yesterday', 'today', 'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aussi', 'déjà',
  'encore', 'notamment', 'pourtant', 'not', "n't", 'could', 'can', 'may', 'might', 'should',
  'already', 'repeatedly', 'just', 'originally',
]);

/** Leading words dropped from a source ("However, the army" → "army"). */
export const SOURCE_LEAD_WORDS = new Set([
  'the', 'a', 'an', 'however', 'and', 'but', 'meanwhile', 'le', 'la', 'les', 'l', 'un', 'une',
  'des', 'also', 'moreover', 'separately', 'in', 'on', 'then', 'yet', 'still', 'so', 'et',
  'cependant', 'toutefois', 'pourtant', 'or',
]);
