// Named entities from GUM (Zeldes 2017; amir-zeldes/gum, annotations CC BY 4.0), read from its
// dependency files (dep/*.conllu). GUM annotates every mention ("new homes", "the agency"), typed
// and, for named ones, linked to Wikipedia; a CoNLL-style tagger needs names only. A mention counts
// as a name when it is linked or its words are proper nouns; the name is its run of proper nouns
// (without "the" or a title before it), typed organization → ORG, person → PER, place → LOC, any
// other linked or proper-noun mention → MISC. Nested mentions are labelled innermost first.

import type { Document, Sentence } from './corpora';

interface Mention {
  id: string;
  type: string;
  linked: boolean;
  first: number;
  last: number;
}

interface Row {
  form: string;
  upos: string;
}

const TYPES: Record<string, string> = { organization: 'ORG', person: 'PER', place: 'LOC' };
/** Titles written in capitals before a name, which CoNLL-style labels leave out. */
const TITLES = new Set(
  'mr mrs ms dr president administrator secretary senator governor minister prime chairman chief director general king queen prince princess pope saint st judge justice professor prof sir lord lady captain'.split(
    ' ',
  ),
);

/** Opens and closes of one token's Entity value: "(1-organization-…-NASA)", "3)2)". */
function parseEntity(value: string): {
  opens: { id: string; spec: string; closed: boolean }[];
  closes: string[];
} {
  const opens: { id: string; spec: string; closed: boolean }[] = [];
  const closes: string[] = [];
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const spec = value.slice(i + 1, j);
      const closed = value[j] === ')';
      opens.push({ id: spec.split('-')[0] ?? '', spec, closed });
      i = closed ? j + 1 : j;
    } else {
      let j = i;
      while (j < value.length && /\d/.test(value[j] ?? '')) j++;
      if (j > i && value[j] === ')') closes.push(value.slice(i, j));
      i = j > i ? j + 1 : i + 1;
    }
  }
  return { opens, closes };
}

function labelSentence(rows: readonly Row[], mentions: Mention[]): string[] {
  const labels = rows.map(() => 'O');
  const taken = rows.map(() => false);
  mentions.sort((a, b) => a.last - a.first - (b.last - b.first));
  for (const m of mentions) {
    const propn = (k: number): boolean => rows[k]?.upos === 'PROPN';
    let last = m.last;
    while (last >= m.first && !propn(last)) last--;
    if (last < m.first || taken[last]) continue;
    const allProper = rows
      .slice(m.first, m.last + 1)
      .every((r) => r.upos !== 'NOUN' && r.upos !== 'PRON');
    if (!m.linked && !allProper) continue;
    let first = last;
    while (
      first - 1 >= m.first &&
      !taken[first - 1] &&
      (propn(first - 1) ||
        (['ADP', 'CCONJ', 'DET'].includes(rows[first - 1]?.upos ?? '') &&
          first - 2 >= m.first &&
          propn(first - 2) &&
          (rows[first - 1]?.form ?? '').toLowerCase() !== 'the'))
    ) {
      first--;
    }
    // Only a whole run of proper nouns is a name: "Party" inside "Pirate Party" is not.
    if (propn(first - 1) || propn(last + 1)) continue;
    while (first < last && TITLES.has((rows[first]?.form ?? '').toLowerCase().replace('.', '')))
      first++;
    const type = TYPES[m.type] ?? 'MISC';
    for (let k = first; k <= last; k++) {
      if (taken[k]) continue;
      labels[k] = `${k === first ? 'B' : 'I'}-${type}`;
      taken[k] = true;
    }
  }
  return labels;
}

export function readGum(corpus: string, text: string): Document[] {
  const doc: Document = { corpus, sentences: [] };
  let rows: Row[] = [];
  let mentions: Mention[] = [];
  const open = new Map<string, Mention[]>();
  const end = (): void => {
    if (rows.length > 0) {
      const sentence: Sentence = {
        words: rows.map((r) => r.form),
        labels: labelSentence(rows, mentions),
      };
      doc.sentences.push(sentence);
    }
    rows = [];
    mentions = [];
    open.clear();
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      end();
      continue;
    }
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) continue;
    const index = rows.length;
    rows.push({ form: cols[1] ?? '', upos: cols[3] ?? '' });
    const misc = cols[9] ?? '';
    const entity = misc.split('|').find((f) => f.startsWith('Entity='));
    if (!entity) continue;
    const { opens, closes } = parseEntity(entity.slice('Entity='.length));
    for (const o of opens) {
      const fields = o.spec.split('-');
      const identity = fields.slice(7).join('-');
      const m: Mention = {
        id: o.id,
        type: fields[1] ?? '',
        linked: identity !== '',
        first: index,
        last: index,
      };
      if (o.closed) mentions.push(m);
      else open.set(o.id, [...(open.get(o.id) ?? []), m]);
    }
    for (const id of closes) {
      const stack = open.get(id);
      const m = stack?.pop();
      if (m) {
        m.last = index;
        mentions.push(m);
      }
    }
  }
  end();
  return doc.sentences.length > 0 ? [doc] : [];
}
