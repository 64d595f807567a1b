// Types of review-sheets.mjs, for the unit test that imports it.
export interface SheetClaim {
  n: number;
  about: 'summary' | 'kind' | 'country' | 'aliases' | 'relation';
  text: string;
  relation?: string;
  target?: string;
  verdict: 'ok' | 'corrected' | 'removed' | null;
  correction: unknown;
  source: number | null;
  note: string;
}
export interface SheetSource {
  url: string;
  title: string;
  date?: string;
}
export interface SheetEntry {
  id: string;
  file: string;
  name: string;
  wikipedia: string;
  lastChecked: string | null;
  summary: string;
  claims: SheetClaim[];
  review: {
    verdict: 'keep' | 'change' | 'drop' | null;
    summary: string | null;
    newClaims: { text: string; source: number }[];
    newRelations: { id: string; relation: string; source: number }[];
    asOf: string | null;
    sources: SheetSource[];
    reviewer: string;
    notes: string;
  };
}
export interface RawEntry {
  id: string;
  name: string;
  kind: string;
  summary: string;
  country: string | null;
  aliases: string[];
  affiliations: { id: string; relation: string }[];
  wikipedia: string;
  asOf?: string;
  sources?: SheetSource[];
  [key: string]: unknown;
}
export const VERDICTS: readonly string[];
export const CLAIM_VERDICTS: readonly string[];
export const MAX_SOURCES: number;
export function splitClaims(summary: string): string[];
export function sheetEntry(entry: RawEntry, file: string, names: Map<string, string>): SheetEntry;
export function reviewProblems(item: SheetEntry): string[];
export function claimsChanged(item: SheetEntry): number;
export function applyReview(
  files: Record<string, RawEntry[]>,
  awaiting: Set<string>,
  item: SheetEntry,
): { status: 'applied' | 'dropped' | 'already applied' | 'refused'; reason?: string };
