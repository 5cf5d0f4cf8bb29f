import { readFile } from 'node:fs/promises';

/** clock ticks per second of /proc/<pid>/stat on Linux (getconf CLK_TCK) */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; undefined when
 * gone or not on Linux. CPU per request is what a noisy shared machine disturbs least.
 */
export async function readCpuMs(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // the fields after the command name, which is in parentheses and may contain spaces
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (!fields) return undefined;
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return Number.isFinite(utime + stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : undefined;
}
