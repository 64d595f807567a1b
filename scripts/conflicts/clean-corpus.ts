// Lists the conflicts the analysis reports on the clean corpus pages, for a judge who has not seen
// the code (issue 21): every zyte page's hand-made article body (in the page's language, as the
// CLI reads it), and every readability page through the CLI's own extraction. Writes JSON and
// prints the count. With --near FILE it also lists the pairs of one key whose values disagree but
// that the rules set apart, with the rule that did (to judge what the rules miss).
//
//   TRAIN_ENTRY=scripts/conflicts/clean-corpus.ts npx vite build --config vite.train.config.ts \
//     --logLevel warn && node dist/train/clean-corpus.js --out FILE [--near FILE]

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/core/analyze';
import { readsLanguage } from '../../src/core/figures/conflicts';
import { intervalsMeet } from '../../src/core/figures/conflicts/interval';
import { walkPairs } from '../../src/core/figures/conflicts/pairs';
import { whyApart } from '../../src/core/figures/conflicts/same-thing';
import type { ArticleInput, Report } from '../../src/core/report';
import { sourceToArticle } from '../../src/cli/source-to-article';
import { CORPUS_DIR, readCorpusManifest, type CorpusEntry } from '../../tests/fixtures/shared-data';
import { paragraphsOf } from '../../tests/fixtures/figures-devset/score';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/work/data/conflicts-judging/clean-corpus.json' },
    near: { type: 'string' },
  },
});

function extracted(entry: CorpusEntry): ArticleInput | null {
  const text = readFileSync(`${CORPUS_DIR}${entry.file}`, 'utf8');
  try {
    return sourceToArticle({ name: entry.file, kind: 'html', text, url: entry.url });
  } catch {
    return null;
  }
}

/** One figure of a pair: where it is, what it says, who says so. */
function side(report: Report, index: number): Record<string, unknown> {
  const f = report.figures[index];
  return {
    paragraph: f?.paragraph,
    text: f?.text,
    sentence: f?.sentence,
    source: f?.attributed === true ? (f.source ?? '(unnamed)') : null,
  };
}

const listed: Record<string, unknown>[] = [];
const near: Record<string, unknown>[] = [];
let articles = 0;
let figures = 0;
for (const entry of readCorpusManifest()) {
  const page = extracted(entry);
  const input: ArticleInput | null = entry.articleBody
    ? {
        title: entry.title ?? null,
        byline: null,
        siteName: entry.site,
        lang: page?.lang ?? entry.lang ?? null,
        paragraphs: paragraphsOf(entry.articleBody),
      }
    : page;
  if (input === null) continue;
  articles += 1;
  const report = analyze(input);
  figures += report.figures.length;
  const text = entry.articleBody ? 'hand-made articleBody' : 'CLI extraction';
  for (const c of report.conflicts) {
    listed.push({
      article: entry.id,
      text,
      lang: input.lang,
      kind: c.kind,
      counted: c.counted,
      first: side(report, c.figures[0]),
      second: side(report, c.figures[1]),
    });
  }
  if (values.near === undefined || !readsLanguage(input.lang)) continue;
  walkPairs(report.figures, 'en', (a, b) => {
    const apart = whyApart(a, b);
    if (apart !== null && apart !== 'both description' && !intervalsMeet(a.interval, b.interval))
      near.push({
        article: entry.id,
        setApartBy: apart,
        first: side(report, a.reading.index),
        second: side(report, b.reading.index),
      });
    return false;
  });
}
const out = values.out ?? '';
writeFileSync(out, JSON.stringify({ articles, figures, conflicts: listed }, null, 2) + '\n');
console.log(`${articles} articles, ${figures} figures, ${listed.length} conflicts → ${out}`);
if (values.near !== undefined) {
  writeFileSync(values.near, JSON.stringify({ pairs: near }, null, 2) + '\n');
  console.log(`${near.length} pairs set apart → ${values.near}`);
}
