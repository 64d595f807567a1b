// The one line a failed page gets: on stderr in a single run, in the "error" field or column of a
// bulk run (../shared/report-contract.md: "the one-line message a single run prints").
import { InputError } from './input-error';
import { terminalLine } from './terminal-text';

/** Exit code of a single run for this error: 2 for bad input, 1 for an internal error. */
export function exitCodeOf(err: unknown): 1 | 2 {
  return err instanceof InputError ? 2 : 1;
}

/** Messages quote file names, URLs and a server's status text: one clean line. */
export function errorLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return err instanceof InputError
    ? `newslens: ${terminalLine(message)}`
    : `newslens: internal error: ${terminalLine(message)}`;
}
