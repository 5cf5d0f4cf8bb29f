/**
 * Round r's order of turns: the systems rotated by r, so that each takes the first turn of its own
 * round. The machine is still settling during the first round after every system has started (their
 * first background checks, the JIT of the processes just warmed): fixed turns made the systems listed
 * first, ours among them, pay for it in every run.
 */
export function turnOrder<T>(systems: readonly T[], round: number): T[] {
  if (systems.length === 0) return [];
  const start = round % systems.length;
  return [...systems.slice(start), ...systems.slice(0, start)];
}
