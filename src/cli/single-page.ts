// One page, as the CLI has always printed it: the readable report, or --json.
import type { SingleArgs } from './args';
import { formatReport } from './format-report';
import { InputError } from './input-error';
import type { CliIo } from './main';
import { isDirectory } from './paths';
import { readSource } from './read-source';

export async function runSinglePage(args: SingleArgs, io: CliIo): Promise<void> {
  if (isDirectory(args.target)) {
    throw new InputError(
      `${args.target} is a directory; to analyse the pages in it, add --jsonl, --csv FILE or --summary`,
    );
  }
  const source = await readSource(args.target, { stdin: io.stdin });
  const { pageReport } = await import('./page-report');
  const report = pageReport(source, (line) => io.stderr.write(line));
  io.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
}
