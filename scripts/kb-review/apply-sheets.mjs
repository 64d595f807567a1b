// `node scripts/kb-review/apply-sheets.mjs SHEET.json|DIR … [--dry-run]`
// Applies completed review sheets (docs/KNOWLEDGE-BASE.md, "Review sheets") to the knowledge-base JSON
// and to tests/unit/groups/awaiting-review.txt: each reviewed entry gets its asOf, sources, corrected
// summary, kind, country, aliases and relations, or is dropped (with the relations other entries state
// about it). Entries not reviewed yet are skipped; a review that is incomplete, or whose entry changed
// since the sheet was written, is refused and named. Prints the tally; exits 1 if anything was refused.
// Run `npm run test:unit` afterwards: the knowledge-base tests check what a sheet cannot (a relation
// outside the vocabulary, two entries that contradict each other, a shared alias left alone).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readAwaiting, readKnowledgeBase, writeAwaiting, writeKnowledgeBase } from './kb-files.mjs';
import { applyReview, claimsChanged } from './review-sheets.mjs';

const dryRun = process.argv.includes('--dry-run');
const paths = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => `${p.replace(/\/$/, '')}/${f}`)
      : [p],
  );
if (paths.length === 0) {
  console.error('usage: apply-sheets.mjs SHEET.json|DIR … [--dry-run]');
  process.exit(2);
}

const files = readKnowledgeBase();
const awaiting = readAwaiting();
const tally = { checked: 0, claimsChanged: 0, dropped: 0, already: 0, refused: 0, open: 0 };
for (const path of paths) {
  const sheet = JSON.parse(readFileSync(path, 'utf8'));
  for (const item of sheet.entries) {
    if (item.review?.verdict === null || item.review?.verdict === undefined) {
      tally.open++;
      continue;
    }
    const result = applyReview(files, awaiting.ids, item);
    if (result.status === 'refused') {
      tally.refused++;
      console.log(`${path} ${item.id}: refused: ${result.reason}`);
    } else if (result.status === 'already applied') {
      tally.already++;
    } else {
      tally.checked++;
      tally.claimsChanged += claimsChanged(item);
      if (result.status === 'dropped') {
        tally.dropped++;
        console.log(`${path} ${item.id}: dropped (${item.review.notes})`);
      }
    }
  }
}
if (!dryRun) {
  writeKnowledgeBase(files);
  writeAwaiting(awaiting);
}
console.log(
  [
    `${dryRun ? 'Would apply' : 'Applied'}: ${tally.checked} entries checked, ${tally.claimsChanged} claims changed, ${tally.dropped} entries dropped.`,
    `Already applied: ${tally.already}. Refused: ${tally.refused}. Not reviewed yet: ${tally.open}.`,
    `Entries awaiting review: ${awaiting.ids.size}.`,
  ].join('\n'),
);
process.exit(tally.refused ? 1 : 0);
