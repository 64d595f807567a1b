// Runs named shell steps in order, streaming their output; stops at the first failure.
import { spawnSync } from 'node:child_process';

export function runSteps(title, steps) {
  const started = Date.now();
  for (const [name, command] of steps) {
    const t0 = Date.now();
    process.stdout.write(`\n── ${title}: ${name} ── ${command}\n`);
    const result = spawnSync(command, { stdio: 'inherit', shell: true, env: process.env });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.status !== 0) {
      process.stdout.write(
        `\n✗ ${title}: step "${name}" failed (exit ${result.status ?? result.signal}) after ${secs} s\n`,
      );
      process.exit(result.status || 1);
    }
    process.stdout.write(`✓ ${name} (${secs} s)\n`);
  }
  process.stdout.write(
    `\n${title}: all ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
}
