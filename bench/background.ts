// The background's worst case (issue 23): the slowest page shapes it still reads within its
// bounds (src/extract/page-bounds.ts, MAX_PAGE_HTML_CHARS, MAX_ARTICLE_CHARS), timed as the
// background runs them (linkedom + Readability + the repeats; the analysis with the name tagger),
// and how fast it refuses the shapes past them. Node, one run each: each takes seconds.
import { readFileSync } from 'node:fs';
import { extractPageHtml } from '../src/background/extract-page';
import { analyze } from '../src/core/analyze';
import { createNameTagger, decodeWeights, type WeightsFile } from '../src/core/groups/tagger';
import { findRepeats } from '../src/core/repeats';
import { MAX_READABILITY_ELEMENTS } from '../src/extract/large-page';
import { MAX_PARSE_TAGS, MAX_READABILITY_DEPTH } from '../src/extract/page-bounds';
import { MAX_ARTICLE_CHARS, MAX_PAGE_HTML_CHARS } from '../src/shared/messages';

export interface BackgroundRow {
  shape: string;
  chars: number;
  ms: number;
  /** 'read', 'refused: <why>', or 'no article'. */
  outcome: string;
}

const SENTENCE =
  'The army said on Tuesday that thirty soldiers had been killed in the attack on the base near the border, and that reinforcements had been sent. ';
const page = (body: string): string =>
  `<html><head><title>Attack on army posts</title></head><body>${body}</body></html>`;
/** As deep as the bound allows, with room for html, body and the paragraph. */
const LEVELS = MAX_READABILITY_DEPTH - 4;

function time(shape: string, input: string, fn: () => unknown): BackgroundRow {
  const t0 = performance.now();
  let outcome = 'read';
  try {
    if (fn() === null) outcome = 'no article';
  } catch (err) {
    outcome = `refused: ${err instanceof Error ? err.message : String(err)}`;
  }
  return { shape, chars: input.length, ms: performance.now() - t0, outcome };
}

function extraction(shape: string, html: string): BackgroundRow {
  return time(shape, html, () => extractPageHtml(html));
}

/** Distinct paragraphs of `SENTENCE` up to `chars` characters in all. */
function articleText(chars: number): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total + 400 < chars; i++) {
    const p = `${i}: ${SENTENCE}${SENTENCE.slice(0, 100 + (i % 50))}`;
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs;
}

export function runBackgroundBench(): BackgroundRow[] {
  const rows: BackgroundRow[] = [];
  const perLevel = Math.floor((MAX_PAGE_HTML_CHARS - 200) / LEVELS / SENTENCE.length) - 1;
  rows.push(
    extraction(
      `a paragraph at each of ${LEVELS} levels`,
      page(
        `${`<div><p>${SENTENCE.repeat(perLevel)}</p>`.repeat(LEVELS)}${'</div>'.repeat(LEVELS)}`,
      ),
    ),
  );
  const short = `<p>${SENTENCE}</p>`;
  const perLevelShort = Math.min(
    Math.floor((MAX_PAGE_HTML_CHARS - 200) / LEVELS / short.length) - 1,
    Math.floor((MAX_READABILITY_ELEMENTS - 2 * LEVELS) / LEVELS),
  );
  rows.push(
    extraction(
      `${(perLevelShort * LEVELS).toLocaleString('en')} short paragraphs over ${LEVELS} levels`,
      page(`${`<div>${short.repeat(perLevelShort)}`.repeat(LEVELS)}${'</div>'.repeat(LEVELS)}`),
    ),
  );
  const flat = Math.min(
    Math.floor((MAX_PAGE_HTML_CHARS - 200) / short.length),
    MAX_READABILITY_ELEMENTS - 10,
  );
  rows.push(
    extraction(
      `${flat.toLocaleString('en')} paragraphs in one <article>`,
      page(`<article>${short.repeat(flat)}</article>`),
    ),
  );
  rows.push(
    extraction(
      '29,000 nested <div>s (past the depth bound)',
      page(`${'<div>'.repeat(29_000)}<p>${SENTENCE}</p>${'</div>'.repeat(29_000)}`),
    ),
  );
  rows.push(
    extraction(
      `${(MAX_PARSE_TAGS + 1).toLocaleString('en')} unclosed tags (past the tag bound)`,
      page('<b>'.repeat(MAX_PARSE_TAGS + 1)),
    ),
  );
  const paragraphs = articleText(MAX_ARTICLE_CHARS);
  const text = paragraphs.join('');
  rows.push(
    time(`repeats over ${(text.length / 1e6).toFixed(1)} M characters`, text, () =>
      findRepeats(paragraphs, null),
    ),
  );
  const weights = JSON.parse(
    readFileSync(new URL('../src/core/groups/tagger/tagger-weights.json', import.meta.url), 'utf8'),
  ) as WeightsFile;
  const models = { nameTagger: createNameTagger(decodeWeights(weights)) };
  rows.push(
    time(`analysis of ${(text.length / 1e6).toFixed(1)} M characters`, text, () =>
      analyze({ title: null, byline: null, siteName: null, lang: 'en', paragraphs }, models),
    ),
  );
  return rows;
}
