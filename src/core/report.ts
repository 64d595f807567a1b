// The Report: the one shape the CLI prints (as JSON) and the popup renders.
// Keys follow ../shared/report-contract.md; extra keys are allowed by that contract.

/** What the core needs to know about an article. Built by the content script or the CLI. */
export interface ArticleInput {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** Body paragraphs (and subheads, list items) in reading order. */
  paragraphs: string[];
  /**
   * The titles the page states in its head (<title> with and without its site's name,
   * og:title, twitter:title), for finding the headline printed again in the body. Only pages
   * have them.
   */
  titles?: string[];
  /** The headline the page prints as a heading (its <h1>; page-titles.ts says which), if any. */
  headlines?: string[];
  /** The indexes of the paragraphs that are headings (h1-h6) in the page. */
  headings?: number[];
}

export type RepeatKind = 'exact' | 'contained' | 'edited' | 'headline';

/** One changed stretch of words between a near-repeat and its first copy. */
export interface RepeatChange {
  /** The words in the first copy ("" when the later copy adds words). */
  from: string;
  /** The words in the later copy ("" when the later copy drops words). */
  to: string;
}

export interface RepeatInfo {
  kind: RepeatKind;
  changes: RepeatChange[];
}

export interface ReportParagraph {
  index: number;
  text: string;
  /** Index of the earlier copy this paragraph repeats, or null. */
  duplicateOf: number | null;
  /** Present only on repeats (hidden in the page). */
  repeat?: RepeatInfo;
}

export interface ReportFigure {
  /** Index of the paragraph the figure is in. */
  paragraph: number;
  sentence: string;
  /** The figure as written, qualifier included ("over 80 militants"). */
  text: string;
  value: number | null;
  attributed: boolean;
  source: string | null;
  cue: string | null;
  /** True for "officials said"-style sources. */
  vague?: boolean;
  /** What is counted ("soldiers"), when the text says. */
  counted?: string | null;
  /** Character offsets of `text` inside `sentence` (for highlighting). */
  start?: number;
  end?: number;
  /**
   * Whether a careful reader would ask who says so: false for matters of record and plain
   * description (index levels, statutory penalties, schedules, scores, specifications…). Only
   * `needsSource && !attributed` is flagged as "no source given".
   */
  needsSource?: boolean;
  /**
   * Why no source is needed, when none is: 'market' (index levels, share prices), 'penalty' (a
   * statute's maximum, a sentence, counts of a charge), 'time' (a length of time, a deadline),
   * 'sport' (a result or a statistic of a game played), 'specification' (a product's specs and
   * list price), 'description' (a small exact count of things, a count of listed things, "the
   * two", a score on a scale, a conversion in brackets).
   */
  record?: string;
  /** The source is itself a side in the events it reports (an armed group, a military, a company about itself…). */
  party?: boolean;
}

export interface ReportEntity {
  name: string;
  aliases: string[];
  kind: string;
  mentions: number;
  summary: string | null;
  url: string | null;
  /** Stable knowledge-base id (a Wikidata QID where known). */
  id?: string | null;
  /** Affiliated entities, by knowledge-base id and name. */
  affiliations?: { id: string; name: string; relation?: string }[];
  /** ISO date (YYYY-MM-DD) the knowledge base's facts on this group were checked. */
  asOf?: string;
  /** The references they were checked against (one to three). */
  sources?: { url: string; title: string; date?: string }[];
  /** Paragraph indexes where the entity is mentioned. */
  paragraphs?: number[];
  /** What the article itself says the group is ("a geopolitical intelligence firm"), or null. */
  inArticle?: string | null;
}

/**
 * Why two figures of one article that count the same thing disagree: both are attributed, to
 * different sources; the later one says the count changed ("rose to", "now"); or the article
 * does not say.
 */
export type ConflictKind = 'different sources' | 'updated' | 'unexplained';

/** Two figures of the article that count the same thing and cannot both be right. */
export interface ReportConflict {
  /** Indexes into `figures`, the earlier first. */
  figures: [number, number];
  /** What both count ("soldiers killed", "budget"). */
  counted: string;
  kind: ConflictKind;
}

export interface Report {
  article: {
    title: string | null;
    byline: string | null;
    siteName: string | null;
    lang: string | null;
  };
  paragraphs: ReportParagraph[];
  figures: ReportFigure[];
  /** Figures of the article that count the same thing and disagree (src/core/figures/conflicts/). */
  conflicts: ReportConflict[];
  entities: ReportEntity[];
}

/**
 * "No source given": the figure needs a source and the article names none. The one rule the
 * popup, the in-page underline, the badge and the CLI flag by (a report without `needsSource`,
 * from an older version, counts every unattributed figure).
 */
export function isUnsourced(figure: ReportFigure): boolean {
  return !figure.attributed && figure.needsSource !== false;
}

/**
 * The groups in the order a reader meets them in the popup and the CLI: the most named first (the
 * article's main actors before a name in its byline), reading order on a tie.
 */
export function groupsByMentions(entities: readonly ReportEntity[]): ReportEntity[] {
  return entities
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.mentions - a.e.mentions || a.i - b.i)
    .map((x) => x.e);
}

/** How many of the report's figures are flagged "no source given". */
export function unsourcedFigures(report: Report): number {
  return report.figures.filter(isUnsourced).length;
}
