// analyze(): runs every analysis over one article and assembles the Report.
// Each analysis lives in its own folder with the same shape (index.ts with a header comment, its
// tests in tests/unit/<name>/, one of which runs it on the sample article), and is registered
// here; tests/unit/conventions.test.ts checks that.
import type { ArticleInput, Report, ReportParagraph } from './report';
import { articleRepeats, type RepeatMark } from './repeats';
import { findFigures } from './figures';
import { markParties } from './figures/party';
import { findConflicts } from './figures/conflicts';
import { findGroups } from './groups';
import { isSignOff } from './sign-off';
import type { NameTagger } from './groups/tagger';

/** The analyses in `src/core/`, by folder name, in the order they run. */
export const ANALYSES = ['repeats', 'figures', 'groups'] as const;

/**
 * Models an analysis may use. The background and the CLI load them (src/background/models.ts,
 * src/cli/models.ts): the core never fetches or reads a file.
 */
export interface AnalysisModels {
  nameTagger?: NameTagger;
}

/**
 * `repeats`: the article's repeats when they were found already, where the page was read (the
 * background finds them with the extraction, the content script adds those of later text), so
 * the report says what the page hides; found here otherwise (the CLI).
 */
export function analyze(
  input: ArticleInput,
  models: AnalysisModels = {},
  repeats: readonly RepeatMark[] = articleRepeats(input),
): Report {
  const markByIndex = new Map(repeats.map((m) => [m.index, m]));
  const paragraphs: ReportParagraph[] = input.paragraphs.map((text, index) => {
    const mark = markByIndex.get(index);
    return mark
      ? { index, text, duplicateOf: mark.duplicateOf, repeat: mark.repeat }
      : { index, text, duplicateOf: null };
  });
  // Repeated paragraphs are hidden in the page, so their figures and mentions are not counted
  // twice; a promo sign-off ("visit BBC Africa") names no group and states no figure.
  const skip = new Set(markByIndex.keys());
  input.paragraphs.forEach((text, i) => {
    if (isSignOff(text)) skip.add(i);
  });
  const figures = findFigures(input.paragraphs, { lang: input.lang, skip });
  const entities = findGroups(input.paragraphs, {
    lang: input.lang,
    skip,
    ...(models.nameTagger ? { tagger: models.nameTagger } : {}),
  });
  markParties(figures, entities);
  const conflicts = findConflicts(figures, input.lang);
  return {
    article: {
      title: input.title,
      byline: input.byline,
      siteName: input.siteName,
      lang: input.lang,
    },
    paragraphs,
    figures,
    conflicts,
    entities,
  };
}
