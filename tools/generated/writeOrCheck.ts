import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * A committed generated file (the supergraph, the API schema, the error-code docs): written by its
 * npm script, or with `--check` compared with what it would be now, failing CI when it is stale.
 * A generator that throws stops the process with its message.
 */
export function writeOrCheck(options: { target: string; command: string; current: string; generate: () => string }): void {
  const name = relative(ROOT, options.target);
  try {
    const text = options.generate();
    if (!process.argv.includes('--check')) {
      writeFileSync(options.target, text);
      process.stdout.write(`wrote ${options.target}\n`);
      return;
    }
    let existing = '';
    try {
      existing = readFileSync(options.target, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (existing !== text) {
      process.stderr.write(`${name} is stale: run \`${options.command}\` and commit it.\n`);
      process.exit(1);
    }
    process.stdout.write(`${options.current}\n`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
