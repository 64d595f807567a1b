// Entry point of the built CLI (dist/cli/newslens.js), called by bin/newslens.js.
import { runCli } from './main';

/**
 * The reader of stdout went away (`newslens analyze dir --jsonl | head`): nothing more can be
 * delivered, so the run stops, quietly, with a non-zero code as a tool stopped by SIGPIPE would,
 * rather than with Node's stack trace for the unhandled EPIPE.
 */
function stopWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(2);
    throw err;
  });
}

export async function main(): Promise<void> {
  stopWhenStdoutCloses();
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
  process.exitCode = code;
}
