// Named entities from Re-DocRED (Tan et al. 2022; tonytan48/Re-DocRED, MIT), the revised DocRED
// (Yao et al. 2019): introductions of English Wikipedia articles (CC BY-SA), every mention of a
// named entity typed PER, ORG, LOC, MISC, TIME or NUM. TIME and NUM are not names here. DocRED
// follows its own conventions where CoNLL's differ, so they are mapped: a leading "the" is left
// out ("the United States"), and a one-word nationality or religion ("American", "German",
// "Catholic", "Jewish"), typed LOC or ORG in DocRED, is MISC as in CoNLL.

import { COUNTRIES } from '../../src/core/groups/countries';
import type { Document } from './corpora';

interface Mention {
  type: string;
  sent_id: number;
  pos: [number, number];
}

interface DocredDocument {
  title: string;
  sents: string[][];
  vertexSet: Mention[][];
}

const TYPES: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms));
const RELIGIONS = new Set(
  'Christian Christians Christianity Catholic Catholics Catholicism Protestant Protestants Jewish Jew Jews Judaism Muslim Muslims Islam Islamic Buddhist Buddhists Buddhism Hindu Hindus Hinduism Sikh Sikhs Orthodox Anglican Lutheran Methodist Baptist Evangelical Roman'.split(
    ' ',
  ),
);
/** A nationality or people as a word: listed, or shaped like one ("Bavarian", "Lebanese"). */
const ADJECTIVE = /^[A-Z][a-z]+(?:ian|ean|ese|ish)$/;

function isNationalityOrReligion(words: readonly string[]): boolean {
  if (words.every((w) => RELIGIONS.has(w))) return true;
  if (words.length !== 1) return false;
  const w = words[0] ?? '';
  return DEMONYMS.has(w) || ADJECTIVE.test(w);
}

function labelSentence(words: readonly string[], mentions: readonly Mention[]): string[] {
  const labels = words.map(() => 'O');
  // Longest first, so that a name nested in another ("Paris" in "University of Paris") is not split.
  const sorted = [...mentions].sort((a, b) => b.pos[1] - b.pos[0] - (a.pos[1] - a.pos[0]));
  for (const m of sorted) {
    let type = TYPES[m.type];
    if (type === undefined) continue;
    const end = m.pos[1];
    let first = m.pos[0];
    while (first < end && /^the$/i.test(words[first] ?? '')) first++;
    if (first >= end || end > words.length) continue;
    if (labels.slice(first, end).some((l) => l !== 'O')) continue;
    if (type !== 'PER' && isNationalityOrReligion(words.slice(first, end))) type = 'MISC';
    for (let k = first; k < end; k++) labels[k] = `${k === first ? 'B' : 'I'}-${type}`;
  }
  return labels;
}

/** One file of Re-DocRED (a JSON array of documents). */
export function readDocred(corpus: string, text: string): Document[] {
  const docs = JSON.parse(text) as DocredDocument[];
  return docs.map((d) => {
    const bySentence = d.sents.map((): Mention[] => []);
    for (const entity of d.vertexSet) for (const m of entity) bySentence[m.sent_id]?.push(m);
    return {
      corpus,
      sentences: d.sents.map((words, i) => ({
        words,
        labels: labelSentence(words, bySentence[i] ?? []),
      })),
    };
  });
}
