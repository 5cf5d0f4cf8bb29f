import type { ExportJob } from '../services/dataExportService';
import type { SimulatorOptions } from '../config/SimulatorOptions';
import type { ContactStore } from '../data/ContactStore';
import type { OrderStore } from '../data/OrderStore';
import type { PaymentWallet } from '../data/PaymentWallet';
import type { SimulatorState } from '../data/SimulatorState';
import type { ShipmentStore } from '../fulfilment/ShipmentStore';
import type { TicketStore } from '../fulfilment/TicketStore';
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
  shipments: ShipmentStore;
  tickets: TicketStore;
  /** gift vouchers and credit balances the sales services pay with */
  wallet: PaymentWallet;
  calls: CallCounter;
  limiter: RateLimiter;
  latency: LatencyModel;
  faults: FaultInjector;
  /** getCatalogDetailed jobs answered `in_progress`: requestId → epoch ms when ready */
  catalogJobs: Map<number, number>;
  /** executeExport requests answered `in_progress` */
  exportJobs: Map<number, ExportJob>;
  nextRequestId(): number;
  sleep(ms: number): Promise<void>;
}
