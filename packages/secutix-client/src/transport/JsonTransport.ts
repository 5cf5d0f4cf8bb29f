import type { SecutixConfig } from '../config';
import { SecutixError, httpStatusError } from '../errors';
import { timeoutFor } from '../resilience/operationPolicy';
import { jsonUrl, type ServiceDescriptor } from '../services';
import { secutixJwt } from './jwt';
import type { Params, ResultObject, Transport } from './Transport';

/** SecuTix's REST-RPC form: POST JSON, Bearer JWT, the result object at top level. */
export class JsonTransport implements Transport {
  constructor(
    private readonly config: SecutixConfig,
    private readonly deps: { fetch?: typeof fetch; now?: () => number } = {},
  ) {}

  async call(service: ServiceDescriptor, operation: string, params: Params): Promise<ResultObject> {
    const doFetch = this.deps.fetch ?? fetch;
    const token = secutixJwt({ ...this.config, nowMs: (this.deps.now ?? Date.now)() });
    let response: Response;
    try {
      response = await doFetch(jsonUrl(this.config.baseUrl, service, operation), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
        signal: AbortSignal.timeout(timeoutFor(this.config, service.name, operation)),
      });
    } catch (err) {
      throw new SecutixError('UNAVAILABLE', service.name, operation, `no answer: ${(err as Error).name}`, { detail: String(err) });
    }
    const body = await response.text();
    if (!response.ok) throw httpStatusError(service.name, operation, response.status, body, response.headers.get('retry-after'));
    try {
      return JSON.parse(body) as ResultObject;
    } catch {
      throw new SecutixError('TECHNICAL', service.name, operation, 'answer is not JSON', { httpStatus: response.status, detail: body.slice(0, 500) });
    }
  }
}
