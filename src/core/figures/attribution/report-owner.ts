// A report named as a source stands for whoever wrote it: "the ministry's figures" → "the
// ministry", "a report by Amnesty International" → "Amnesty International", "the office release" →
// "office" (resolved to the office named before); "a UN report" stays.

const POSSESSIVE_REPORT =
  /^(.+?)['’]s?\s+(?:own\s+)?(?:figures|data|report|study|survey|statistics|analysis|estimates?|tally|count|numbers|research|census|poll|release|statement|filing)$/u;
const REPORT_BY =
  /^(?:[\p{L}\p{N}-]+\s+){0,3}(?:figures|data|report|study|survey|statistics|analysis|estimates?|tally|count|numbers|research|census|poll)\s+(?:(?:released|published|compiled|collected|provided|issued|gathered)\s+)?(?:by|from|of)\s+(.+)$/u;

/** "the office release", "the company statement": a document named by its author's noun. */
const AUTHOR_DOCUMENT =
  /^(?:the\s+|its\s+|their\s+)?([\p{Ll}-]+)\s+(?:press\s+)?(?:release|statement|filing|complaint)$/u;

/** Longest source text read, in characters; longer phrases are left as written. */
const MAX_SOURCE_CHARS = 200;

export function reportOwner(source: string): string {
  if (source.length > MAX_SOURCE_CHARS) return source;
  const owner =
    POSSESSIVE_REPORT.exec(source)?.[1] ??
    REPORT_BY.exec(source)?.[1] ??
    AUTHOR_DOCUMENT.exec(source)?.[1];
  return owner ?? source;
}
