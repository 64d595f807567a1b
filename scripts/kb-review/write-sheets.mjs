// `node scripts/kb-review/write-sheets.mjs [--out=DIR] [--size=80] [--ids=a,b,…] [--stale-before=YYYY-MM-DD] [--prefix=sheet]`
// Writes knowledge-base review sheets (docs/KNOWLEDGE-BASE.md, "Review sheets"), one JSON file per
// slice of --size entries, in knowledge-base order, into --out (default artifacts/kb-review/, which
// git ignores; sheets are working files, never committed). By default it takes every entry awaiting
// review; --ids takes the entries named instead, and --stale-before adds entries last checked before
// that date. Existing sheets are never overwritten: numbering continues after the last one.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readAwaiting, readKnowledgeBase } from './kb-files.mjs';
import { sheetEntry } from './review-sheets.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, ...value] = a.replace(/^--/, '').split('=');
    return [key, value.join('=')];
  }),
);
const out = (args.out || 'artifacts/kb-review').replace(/\/$/, '');
const size = Number(args.size || 80);
const prefix = args.prefix || 'sheet';
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number');

const files = readKnowledgeBase();
const { ids: awaiting } = readAwaiting();
const all = Object.entries(files).flatMap(([file, entries]) =>
  entries.map((entry) => ({ file, entry })),
);
const names = new Map(all.map(({ entry }) => [entry.id, entry.name]));

let chosen;
if (args.ids) {
  const wanted = args.ids.split(',').map((s) => s.trim());
  const unknown = wanted.filter((id) => !names.has(id));
  if (unknown.length) throw new Error(`no such entries: ${unknown.join(', ')}`);
  chosen = wanted.map((id) => all.find(({ entry }) => entry.id === id));
} else {
  chosen = all.filter(
    ({ entry }) =>
      awaiting.has(entry.id) ||
      (args['stale-before'] && entry.asOf !== undefined && entry.asOf < args['stale-before']),
  );
}
if (chosen.length === 0) {
  console.log('Nothing to review.');
  process.exit(0);
}

mkdirSync(out, { recursive: true });
const taken = readdirSync(out)
  .map((f) => new RegExp(`^${prefix}-(\\d+)\\.json$`).exec(f)?.[1])
  .filter(Boolean)
  .map(Number);
let number = taken.length ? Math.max(...taken) + 1 : 1;
const today = new Date().toISOString().slice(0, 10);
for (let start = 0; start < chosen.length; start += size, number++) {
  const slice = chosen.slice(start, start + size);
  const name = `${prefix}-${String(number).padStart(2, '0')}`;
  const path = `${out}/${name}.json`;
  if (existsSync(path)) throw new Error(`${path} exists`);
  const sheet = {
    sheet: name,
    writtenAt: today,
    guide: 'docs/KNOWLEDGE-BASE.md, "Review sheets"',
    entries: slice.map(({ file, entry }) => sheetEntry(entry, file, names)),
  };
  writeFileSync(path, `${JSON.stringify(sheet, null, 2)}\n`);
  const claims = sheet.entries.reduce((n, e) => n + e.claims.length, 0);
  console.log(`${path}: ${slice.length} entries, ${claims} claims`);
}
