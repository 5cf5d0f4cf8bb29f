import { SecutixError, httpStatusError } from '../errors';
import { timeoutFor } from '../resilience/operationPolicy';
import { jsonUrl, type ServiceDescriptor } from '../services';
import { tokenSource, type JsonTransportConfig, type TokenSource } from './jsonAuth';
import type { Params, ResultObject, Transport } from './Transport';

/**
 * SecuTix's REST-RPC form: POST JSON, Bearer token, the result object at top level. A call
 * refused with 401 under a server-issued token is sent once more with a fresh token: the refusal
 * happened before SecuTix did anything, so even a write is safe to resend.
 */
export class JsonTransport implements Transport {
  private readonly tokens: TokenSource;

  constructor(
    private readonly config: JsonTransportConfig,
    private readonly deps: { fetch?: typeof fetch; now?: () => number } = {},
  ) {
    this.tokens = tokenSource(config, deps);
  }

  async call(service: ServiceDescriptor, operation: string, params: Params): Promise<ResultObject> {
    const token = await this.tokens.token();
    const first = await this.send(service, operation, params, token);
    if (first.status !== 401 || this.config.jsonAuth !== 'token-endpoint') return this.read(service, operation, first);
    this.tokens.refused(token);
    await first.body?.cancel();
    return this.read(service, operation, await this.send(service, operation, params, await this.tokens.token()));
  }

  private async send(service: ServiceDescriptor, operation: string, params: Params, token: string): Promise<Response> {
    const doFetch = this.deps.fetch ?? fetch;
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
    return response;
  }

  private async read(service: ServiceDescriptor, operation: string, response: Response): Promise<ResultObject> {
    const body = await response.text();
    if (!response.ok) throw httpStatusError(service.name, operation, response.status, body, response.headers.get('retry-after'));
    try {
      return JSON.parse(body) as ResultObject;
    } catch {
      throw new SecutixError('TECHNICAL', service.name, operation, 'answer is not JSON', { httpStatus: response.status, detail: body.slice(0, 500) });
    }
  }
}
