import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http/httpIo';
import type { SimulatorRuntime } from '../http/SimulatorRuntime';
import { DEMO_DISTRIBUTOR, DEMO_TICKETNET, distributionWorld, type DistributionWorld } from './distributionWorld';
import type { DeskEvent, DeskZone, PartnerDesk } from './PartnerDesk';

/** Paths this module answers: the two partners' web services and their admin controls. */
export const PARTNER_PREFIXES = ['/ticketnet-ws/', '/interinstitution/', '/__admin/distribution/'] as const;

// request bodies of the partners' sites, read field by field as their servers would
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/**
 * The Ticketnet stand-in and the distributor institution (docs/secutix/protocol.md, "Distribution partners",
 * both guesses): JSON over HTTP with Basic authentication. Ticketnet takes an event once and
 * refuses it again (409); the distributor updates it (a synchronisation). Both take allotments
 * per session (replacing the previous one) and answer their operations since a date.
 */
export async function handlePartnerSites(req: IncomingMessage, res: ServerResponse, url: URL, rt: SimulatorRuntime): Promise<void> {
  const world = distributionWorld(rt.state, rt.options.now);
  const path = url.pathname;
  let body: Json = {};
  if (req.method === 'POST' || req.method === 'PUT') {
    try {
      body = JSON.parse((await readBody(req)) || '{}') as Json;
    } catch {
      return sendJson(res, 400, { error: 'BAD_JSON', message: 'the body must be JSON' });
    }
  }
  if (path.startsWith('/__admin/distribution/')) return admin(res, req.method ?? 'GET', path.slice('/__admin/distribution/'.length), body, world);
  const ticketnet = path.startsWith('/ticketnet-ws/v1/');
  const desk = ticketnet ? world.ticketnet : world.distributor;
  const auth = ticketnet ? ticketnetAuth(req) : distributorAuth(req);
  if (auth) return sendJson(res, 401, { error: 'UNAUTHORIZED', message: auth });
  const rest = path.slice(ticketnet ? '/ticketnet-ws/v1/'.length : '/interinstitution/v1/'.length).split('/');
  if (req.method === 'POST' && rest[0] === 'events' && rest.length === 1) return receiveEvent(res, desk, body, ticketnet);
  if (req.method === 'PUT' && rest[0] === 'events' && rest[2] === 'sessions' && rest[4] === 'allotment') return receiveAllotment(res, desk, rest[1], rest[3], body);
  if (req.method === 'GET' && rest[0] === 'operations') {
    const since = Date.parse(url.searchParams.get('since') ?? '');
    if (Number.isNaN(since)) return sendJson(res, 400, { error: 'BAD_SINCE', message: 'since must be an ISO date' });
    return sendJson(res, 200, { operations: desk.since(since) });
  }
  sendJson(res, 404, { error: 'NOT_FOUND', message: `no route ${req.method} ${path}` });
}

function basic(req: IncomingMessage): [string, string] | undefined {
  const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const i = text.indexOf(':');
  return i < 0 ? undefined : [text.slice(0, i), text.slice(i + 1)];
}

function ticketnetAuth(req: IncomingMessage): string | undefined {
  const creds = basic(req);
  if (!creds || creds[0] !== DEMO_TICKETNET.login || creds[1] !== DEMO_TICKETNET.password) return 'wrong login or password';
  if (req.headers['x-ticketnet-institution'] !== DEMO_TICKETNET.institutionCode) return 'unknown institution code';
  if (req.headers['x-ticketnet-client'] !== DEMO_TICKETNET.clientName) return 'unknown client name';
  return undefined;
}

/** the distributor's virtual operator: `<operator>@<institution>` and its password */
function distributorAuth(req: IncomingMessage): string | undefined {
  const creds = basic(req);
  return creds && creds[0] === `${DEMO_DISTRIBUTOR.operator}@${DEMO_DISTRIBUTOR.institution}` && creds[1] === DEMO_DISTRIBUTOR.password ? undefined : 'wrong login or password';
}

