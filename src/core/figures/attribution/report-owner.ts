// A report named as a source stands for whoever wrote it: "the ministry's figures" → "the
// ministry", "a report by Amnesty International" → "Amnesty International"; "a UN report" stays.

const POSSESSIVE_REPORT =
  /^(.+?)['’]s?\s+(?:own\s+)?(?:figures|data|report|study|survey|statistics|analysis|estimates?|tally|count|numbers|research|census|poll)$/u;
const REPORT_BY =
  /^(?:[\p{L}\p{N}-]+\s+){0,3}(?:figures|data|report|study|survey|statistics|analysis|estimates?|tally|count|numbers|research|census|poll)\s+(?:(?:released|published|compiled|collected|provided|issued|gathered)\s+)?(?:by|from|of)\s+(.+)$/u;

/** Longest source text read, in characters; longer phrases are left as written. */
const MAX_SOURCE_CHARS = 200;

export function reportOwner(source: string): string {
  if (source.length > MAX_SOURCE_CHARS) return source;
  const owner = POSSESSIVE_REPORT.exec(source)?.[1] ?? REPORT_BY.exec(source)?.[1];
  return owner ?? source;
}
