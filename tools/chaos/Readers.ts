import type { Answer } from './graphql';
import { answeredWithAsOf, readPage } from './pages';

export interface ReadTally {
  requests: number;
  /** no HTTP answer, a non-200, or an answer with errors */
  failed: number;
  /** answers with every availability known and its asOf */
  withAsOf: number;
  /** what the failures were (HTTP status, error codes, connection failures) */
  reasons: string[];
  slowestMs: number;
}

/**
 * Readers that keep the gateway busy with shop pages while a scenario breaks something, one
 * request at a time each, and tally what every answer was.
 */
export class Readers {
  private running = true;
  private readonly loops: Promise<void>[];
  private readonly tally: ReadTally = { requests: 0, failed: 0, withAsOf: 0, reasons: [], slowestMs: 0 };

  constructor(gatewayUrl: string, count: number, pauseMs = 20) {
    this.loops = Array.from({ length: count }, async (_, worker) => {
      for (let i = worker; this.running; i += count) {
        this.record(await readPage(gatewayUrl, i));
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
  }

  /** what was counted so far; `reset` starts a new count */
  snapshot(reset = false): ReadTally {
    const copy = { ...this.tally, reasons: [...this.tally.reasons] };
    if (reset) Object.assign(this.tally, { requests: 0, failed: 0, withAsOf: 0, reasons: [], slowestMs: 0 });
    return copy;
  }

  async stop(): Promise<ReadTally> {
    this.running = false;
    await Promise.all(this.loops);
    return this.snapshot();
  }

  private record(answer: Answer): void {
    this.tally.requests++;
    this.tally.slowestMs = Math.max(this.tally.slowestMs, answer.ms);
    if (answeredWithAsOf(answer)) this.tally.withAsOf++;
    if (answer.status !== 200 || answer.body?.errors?.length) {
      this.tally.failed++;
      this.tally.reasons.push(answer.failure ?? (answer.status !== 200 ? `HTTP ${answer.status}` : reason(answer)));
    }
  }
}

/** an answer's distinct errors as `CODE at field`, e.g. `UPSTREAM_RATE_LIMITED at availability` */
function reason(answer: Answer): string {
  const each = (answer.body?.errors ?? []).map((e) => `${e.extensions?.code ?? 'NO_CODE'}${e.path ? ` at ${e.path.filter((p) => typeof p === 'string').at(-1)}` : ''}`);
  return [...new Set(each)].join(' + ');
}
