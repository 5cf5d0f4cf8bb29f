import * as soap from 'soap';
import type { SecutixConfig } from '../config';
import { SecutixError, httpStatusError } from '../errors';
import { timeoutFor } from '../resilience/operationPolicy';
import { soapUrl, type ServiceDescriptor } from '../services';
import { soapToPlain } from './soapShape';
import type { Params, ResultObject, Transport } from './Transport';

/**
 * SOAP 1.1 through node-soap with a WS-Security UsernameToken. One node-soap client per service,
 * built from the service's WSDL on first use and kept (frozen versions never change, P-soap); a
 * failed WSDL download is not kept, so the next call tries again.
 */
export class SoapTransport implements Transport {
  private readonly clients = new Map<string, Promise<soap.Client>>();

  constructor(private readonly config: SecutixConfig) {}

  async call(service: ServiceDescriptor, operation: string, params: Params): Promise<ResultObject> {
    const client = await this.client(service, operation);
    const method = (client as unknown as Record<string, (args: Params, options: object) => Promise<unknown[]>>)[`${operation}Async`];
    if (typeof method !== 'function') throw new SecutixError('TECHNICAL', service.name, operation, 'operation not in WSDL');
    try {
      const [response] = await method.call(client, params, { timeout: timeoutFor(this.config, service.name, operation) });
      return unwrapResult(response);
    } catch (err) {
      throw toSecutixError(err, service.name, operation);
    }
  }

  private client(service: ServiceDescriptor, operation: string): Promise<soap.Client> {
    let client = this.clients.get(service.name);
    if (!client) {
      const url = soapUrl(this.config.baseUrl, service);
      client = soap.createClientAsync(`${url}?wsdl`, { wsdl_options: { timeout: this.config.timeoutMs } }).then((c) => {
        c.setEndpoint(url);
        c.setSecurity(new soap.WSSecurity(this.config.operator, this.config.secret, { hasTimeStamp: false, hasTokenCreated: false, hasNonce: false }));
        return c;
      });
      client.catch(() => this.clients.delete(service.name));
      this.clients.set(service.name, client);
    }
    return client.catch((err) => {
      throw toSecutixError(err, service.name, operation);
    });
  }
}

/** The operation's response element holds one child named after the result class (API-NOTES §1.3). */
function unwrapResult(response: unknown): ResultObject {
  const plain = soapToPlain(response) as Record<string, unknown> | null;
  if (!plain) return {};
  const values = Object.values(plain).filter((v) => v !== null && typeof v === 'object');
  return (values.length === 1 ? values[0] : plain) as ResultObject;
}

function toSecutixError(err: unknown, service: string, operation: string): SecutixError {
  if (err instanceof SecutixError) return err;
  const e = err as { response?: { status?: number; data?: unknown; headers?: Record<string, string> }; code?: string; root?: unknown; message?: string };
  const status = e.response?.status;
  const body = typeof e.response?.data === 'string' ? e.response.data : '';
  if (status && status !== 500) return httpStatusError(service, operation, status, body, e.response?.headers?.['retry-after']);
  if (status === 500) {
    const fault = /<faultstring>([^<]*)<\/faultstring>/.exec(body)?.[1];
    const kind = fault === 'error.authentication' ? 'AUTHENTICATION' : 'TECHNICAL';
    // only SecuTix's own error codes go in the message; free text (stack traces) stays in detail
    const code = fault && /^error\.[\w.]+$/.test(fault) ? fault : undefined;
    return new SecutixError(kind, service, operation, `SOAP fault${code ? ` ${code}` : ''}`, { httpStatus: 500, statusCode: code, detail: body.slice(0, 2000) });
  }
  return new SecutixError('UNAVAILABLE', service, operation, `no answer (${e.code ?? 'network'})`, { detail: e.message });
}
