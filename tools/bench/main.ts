import { join } from 'node:path';
import { formatText } from './report/formatText';
import { runBench } from './runBench';
import { readSettings } from './settings';

/**
 * `npm run bench [-- --quick] [--scenarios=home,product] [--systems=ours,direct] [--out=dir]`: prints
 * the table and writes tools/bench/results/latest.{json,md,svg} (or into --out). A script that reports, never asserts.
 */
async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2), join(__dirname, 'results'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`bench (${settings.mode}): ${settings.scenarios.join(', ')} × ${settings.systems.join(', ')}`);
  const results = await runBench(settings, log);
  process.stdout.write('\n' + formatText(results));
  log(`\nwritten to ${settings.outDir}/latest.{json,md,svg} in ${String(results.machine.durationSeconds)} s`);
}

// so that 'exit' fires and the servers this run started are stopped with it
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
