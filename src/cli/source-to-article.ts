// Turns a Source into the core's ArticleInput: HTML through the extraction the background runs
// too (src/extract/page-extraction.ts: linkedom + Readability; linkedom is ~5x faster than jsdom
// with the same Readability output on the corpus, see docs/PERFORMANCE.md), plain text as one
// paragraph per non-empty line.
import type { ArticleInput } from '../core/report';
import { PageBoundError } from '../extract/page-bounds';
import { extractPage } from '../extract/page-extraction';
import { InputError } from './input-error';
import type { Source } from './read-source';
/** A first line this short and without final punctuation reads as a headline. */
const MAX_HEADLINE_WORDS = 20;
const SENTENCE_END = /[.!?…:;"”’)]$/;

function textArticle(text: string): ArticleInput {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const first = lines[0] ?? '';
  const looksLikeHeadline =
    first.split(' ').length <= MAX_HEADLINE_WORDS && !SENTENCE_END.test(first) && lines.length > 1;
  // A headline-like first line becomes the title (so a later echo of it counts as a headline
  // repeat); every other line is a paragraph, so nothing the user gave is dropped.
  return {
    title: looksLikeHeadline ? first : null,
    byline: null,
    siteName: null,
    lang: null,
    paragraphs: looksLikeHeadline ? lines.slice(1) : lines,
  };
}

function htmlArticle(source: Source): ArticleInput {
  let extracted;
  try {
    extracted = extractPage(source.text);
  } catch (err) {
    if (err instanceof PageBoundError) throw new InputError(`${source.name}: ${err.message}`);
    throw err;
  }
  const input = extracted?.article;
  if (!input) {
    throw new InputError(`no article found in ${source.name} (is it an article page?)`);
  }
  if (!input.siteName && source.url) input.siteName = new URL(source.url).hostname;
  return input;
}

export function sourceToArticle(source: Source): ArticleInput {
  const article = source.kind === 'html' ? htmlArticle(source) : textArticle(source.text);
  if (article.paragraphs.length === 0) throw new InputError(`no text found in ${source.name}`);
  return article;
}
