// The CLI: `newslens analyze <file.html|file.txt|URL|-> [--json]` for one page, or several
// files, URLs and directories with --jsonl, --csv FILE and --summary (bulk-run.ts).
// One page: exit 0 on success, 2 on bad input or usage (one line on stderr), 1 on an internal
// error. Several: 0 when every page was analysed, 2 when some failed (the last stderr line says
// how many). Only what the command needs is loaded: the analysis when a page is read, the bulk
// run when there are several.
import { readArgs, USAGE } from './args';
import { errorLine, exitCodeOf } from './error-line';
import { runSinglePage } from './single-page';

export { USAGE } from './args';

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = readArgs(argv);
    if (args.mode === 'help') {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args.mode === 'bulk') {
      const { runBulk } = await import('./bulk/bulk-run');
      return await runBulk(args, io);
    }
    await runSinglePage(args, io);
    return 0;
  } catch (err) {
    io.stderr.write(`${errorLine(err)}\n`);
    if (exitCodeOf(err) === 1 && process.env.NEWSLENS_DEBUG && err instanceof Error)
      io.stderr.write(`${err.stack}\n`);
    return exitCodeOf(err);
  }
}
