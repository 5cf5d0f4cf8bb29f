import { summarizeProfile } from './summarizeProfile';

/**
 * `npx tsx tools/bench/profile/main.ts <window s> <profile>:<requests> [<profile>:<requests> ...]`:
 * CPU per request by package, side by side, for profiles of fronts written under the bench's load
 * (`BENCH_PROFILE_DIR=<dir> npm run bench -- ...`). Requests: the window's count (rps × seconds).
 */
const [windowArg, ...inputs] = process.argv.slice(2);
const window = Number(windowArg);
if (!(window > 0) || inputs.length === 0) throw new Error('usage: main.ts <window seconds> <profile.cpuprofile>:<requests> ...');
const runs = inputs.map((input) => {
  const at = input.lastIndexOf(':');
  return { summary: summarizeProfile(input.slice(0, at), window), requests: Number(input.slice(at + 1)) };
});
const packages = [...new Set(runs.flatMap((r) => [...r.summary.byPackage.keys()]))];
const perRequest = (run: (typeof runs)[number], name: string) => (run.summary.byPackage.get(name) ?? 0) / run.requests;
packages.sort((a, b) => perRequest(runs[0], b) - perRequest(runs[0], a));
const cell = (n: number) => n.toFixed(3).padStart(8);
console.log(`${'CPU ms per request'.padEnd(40)}${runs.map((_, i) => `   run ${i + 1}`).join('')}`);
console.log(`${'(all but idle)'.padEnd(40)}${runs.map((r) => cell(r.summary.busyMs / r.requests)).join('')}`);
for (const name of packages.slice(0, 30)) console.log(`${name.slice(0, 39).padEnd(40)}${runs.map((r) => cell(perRequest(r, name))).join('')}`);
