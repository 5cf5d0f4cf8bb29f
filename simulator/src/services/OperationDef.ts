import type { ExportJob } from './dataExportService';
import type { ServiceContract } from '@stx/secutix-contract';
import type { ContactStore } from '../data/ContactStore';
import type { OrderStore } from '../data/OrderStore';
import type { PaymentWallet } from '../data/PaymentWallet';
import type { SimulatorState } from '../data/SimulatorState';
import type { ShipmentStore } from '../fulfilment/ShipmentStore';
import type { TicketStore } from '../fulfilment/TicketStore';
import type { ParamSchema, Params } from '../protocol/normaliseParams';

/** A result object as both transports send it: the JSON body, or the SOAP result element's content. */
export type ResultBody = Record<string, unknown>;

export interface OperationContext {
  state: SimulatorState;
  now(): number;
  nextRequestId(): number;
  institution: string;
  contacts: ContactStore;
  orders: OrderStore;
  /** shipments and issued tickets of those orders (ShipmentPublicService, ProductionPublicService) */
  shipments: ShipmentStore;
  tickets: TicketStore;
  wallet: PaymentWallet;
  /** how long an open order holds its seats (SIM_ORDER_HOLD_SECONDS) */
  orderHoldMs: number;
  /** the simulator's own base URL (http://host:port), for links it hands out (payment page) */
  baseUrl: string;
  /** this call's configured latency; operations with `ownsLatency` spend it themselves */
  latencyMs: number;
  sleep(ms: number): Promise<void>;
  inProgressAfterMs: number;
  /** getCatalogDetailed jobs answered `in_progress`: requestId → epoch ms when ready */
  catalogJobs: Map<number, number>;
  /** executeExport requests answered `in_progress`: requestId → the export asked for */
  exportJobs: Map<number, ExportJob>;
}

/** What the simulator does for one operation; its contract (result class, types) is @stx/secutix-contract's. */
export interface OperationDef {
  params: ParamSchema;
  ownsLatency?: boolean;
  /** a call that collects earlier work and is therefore exempt from the operation's own limit */
  isFollowUp?(params: Params, ctx: OperationContext): boolean;
  handle(params: Params, ctx: OperationContext): ResultBody | Promise<ResultBody>;
}

/** A service as the simulator runs it: its contract (paths, namespace, types) and its handlers. */
export interface ServiceDef extends Omit<ServiceContract, 'operations'> {
  contract: ServiceContract;
  operations: Record<string, OperationDef>;
}
