import { readFileSync } from 'node:fs';

/** one V8 CPU profile (`node --cpu-prof`), as Chrome DevTools writes and reads it */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** CPU time in the window, in ms, idle excluded */
  busyMs: number;
  /** self time per package (npm package, our file, or V8's own: GC, idle, native writes), in ms */
  byPackage: Map<string, number>;
}

/**
 * Self time by package over the last `windowSeconds` of a profile: the bench stops a front right
 * after its measured window, so the end of the profile is that window (start-up left out).
 */
export function summarizeProfile(path: string, windowSeconds: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const times: number[] = [];
  let elapsed = 0;
  for (const delta of profile.timeDeltas) times.push((elapsed += delta));
  const byPackage = new Map<string, number>();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    if (elapsed - times[i] > windowSeconds * 1e6) return;
    const frame = nodes.get(id)?.callFrame;
    const name = packageOf(frame?.url ?? '', frame?.functionName ?? '');
    const us = profile.timeDeltas[i] ?? 0;
    byPackage.set(name, (byPackage.get(name) ?? 0) + us / 1000);
    if (name !== '(idle)') busyUs += us;
  });
  return { busyMs: busyUs / 1000, byPackage };
}

function packageOf(url: string, functionName: string): string {
  const inModules = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  const ours = /\/(apps|packages|tools)\/([^/]+)\//.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').split('/')[0];
  return url || functionName || '(native)';
}
