// Review sheets for the knowledge base (docs/KNOWLEDGE-BASE.md, "Review sheets"): what a sheet holds
// for one entry (its claims, one per sentence of the summary plus its kind, country, aliases and each
// relation), the checks a completed review must pass, and how it is applied to the JSON. Pure
// functions over parsed data; write-sheets.mjs and apply-sheets.mjs do the file work.

export const VERDICTS = ['keep', 'change', 'drop'];
export const CLAIM_VERDICTS = ['ok', 'corrected', 'removed'];
/** A sheet lists at most this many references per entry, as the knowledge base allows. */
export const MAX_SOURCES = 3;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEB_URL = /^https?:\/\/\S+$/;
/** Words after which a full stop does not end a sentence ("Gen. Tiani", "U.S. forces"). */
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Gen|Col|Lt|Maj|Capt|Sgt|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|approx))\.$/;

/** The summary cut into claims: its sentences, and the parts of a sentence joined by ";". */
export function splitClaims(summary) {
  const claims = [];
  let current = '';
  for (const piece of summary.split(/(?<=[.;!?])\s+/)) {
    current = current ? `${current} ${piece}` : piece;
    if (/;$/.test(current) || (/[.!?]$/.test(current) && !ABBREVIATION.test(current))) {
      claims.push(current.replace(/;$/, '').trim());
      current = '';
    }
  }
  if (current.trim()) claims.push(current.trim());
  return claims;
}

/** The sheet's record for one entry, with every claim open for a verdict. */
export function sheetEntry(entry, file, names) {
  const claims = [
    ...splitClaims(entry.summary).map((text) => ({ about: 'summary', text })),
    { about: 'kind', text: entry.kind },
    { about: 'country', text: entry.country ?? 'none' },
    { about: 'aliases', text: (entry.aliases ?? []).join(' | ') },
    ...(entry.affiliations ?? []).map((a) => ({
      about: 'relation',
      text: `${entry.name} ${a.relation} ${names.get(a.id) ?? a.id}`,
      relation: a.relation,
      target: a.id,
    })),
  ].map((claim, i) => ({
    n: i + 1,
    ...claim,
    verdict: null,
    correction: null,
    source: null,
    note: '',
  }));
  return {
    id: entry.id,
    file,
    name: entry.name,
    wikipedia: entry.wikipedia,
    lastChecked: entry.asOf ?? null,
    summary: entry.summary,
    claims,
    review: {
      verdict: null,
      summary: null,
      newClaims: [],
      newRelations: [],
      asOf: null,
      sources: [],
      reviewer: '',
      notes: '',
    },
  };
}

/** What is wrong with a completed review (empty when it can be applied). */
export function reviewProblems(item) {
  const { review, claims } = item;
  const problems = [];
  if (!VERDICTS.includes(review.verdict)) return [`verdict must be one of ${VERDICTS.join(', ')}`];
  if (!ISO_DATE.test(review.asOf ?? '')) problems.push('asOf must be a date, YYYY-MM-DD');
  if (review.verdict === 'drop') {
    if (!review.notes?.trim()) problems.push('a dropped entry needs notes saying why');
    return problems;
  }
  const sources = review.sources ?? [];
  if (sources.length < 1 || sources.length > MAX_SOURCES)
    problems.push(`give one to ${MAX_SOURCES} sources`);
  sources.forEach((s, i) => {
    if (!WEB_URL.test(s?.url ?? '')) problems.push(`source ${i + 1}: url`);
    if (!s?.title?.trim()) problems.push(`source ${i + 1}: title`);
    if (s?.date !== undefined && !ISO_DATE.test(s.date)) problems.push(`source ${i + 1}: date`);
  });
  const backed = (source) => Number.isInteger(source) && source >= 1 && source <= sources.length;
  for (const claim of claims) {
    if (!CLAIM_VERDICTS.includes(claim.verdict)) {
      problems.push(`claim ${claim.n}: verdict must be one of ${CLAIM_VERDICTS.join(', ')}`);
    } else if (claim.verdict !== 'removed' && !backed(claim.source)) {
      problems.push(`claim ${claim.n}: source must be the number of one of the sources`);
    } else if (claim.verdict === 'removed' && !claim.note?.trim()) {
      problems.push(`claim ${claim.n}: say in the note why it is removed`);
    }
    if (claim.verdict === 'corrected' && claim.about !== 'summary' && claim.correction === null) {
      problems.push(`claim ${claim.n}: a corrected ${claim.about} needs its correction`);
    }
    if (
      claim.verdict === 'corrected' &&
      claim.about === 'aliases' &&
      !(Array.isArray(claim.correction) && claim.correction.every((a) => typeof a === 'string'))
    ) {
      problems.push(`claim ${claim.n}: corrected aliases are the whole new list of names`);
    }
    if (claim.verdict === 'removed' && ['kind', 'country', 'aliases'].includes(claim.about)) {
      problems.push(`claim ${claim.n}: ${claim.about} cannot be removed, only corrected`);
    }
  }
  for (const [i, c] of (review.newClaims ?? []).entries()) {
    if (!c?.text?.trim() || !backed(c.source)) problems.push(`new claim ${i + 1}: text and source`);
  }
  for (const [i, r] of (review.newRelations ?? []).entries()) {
    if (!r?.id || !r?.relation || !backed(r.source)) {
      problems.push(`new relation ${i + 1}: id, relation and source`);
    }
  }
  const summaryTouched =
    claims.some((c) => c.about === 'summary' && c.verdict !== 'ok') ||
    (review.newClaims ?? []).length > 0;
  if (summaryTouched && !review.summary?.trim()) {
    problems.push('claims of the summary changed: write the whole new summary in review.summary');
  }
  if (!summaryTouched && review.summary !== null) {
    problems.push('review.summary is set but every summary claim is ok: mark what changed');
  }
  const changed = claimsChanged(item) > 0;
  if (review.verdict === 'keep' && changed) problems.push('verdict "keep" but claims changed');
  if (review.verdict === 'change' && !changed)
    problems.push('verdict "change" but nothing changed');
  return problems;
}

