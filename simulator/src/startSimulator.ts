import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveSimulatorOptions, type SimulatorOptions } from './config/SimulatorOptions';
import { ContactStore } from './data/ContactStore';
import { OrderStore } from './data/OrderStore';
import { PaymentWallet } from './data/PaymentWallet';
import { SimulatorState } from './data/SimulatorState';
import { ShipmentStore } from './fulfilment/ShipmentStore';
import { TicketStore } from './fulfilment/TicketStore';
import { CallCounter } from './http/CallCounter';
import { createRequestListener } from './http/createRequestListener';
import { FaultInjector } from './http/FaultInjector';
import { LatencyModel } from './http/LatencyModel';
import { RateLimiter } from './http/RateLimiter';
import type { SimulatorRuntime } from './http/SimulatorRuntime';

export interface Simulator {
  /** http://<host>:<port>, without a trailing slash */
  url: string;
  port: number;
  close(): Promise<void>;
  state: SimulatorState;
  /** the seeded contacts and their credentials (README.md, "Seeded contacts") */
  contacts: ContactStore;
  /** the simulated orders, for tests that need an order without going through the sales services */
  orders: OrderStore;
  /** what a client logs in with: the institution, its virtual operator and the operator's secret */
  credentials: { institution: string; operator: string; secret: string };
}

/** Generates the demo institution and serves it until `close()`; port 0 picks a free port. */
export async function startSimulator(given: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  const options = resolveSimulatorOptions(given);
  const state = new SimulatorState({ products: options.products, seed: options.seed }, options.now);
  const contacts = new ContactStore(options.now);
  const orders = new OrderStore();
  let requestId = 0;
  const runtime: SimulatorRuntime = {
    options,
    state,
    contacts,
    orders,
    shipments: new ShipmentStore(),
    tickets: new TicketStore(),
    wallet: new PaymentWallet(),
    calls: new CallCounter(),
    limiter: new RateLimiter({ ...options.rateLimits }, options.now),
    latency: new LatencyModel(options.latency, () => state.productCount),
    faults: new FaultInjector(),
    catalogJobs: new Map(),
    exportJobs: new Map(),
    nextRequestId: () => ++requestId,
    sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
  };
  const server = createServer(createRequestListener(runtime));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  runtime.options = { ...options, port };
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    state,
    contacts,
    orders,
    credentials: { institution: options.institution, operator: options.operator, secret: options.secret },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
