import { PartnerError, type PartnerEvent, type PartnerOperation, type PartnerPort, type PartnerZone } from './PartnerPort';

/**
 * The two partners speak the same plain JSON protocol (a guess, docs/secutix/protocol.md) and differ in where
 * they live, how they authenticate and whether an event may be sent twice.
 */
export function httpPartner(baseUrl: string, headers: Record<string, string>, timeoutMs: number): PartnerPort {
  // a partner's JSON answer, whose fields the port's methods read and check one by one
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> => {
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      throw new PartnerError('The partner did not answer.');
    }
    const json = await res.json().catch(() => ({}));
    if (res.status === 401) throw new PartnerError('The partner refused our credentials.', 401);
    if (res.status >= 500) throw new PartnerError(`The partner failed (HTTP ${res.status}).`, res.status);
    return { status: res.status, json };
  };
  return {
    async sendEvent(event: PartnerEvent) {
      const r = await call('POST', '/events', event);
      if (r.status === 409) return 'ALREADY_EXISTS';
      if (r.status >= 400) throw new PartnerError(`The partner refused the event: ${String(r.json.error ?? r.status).slice(0, 60)}.`, r.status);
      return r.status === 201 ? 'CREATED' : 'UPDATED';
    },
    async sendAllotment(eventId: string, sessionId: string, zones: PartnerZone[]) {
      const r = await call('PUT', `/events/${encodeURIComponent(eventId)}/sessions/${encodeURIComponent(sessionId)}/allotment`, { zones });
      if (r.status >= 400) throw new PartnerError(`The partner refused the allotment: ${String(r.json.error ?? r.status).slice(0, 60)}.`, r.status);
    },
    async operationsSince(since: Date): Promise<PartnerOperation[]> {
      const r = await call('GET', `/operations?since=${encodeURIComponent(since.toISOString())}`);
      if (r.status >= 400 || !Array.isArray(r.json.operations)) throw new PartnerError('The partner did not list its operations.', r.status);
      return r.json.operations as PartnerOperation[];
    },
  };
}
