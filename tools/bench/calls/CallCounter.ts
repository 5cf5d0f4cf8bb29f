import { SimControl } from '@stx/testing';

export interface CallDelta {
  /** SecuTix operations called (refused ones included), by `Service.operation` */
  byOperation: Record<string, number>;
  total: number;
  /** refused by SecuTix's rate limits (509) */
  rejected: number;
}

/** Counts SecuTix calls over a window from the simulator's counters (GET /__admin/calls). */
export class CallCounter {
  readonly sim: SimControl;

  constructor(simulatorUrl: string) {
    this.sim = new SimControl(simulatorUrl);
  }

  /** zero the counters and the rate-limit windows (the seeded data stays) */
  reset(): Promise<unknown> {
    return this.sim.reset();
  }

  /** call `stop()` of the result at the end of the window */
  async start(): Promise<{ stop(): Promise<CallDelta> }> {
    const before = await this.sim.calls();
    return {
      stop: async () => {
        const after = await this.sim.calls();
        const byOperation: Record<string, number> = {};
        for (const [key, n] of Object.entries(after)) {
          const d = n - (before[key] ?? 0);
          if (key.includes('.') && d > 0) byOperation[key] = d;
        }
        const total = Object.values(byOperation).reduce((a, b) => a + b, 0);
        return { byOperation, total, rejected: (after.rejected ?? 0) - (before.rejected ?? 0) };
      },
    };
  }
}
