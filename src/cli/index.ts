// Entry point of the built CLI (dist/cli/newslens.js), called by bin/newslens.js.
import { runCli } from './main';

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
  process.exitCode = code;
}
