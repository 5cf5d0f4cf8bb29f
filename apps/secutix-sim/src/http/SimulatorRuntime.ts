import type { SimulatorOptions } from '../config/SimulatorOptions';
import type { ContactStore } from '../data/ContactStore';
import type { OrderStore } from '../data/OrderStore';
import type { SimulatorState } from '../data/SimulatorState';
import type { CallCounter } from './CallCounter';
import type { FaultInjector } from './FaultInjector';
import type { LatencyModel } from './LatencyModel';
import type { RateLimiter } from './RateLimiter';

/** Everything one running simulator owns; the HTTP handlers receive it, nothing is module-wide. */
export interface SimulatorRuntime {
  options: SimulatorOptions;
  state: SimulatorState;
  contacts: ContactStore;
  orders: OrderStore;
  calls: CallCounter;
  limiter: RateLimiter;
  latency: LatencyModel;
  faults: FaultInjector;
  /** getCatalogDetailed jobs answered `in_progress`: requestId → epoch ms when ready */
  catalogJobs: Map<number, number>;
  nextRequestId(): number;
  sleep(ms: number): Promise<void>;
}
