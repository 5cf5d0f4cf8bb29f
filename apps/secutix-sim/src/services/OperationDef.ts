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
}

export interface OperationDef {
  /** the unqualified child of `<op>Response` in SOAP, named after SecuTix's result class */
  resultElement: string;
  params: ParamSchema;
  ownsLatency?: boolean;
  /** a call that collects earlier work and is therefore exempt from the operation's own limit */
  isFollowUp?(params: Params, ctx: OperationContext): boolean;
  handle(params: Params, ctx: OperationContext): ResultBody | Promise<ResultBody>;
}

/** Where a SecuTix service lives (API-NOTES §1.3); paths, WSDL and envelopes are built from it. */
export interface ServiceDef {
  name: string;
  /** first path segment: `tnseb`, `tnco` */
  module: string;
  /** `<kind>.<pkg>` in `com.secutix.<kind>.<pkg>.<version>.<Service>.webservice`, e.g. `service.contact` */
  soapPackage: string;
  /** `v1_33`, `v2_21`: part of both paths and of the namespace */
  version: string;
  /** SOAP namespace, spelled per service: SecuTix writes some with a trailing slash, some without */
  namespace: string;
  /** the REST-RPC service segment */
  jsonName: string;
  operations: Record<string, OperationDef>;
}