/** Claims corrected, removed or added by the review. */
export function claimsChanged({ claims, review }) {
  return (
    claims.filter((c) => c.verdict === 'corrected' || c.verdict === 'removed').length +
    (review.newClaims ?? []).length +
    (review.newRelations ?? []).length
  );
}

/**
 * Applies one completed review to the knowledge base: `files` maps file name → array of entries and
 * `awaiting` is the set of ids awaiting review; both are changed in place. Returns what happened:
 * { status: 'applied' | 'dropped' | 'already applied' | 'refused', reason? }.
 */
export function applyReview(files, awaiting, item) {
  const list = files[item.file];
  const index = list?.findIndex((e) => e.id === item.id) ?? -1;
  const entry = index >= 0 ? list[index] : undefined;
  const { review } = item;
  if (!entry) {
    const gone =
      review.verdict === 'drop' &&
      !Object.values(files).some((l) => l.some((e) => e.id === item.id));
    return gone
      ? { status: 'already applied' }
      : { status: 'refused', reason: `no entry ${item.id} in ${item.file}` };
  }
  if (entry.asOf === review.asOf && !awaiting.has(entry.id) && entry.asOf !== item.lastChecked) {
    return { status: 'already applied' };
  }
  // Someone changed the entry after the sheet was written: review it again from a fresh sheet.
  if (entry.summary !== item.summary) {
    return { status: 'refused', reason: 'the summary changed since the sheet was written' };
  }
  const problems = reviewProblems(item);
  if (problems.length) return { status: 'refused', reason: problems.join('; ') };
  awaiting.delete(entry.id);
  if (review.verdict === 'drop') {
    list.splice(index, 1);
    for (const other of Object.values(files).flat()) {
      other.affiliations = (other.affiliations ?? []).filter((a) => a.id !== entry.id);
    }
    return { status: 'dropped' };
  }
  for (const claim of item.claims) {
    if (claim.verdict !== 'corrected' && claim.verdict !== 'removed') continue;
    if (claim.about === 'kind') entry.kind = claim.correction;
    if (claim.about === 'country')
      entry.country = claim.correction === 'none' ? null : claim.correction;
    if (claim.about === 'aliases') entry.aliases = claim.correction;
    if (claim.about === 'relation') {
      const at = entry.affiliations.findIndex(
        (a) => a.id === claim.target && a.relation === claim.relation,
      );
      if (at < 0) continue;
      if (claim.verdict === 'removed') entry.affiliations.splice(at, 1);
      else entry.affiliations[at] = { id: claim.target, relation: claim.correction };
    }
  }
  for (const r of review.newRelations ?? []) {
    entry.affiliations.push({ id: r.id, relation: r.relation });
  }
  if (review.summary !== null) entry.summary = review.summary.trim();
  // asOf and sources go last in the record, after the facts they date.
  delete entry.asOf;
  delete entry.sources;
  entry.asOf = review.asOf;
  entry.sources = review.sources.map(({ url, title, date }) => ({
    url,
    title,
    ...(date ? { date } : {}),
  }));
  return { status: 'applied' };
}