function receiveEvent(res: ServerResponse, desk: PartnerDesk, body: Json, ticketnet: boolean): void {
  const eventId = String(body.eventId ?? '');
  if (!/^[0-9A-Za-z_-]{1,40}$/.test(eventId) || !Array.isArray(body.sessions) || body.sessions.length === 0) return sendJson(res, 400, { error: 'BAD_EVENT', message: 'eventId and sessions are required' });
  if (ticketnet && !/^\d{1,9}$/.test(eventId)) return sendJson(res, 400, { error: 'BAD_EVENT', message: 'Ticketnet event ids are integers of fewer than ten digits' });
  const existing = desk.events.get(eventId);
  if (existing && ticketnet) return sendJson(res, 409, { error: 'EVENT_EXISTS', message: `event ${eventId} already exists; it cannot be sent again` });
  const event: DeskEvent = {
    eventId, name: String(body.name ?? ''), hallId: String(body.hallId ?? ''), tariffs: body.tariffs ?? [], categories: body.categories ?? [],
    sessions: (body.sessions as Json[]).map((s) => ({ sessionId: String(s.sessionId), startsAt: String(s.startsAt), zones: existing?.sessions.find((x) => x.sessionId === String(s.sessionId))?.zones ?? [] })),
    received: (existing?.received ?? 0) + 1, payload: body,
  };
  desk.events.set(eventId, event);
  sendJson(res, existing ? 200 : 201, { eventId, received: event.received });
}

function receiveAllotment(res: ServerResponse, desk: PartnerDesk, eventId: string, sessionId: string, body: Json): void {
  const found = desk.session(decodeURIComponent(eventId), decodeURIComponent(sessionId));
  if (!found) return sendJson(res, 404, { error: 'UNKNOWN_SESSION', message: `no session ${sessionId} of event ${eventId}; export the catalog first` });
  if (!Array.isArray(body.zones)) return sendJson(res, 400, { error: 'BAD_ALLOTMENT', message: 'zones are required' });
  found.session.zones = (body.zones as Json[]).map((z): DeskZone => ({
    zoneId: String(z.zoneId), categoryId: String(z.categoryId), numbered: z.numbered !== false,
    seats: Array.isArray(z.seats) ? z.seats.map((s: Json) => ({ row: String(s.row), number: String(s.number) })) : [],
    rows: Array.isArray(z.rows) ? z.rows.map((r: Json) => ({ row: String(r.row), first: Number(r.first), last: Number(r.last) })) : undefined,
  }));
  sendJson(res, 200, { eventId, sessionId, zones: found.session.zones.length });
}

/** `POST /__admin/distribution/<ticketnet|distributor>/<sell|duplicate|refund>`, `GET .../<events|operations>`, `GET /__admin/distribution/movements` */
function admin(res: ServerResponse, method: string, rest: string, body: Json, world: DistributionWorld): void {
  const [site, action] = rest.split('/');
  if (method === 'GET' && site === 'movements') return sendJson(res, 200, world.movements);
  const desk = site === 'ticketnet' ? world.ticketnet : site === 'distributor' ? world.distributor : undefined;
  if (!desk) return sendJson(res, 404, { error: `no partner ${site}` });
  if (method === 'GET' && action === 'events') return sendJson(res, 200, [...desk.events.values()].map(({ payload: _p, ...e }) => e));
  if (method === 'GET' && action === 'operations') return sendJson(res, 200, desk.operations);
  if (method !== 'POST') return sendJson(res, 404, { error: `no admin route ${method} ${rest}` });
  if (action === 'sell') {
    const quantity = Number(body.quantity ?? 1);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) return sendJson(res, 400, { error: 'quantity must be 1 to 100' });
    const sold = desk.sell(String(body.eventId), body.sessionId ? String(body.sessionId) : undefined, quantity, body.tariffId ? String(body.tariffId) : undefined, body.price ? String(body.price) : undefined);
    return typeof sold === 'string' ? sendJson(res, 409, { error: sold }) : sendJson(res, 200, sold);
  }
  if (action === 'duplicate' || action === 'refund') {
    const op = desk.follow(action === 'duplicate' ? 'DUPLICATE' : 'REFUND', String(body.operationId));
    return typeof op === 'string' ? sendJson(res, 409, { error: op }) : sendJson(res, 200, op);
  }
  sendJson(res, 404, { error: `no admin action ${action}` });
}
