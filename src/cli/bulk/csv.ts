// --csv FILE: a header, then one row per page in input order (RFC 4180 quoting: text quoted,
// quotes doubled; rows end in \n, which every CSV reader takes). Text from the page
// (title, site, an error quoting a server) is made one line without control characters, so a row
// is one line for line tools; a field that a spreadsheet would run as a formula (= + - @ first) is
// prefixed with ' (OWASP's advice on CSV injection: a page's title is anyone's to write).
import { terminalLine } from '../terminal-text';
import type { PageFacts } from './page-facts';

export const CSV_COLUMNS = [
  'source',
  'title',
  'site',
  'paragraphs',
  'hidden_repeats',
  'figures',
  'figures_needing_source_without_one',
  'groups',
  'groups_with_background',
  'error',
] as const;

const FORMULA_START = /^[=+\-@]/;

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = terminalLine(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const row = (fields: (string | number | null)[]): string => fields.map(field).join(',') + '\n';

export const csvHeader = (): string => row([...CSV_COLUMNS]);

export function csvRow(source: string, outcome: { facts: PageFacts } | { error: string }): string {
  if ('error' in outcome)
    return row([source, null, null, null, null, null, null, null, null, outcome.error]);
  const f = outcome.facts;
  return row([
    source,
    f.title,
    f.site,
    f.paragraphs,
    f.repeats,
    f.figures,
    f.unsourced,
    f.groups,
    f.groupsWithBackground,
    null,
  ]);
}
