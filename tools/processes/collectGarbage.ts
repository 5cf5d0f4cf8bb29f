import WebSocket from 'ws';

/**
 * A full garbage collection in another node process, as a heap snapshot would start one, so that
 * its memory can be compared before and after a load without the garbage the load left: V8 keeps
 * that until its next major GC, which in an idle process comes 30 to 50 s later (measured on the
 * gateway after the reliability suite's fuzz: 476 MB flat for 45 s, then 252 MB).
 *
 * The process must have been started with `--inspect-port=<port>` (which only says where the
 * inspector would listen): SIGUSR1 opens Node's inspector there, on loopback, and the DevTools
 * protocol's `HeapProfiler.collectGarbage` collects. The inspector stays open afterwards.
 */
export async function collectGarbage(pid: number, inspectPort: number, timeoutMs = 15_000): Promise<void> {
  process.kill(pid, 'SIGUSR1');
  const deadline = Date.now() + timeoutMs;
  let target: string | undefined;
  while (!target) {
    if (Date.now() > deadline) throw new Error(`no inspector on port ${inspectPort} of process ${pid}`);
    const targets = await fetch(`http://127.0.0.1:${inspectPort}/json/list`, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.json() as Promise<{ webSocketDebuggerUrl?: string }[]>)
      .catch(() => []);
    target = targets[0]?.webSocketDebuggerUrl;
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  const socket = new WebSocket(target);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('HeapProfiler.collectGarbage did not answer')), Math.max(1000, deadline - Date.now()));
      socket.once('error', reject);
      socket.once('open', () => socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' })));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { id?: number; error?: { message: string } };
        if (message.id !== 1) return;
        clearTimeout(timer);
        if (message.error) reject(new Error(message.error.message));
        else resolve();
      });
    });
  } finally {
    socket.close();
  }
}
