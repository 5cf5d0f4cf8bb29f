import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';

export interface Frontend {
  name: string;
  port: number;
  servers: { name: string; port: number }[];
}

/** HAProxy from the system's packages; installed with apt when missing (the script runs as root here). */
export function ensureHaproxy(): void {
  if (spawnSync('haproxy', ['-v']).status === 0) return;
  console.log('installing haproxy (apt-get)');
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy'], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('haproxy is needed: apt-get install -y haproxy');
}

/**
 * One frontend per app, each balancing over the app's replicas. A replica takes traffic only
 * while its `/ready` answers 200 (checked every second, out after two failures, a check given 5 s
 * on a loaded machine): a draining replica's 503 takes it out within about 2 s, before it stops
 * accepting (SHUTDOWN_DELAY_SECONDS is set above that). A connection that cannot be made is
 * retried on another replica; nothing else is retried (mutations must not run twice).
 */
export function haproxyConfig(frontends: Frontend[]): string {
  const lines = [
    'global',
    '  maxconn 8192',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  option redispatch',
    '  retries 3',
    '  retry-on conn-failure',
    '  timeout check 5s',
  ];
  for (const f of frontends) {
    lines.push(`frontend ${f.name}`, `  bind 127.0.0.1:${f.port}`, `  default_backend ${f.name}`);
    lines.push(`backend ${f.name}`, '  balance roundrobin', '  option httpchk GET /ready', '  http-check expect status 200', '  default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2');
    for (const s of f.servers) lines.push(`  server ${s.name} 127.0.0.1:${s.port} check`);
  }
  return lines.join('\n') + '\n';
}

export function startHaproxy(configPath: string, frontends: Frontend[]): ChildProcess {
  writeFileSync(configPath, haproxyConfig(frontends));
  const check = spawnSync('haproxy', ['-c', '-q', '-f', configPath], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`haproxy refuses its configuration: ${check.stderr}`);
  const child = spawn('haproxy', ['-db', '-f', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  process.once('exit', () => child.kill('SIGKILL'));
  return child;
}
