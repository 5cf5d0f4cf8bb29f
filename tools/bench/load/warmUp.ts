import { runLoad } from './runLoad';

export interface WarmUp {
  requests: number;
  seconds: number;
  /** the rps of each window of the warm-up, to show the climb */
  windowsRps: number[];
}

/** a warm-up window: long enough to count, short enough to stop soon after the target */
const WINDOW_SECONDS = 2;

/**
 * Load until the system has served `requests` answers, or for `limitSeconds` at most. A JIT's
 * steady state comes after a number of executions, not of seconds: measured after 1.5 s of
 * load (about 300 uncached product pages), our gateway spent 3.8 ms of CPU per page; held alone,
 * it spends 3.2 ms over its first 5 s of load and 1.3 ms after 15 s (ours, the Rust planner and
 * Apollo Gateway alike climb for thousands of requests: the README's benchmark section). Counting requests
 * gives every system the same number of executions, without making a fast one wait longer.
 */
export async function warmUp(options: { url: string; bodies: string[]; connections: number; headers?: Record<string, string>; requests: number; limitSeconds: number }): Promise<WarmUp> {
  const began = Date.now();
  const done: WarmUp = { requests: 0, seconds: 0, windowsRps: [] };
  while (done.requests < options.requests && Date.now() - began < options.limitSeconds * 1000) {
    const window = await runLoad({ url: options.url, bodies: options.bodies, connections: options.connections, headers: options.headers, seconds: WINDOW_SECONDS });
    done.requests += window.requests;
    done.windowsRps.push(Math.round(window.rps));
  }
  done.seconds = Math.round((Date.now() - began) / 100) / 10;
  return done;
}
