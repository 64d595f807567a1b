// The knowledge-base files and the list of entries awaiting review, read and written the way they
// are committed (JSON with two-space indent and a final newline; one id a line under a comment).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

export const KB_DIR = 'src/core/groups/knowledge-base/';
/** Every file of the folder: a new one is reviewed like the others without being listed here. */
export const KB_FILES = readdirSync(KB_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
export const AWAITING = 'tests/unit/groups/awaiting-review.txt';

/** File name → array of entries. */
export function readKnowledgeBase(root = '.') {
  return Object.fromEntries(
    KB_FILES.map((f) => [f, JSON.parse(readFileSync(`${root}/${KB_DIR}${f}`, 'utf8'))]),
  );
}

export function writeKnowledgeBase(files, root = '.') {
  for (const [f, entries] of Object.entries(files)) {
    writeFileSync(`${root}/${KB_DIR}${f}`, `${JSON.stringify(entries, null, 2)}\n`);
  }
}

/** The ids awaiting review, and the comment lines that head the file. */
export function readAwaiting(root = '.') {
  const lines = readFileSync(`${root}/${AWAITING}`, 'utf8').split('\n');
  return {
    header: lines.filter((l) => l.startsWith('#')),
    ids: new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))),
  };
}

export function writeAwaiting({ header, ids }, root = '.') {
  writeFileSync(`${root}/${AWAITING}`, `${[...header, ...[...ids].sort()].join('\n')}\n`);
}
