// The CLI: `newslens analyze <file.html|file.txt|URL|-> [--json]`.
// Exit 0 on success, 2 on bad input or usage (one line on stderr), 1 on an internal error.
import { analyze } from '../core/analyze';
import { analysisModels } from './models';
import { formatReport } from './format-report';
import { InputError } from './input-error';
import { readSource } from './read-source';
import { sourceToArticle } from './source-to-article';
import { terminalLine } from './terminal-text';

export const USAGE = `Usage: newslens analyze <file.html|file.txt|URL|-> [--json]

  Finds the article in a page, then reports repeated paragraphs, figures with and
  without a named source, and the groups it names.

  --json      print the report as JSON (see README: "Report JSON")
  --help      show this help`;

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdin: NodeJS.ReadableStream;
}

interface Args {
  target: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') {
    throw new InputError(
      command
        ? `unknown command "${command}" (try: newslens analyze FILE)`
        : 'no command given (try: newslens analyze FILE)',
    );
  }
  let json = false;
  const targets: string[] = [];
  for (const arg of rest) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else targets.push(arg);
  }
  if (targets.length !== 1)
    throw new InputError(targets.length ? 'give exactly one file or URL' : 'no file or URL given');
  return { target: targets[0] as string, json };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    const source = await readSource(args.target, { stdin: io.stdin });
    const report = analyze(
      sourceToArticle(source),
      analysisModels((line) => io.stderr.write(line)),
    );
    io.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      // Messages quote file names, URLs and a server's status text: one clean line.
      io.stderr.write(`newslens: ${terminalLine(err.message)}\n`);
      return 2;
    }
    io.stderr.write(
      `newslens: internal error: ${terminalLine(err instanceof Error ? err.message : String(err))}\n`,
    );
    if (process.env.NEWSLENS_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
