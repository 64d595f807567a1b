// The pages of a bulk run, in input order: each target as given, a directory as the pages in it
// (recursively, in sorted order so that two runs over one folder print the same lines).
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isDirectory, isUrl } from '../paths';

/** What a directory is searched for: the kinds a single run reads by name. */
const PAGE_FILE = /\.(html?|txt)$/i;

export type BulkInput =
  | { source: string; kind: 'file' | 'url' | 'stdin' }
  /** Known to fail before anything is read: a directory that holds no page, or cannot be read. */
  | { source: string; kind: 'error'; error: string };

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The page files under `dir`, depth first in name order. Symbolic links to files are followed,
 * links to directories are not (a link to an ancestor would loop).
 */
function pagesUnder(dir: string, out: BulkInput[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    out.push({ source: dir, kind: 'error', error: `cannot read the directory ${dir} (${code})` });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pagesUnder(path, out);
    else if (PAGE_FILE.test(entry.name) && (entry.isFile() || isFileLink(entry, path)))
      out.push({ source: path, kind: 'file' });
  }
}

function isFileLink(entry: Dirent, path: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function expandInputs(targets: readonly string[]): BulkInput[] {
  const inputs: BulkInput[] = [];
  for (const target of targets) {
    if (target === '-') inputs.push({ source: target, kind: 'stdin' });
    else if (isUrl(target)) inputs.push({ source: target, kind: 'url' });
    // A missing file fails when it is read, with the single run's message.
    else if (!isDirectory(target)) inputs.push({ source: target, kind: 'file' });
    else {
      const before = inputs.length;
      pagesUnder(target, inputs);
      if (inputs.length === before) {
        inputs.push({
          source: target,
          kind: 'error',
          error: `${target} holds no .html, .htm or .txt file`,
        });
      }
    }
  }
  return inputs;
}
