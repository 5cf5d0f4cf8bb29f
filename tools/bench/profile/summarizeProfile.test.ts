import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeProfile } from './summarizeProfile';

describe('summarizeProfile', () => {
  it('adds self time by package over the last seconds of a profile, idle apart', () => {
    const frame = (url: string, functionName = 'f') => ({ functionName, url, lineNumber: 1 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('file:///x/node_modules/@graphql-tools/executor-http/dist/index.cjs') },
        { id: 2, callFrame: frame('file:///work/main/apps/gateway/dist/main.js') },
        { id: 3, callFrame: frame('', '(idle)') },
      ],
      // 1 s of start-up in the executor, then 0.5 s in each
      samples: [1, 1, 2, 3],
      timeDeltas: [1_000_000, 500_000, 500_000, 500_000],
    };
    const path = join(mkdtempSync(join(tmpdir(), 'profile-')), 'p.cpuprofile');
    writeFileSync(path, JSON.stringify(profile));
    const summary = summarizeProfile(path, 1.2);
    expect(Object.fromEntries(summary.byPackage)).toEqual({ '@graphql-tools/executor-http': 500, 'apps/gateway': 500, '(idle)': 500 });
    expect(summary.busyMs).toBe(1000);
  });
});
