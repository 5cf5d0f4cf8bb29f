import type { IncomingMessage, ServerResponse } from 'node:http';
import { iso } from '../data/dates';
import type { FaultSettings } from './FaultInjector';
import { sendShipment, setTicketState } from './fulfilmentAdmin';
import { readBody, sendJson } from './httpIo';
import { cancelClosedOrder, expireOrder, listOrders } from './ordersAdmin';
import { placeOrder } from './placeOrderAdmin';
import type { SimulatorRuntime } from './SimulatorRuntime';

type Body = Record<string, unknown>;
type AdminRoute = (body: Body, runtime: SimulatorRuntime) => [status: number, answer: unknown];

/** The control API (README.md, "Control API"): JSON, no authentication, for tests and demos only. */
const routes: Record<string, AdminRoute> = {
  'GET /__admin/calls': (_b, rt) => [200, rt.calls.snapshot()],
  'GET /__admin/state': (_b, rt) => [200, describeState(rt)],
  'GET /__admin/contacts': (_b, rt) => [200, listContacts(rt)],
  'POST /__admin/reset': (body, rt) => {
    rt.calls.reset();
    rt.limiter.reset();
    rt.catalogJobs.clear();
    rt.exportJobs.clear();
    if (body.data === true) {
      rt.state.regenerate();
      rt.contacts.reset();
      rt.orders.reset();
      rt.shipments.reset();
      rt.tickets.reset();
      rt.wallet.reset();
    }
    return [200, { ok: true }];
  },
  'POST /__admin/sell': (body, rt) => {
    const { performanceId, seatCategoryId, quantity } = body;
    if (!isInt(performanceId) || !isInt(quantity) || quantity < 0 || (seatCategoryId !== undefined && !isInt(seatCategoryId))) {
      return [400, { error: 'expected { performanceId, seatCategoryId?, quantity } as integers' }];
    }
    const result = rt.state.sell(performanceId, seatCategoryId as number | undefined, quantity);
    return result ? [200, result] : [404, { error: 'unknown performanceId or seatCategoryId' }];
  },
  'POST /__admin/shipments/send': sendShipment,
  'POST /__admin/tickets/state': setTicketState,
  'GET /__admin/orders': listOrders,
  'POST /__admin/orders': placeOrder,
  'POST /__admin/orders/expire': expireOrder,
  'POST /__admin/orders/cancel': cancelClosedOrder,
  'POST /__admin/catalog/touch': (body, rt) => {
    if (body.productId !== undefined && !isInt(body.productId)) return [400, { error: 'productId must be an integer' }];
    if (body.name !== undefined && typeof body.name !== 'string') return [400, { error: 'name must be a string' }];
    const ok = rt.state.touchCatalog({ productId: body.productId as number | undefined, name: body.name as string | undefined });
    return ok ? [200, { lastSetupUpdate: iso(rt.state.lastSetupUpdate) }] : [404, { error: 'unknown productId' }];
  },
  'POST /__admin/latency': (body, rt) => {
    rt.latency.set(body);
    return [200, rt.latency.describe()];
  },
  'POST /__admin/faults': (body, rt) => {
    const { errorRate, outage, slowMs, operations } = body;
    if (errorRate !== undefined && (typeof errorRate !== 'number' || errorRate < 0 || errorRate > 1)) return [400, { error: 'errorRate must be between 0 and 1' }];
    if (slowMs !== undefined && (typeof slowMs !== 'number' || slowMs < 0)) return [400, { error: 'slowMs must be a positive number' }];
    if (operations !== undefined && (!Array.isArray(operations) || operations.some((o) => typeof o !== 'string'))) return [400, { error: 'operations must be a list of "<Service>.<operation>"' }];
    rt.faults.settings = { errorRate, outage: outage === true, slowMs, operations } as FaultSettings;
    return [200, rt.faults.settings];
  },
  'POST /__admin/limits': (body, rt) => {
    const s = rt.limiter.settings;
    if (typeof body.enabled === 'boolean') s.enabled = body.enabled;
    for (const key of ['perMinute', 'catalogDetailedIntervalMs', 'status'] as const) {
      const value = body[key];
      if (value === undefined) continue;
      if (!isInt(value) || value < 0) return [400, { error: `${key} must be a positive integer` }];
      s[key] = value;
    }
    return [200, s];
  },
};

export async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL, runtime: SimulatorRuntime): Promise<void> {
  const route = routes[`${req.method} ${url.pathname.replace(/\/$/, '')}`];
  if (!route) {
    sendJson(res, 404, { error: `no admin route ${req.method} ${url.pathname}` });
    return;
  }
  let body: Body = {};
  if (req.method === 'POST') {
    const text = await readBody(req);
    try {
      const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Body;
    } catch {
      sendJson(res, 400, { error: 'the body must be a JSON object' });
      return;
    }
  }
  const [status, answer] = route(body, runtime);
  sendJson(res, status, answer);
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Settings and sizes; never the secret. */
function describeState(rt: SimulatorRuntime): unknown {
  const { institution, operator, products, seed, inProgressAfterMs } = rt.options;
  return {
    institution, operator, products, seed, inProgressAfterMs,
    latency: rt.latency.describe(),
    rateLimits: rt.limiter.settings,
    faults: rt.faults.settings,
    lastSetupUpdate: iso(rt.state.lastSetupUpdate),
    catalogVersion: rt.state.catalogVersion,
    contacts: rt.contacts.size,
    catalog: { seasons: rt.state.catalog.seasons.length, products: rt.state.productCount, performances: rt.state.performanceCount },
  };
}

/** Who exists and whether they can log in; never a password, a hash or a token. */
function listContacts(rt: SimulatorRuntime): unknown {
  return rt.contacts.list().map((c) => ({
    contactNumber: c.contactNumber,
    email: c.individualContact.email,
    hasLogin: c.individualContact.login !== undefined,
    lastUpdate: iso(c.lastUpdate),
  }));
}
