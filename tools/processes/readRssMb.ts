import { readFile } from 'node:fs/promises';

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS); undefined when gone. */
export async function readRssMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = status?.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1];
  return kb === undefined ? undefined : Math.round((Number(kb) / 1024) * 10) / 10;
}
