// An article cut to some of its paragraphs (those the content script found in the live page),
// what it knows of each paragraph renumbered with them, so the analysis and the repeat detector
// see the paragraphs the page shows and nothing else.
import type { ArticleInput } from './report';

/** `article` with the paragraphs at `keep` (indexes into it, in order). */
export function keepParagraphs(article: ArticleInput, keep: readonly number[]): ArticleInput {
  const at = new Map(keep.map((source, i) => [source, i]));
  const cut: ArticleInput = {
    ...article,
    paragraphs: keep.map((i) => article.paragraphs[i] as string),
  };
  if (article.headings) {
    cut.headings = article.headings.flatMap((i) => {
      const kept = at.get(i);
      return kept === undefined ? [] : [kept];
    });
  }
  return cut;
}
