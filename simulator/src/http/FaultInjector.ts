export interface FaultSettings {
  /** share of calls answered with a technical error (HTTP 500), 0..1 */
  errorRate?: number;
  /** every call answered 503 */
  outage?: boolean;
  /** extra delay added to every call, ms */
  slowMs?: number;
  /** limits the faults to these `<Service>.<operation>` keys */
  operations?: string[];
}

export type FaultDecision = { kind: 'none' | 'outage' | 'error'; extraDelayMs: number };

/** Failure modes a client must survive, switched on through POST /__admin/faults. */
export class FaultInjector {
  settings: FaultSettings = {};

  constructor(private readonly random: () => number = Math.random) {}

  decide(operationKey: string): FaultDecision {
    const s = this.settings;
    if (s.operations && s.operations.length > 0 && !s.operations.includes(operationKey)) return { kind: 'none', extraDelayMs: 0 };
    const extraDelayMs = s.slowMs ?? 0;
    if (s.outage) return { kind: 'outage', extraDelayMs };
    if (s.errorRate && this.random() < s.errorRate) return { kind: 'error', extraDelayMs };
    return { kind: 'none', extraDelayMs };
  }
}
