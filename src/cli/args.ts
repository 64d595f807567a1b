// The command line, read into what to do: help, one page (printed as before bulk runs existed),
// or many pages (bulk).
//
// Parsed with Node's own util.parseArgs (stable since Node 20, which package.json requires): no
// dependency, no bytes to load, and it refuses unknown options itself. Compared on the npm
// registry: commander 14 (209 KB unpacked, help generation we do not need: USAGE is ours), mri
// 1.2 (13 KB, but no strict mode: every unknown option would be checked by hand here).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { availableParallelism } from 'node:os';
import { InputError } from './input-error';

export const USAGE = `Usage: newslens analyze <file.html|file.txt|URL|-> [--json]
       newslens analyze <files, URLs, directories…> [--from-file LIST]
                        [--jsonl] [--csv FILE] [--summary] [--jobs N]

  Finds the article in a page, then reports repeated paragraphs, figures with and
  without a named source, and the groups it names.

  One page:
  --json           print the report as JSON (see README: "Report JSON")

  Several pages (directories are searched for *.html, *.htm and *.txt):
  --from-file LIST read more paths or URLs from LIST, one a line (- for standard input)
  --jsonl          print one JSON line per page, in input order: {"source", "report"|"error"}
  --csv FILE       write one row per page to FILE
  --summary        print a table across all pages at the end
  --jobs N         analyse N pages at once (default: the number of cores)

  --help           show this help`;

export interface SingleArgs {
  mode: 'single';
  target: string;
  json: boolean;
}

export interface BulkArgs {
  mode: 'bulk';
  /** Files, URLs, directories and "-", in the order given. */
  targets: string[];
  /** --from-file: a path, or "-" for standard input. */
  fromFile: string | null;
  jsonl: boolean;
  csv: string | null;
  summary: boolean;
  jobs: number;
}

export type CliArgs = { mode: 'help' } | SingleArgs | BulkArgs;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  csv: { type: 'string' },
  summary: { type: 'boolean' },
  'from-file': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** util.parseArgs' messages, made short and in our words. */
function optionError(err: unknown): InputError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new InputError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message))
      return new InputError(`${option} takes no value`);
    return new InputError(`${option} needs a value`);
  }
  return new InputError(message);
}

/**
 * Each worker holds its own copy of the analysis: the bundle, the knowledge base and its index,
 * the tagger, about 80 MB (maximum RSS over 12 corpus pages: 176 MB with 1 worker, 265 MB with 2,
 * 404 MB with 4). 64 of them take some 5 GB; past that a typo (--jobs 1000) exhausts memory.
 */
export const MAX_JOBS = 64;

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new InputError(`--jobs needs a whole number from 1 to ${MAX_JOBS}, not "${value}"`);
  return jobs;
}

export function readArgs(argv: readonly string[]): CliArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { mode: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') {
    throw new InputError(
      command
        ? `unknown command "${command}" (try: newslens analyze FILE)`
        : 'no command given (try: newslens analyze FILE)',
    );
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw optionError(err);
  }
  const { values, positionals } = parsed;
  const fromFile = values['from-file'] ?? null;
  const csv = values.csv ?? null;
  const jsonl = values.jsonl === true;
  const summary = values.summary === true;
  const json = values.json === true;
  const jobs = parseJobs(values.jobs);
  const bulk = positionals.length > 1 || fromFile !== null || jsonl || csv !== null || summary;
  if (!bulk) {
    const target = positionals[0];
    if (target === undefined) throw new InputError('no file or URL given');
    return { mode: 'single', target, json };
  }
  if (json) throw new InputError('--json prints one page; for several, use --jsonl');
  if (!jsonl && csv === null && !summary)
    throw new InputError('several pages need an output: --jsonl, --csv FILE or --summary');
  if (positionals.length === 0 && fromFile === null) throw new InputError('no file or URL given');
  const stdinUses = positionals.filter((p) => p === '-').length + (fromFile === '-' ? 1 : 0);
  if (stdinUses > 1) throw new InputError('standard input (-) can be read only once');
  return { mode: 'bulk', targets: positionals, fromFile, jsonl, csv, summary, jobs };
}
