import * as soap from 'soap';
import type { ServiceContract } from '@stx/secutix-contract';
import type { SecutixConfig } from '../config';
import { SecutixError, httpStatusError } from '../errors';
import { timeoutFor } from '../resilience/operationPolicy';
import { soapUrl, type ServiceDescriptor } from '../services';
import { contractOf, resultClassOf } from './resultClass';
import { soapParams } from './soapParams';
import { soapRequestEnvelope } from './soapRequest';
import { SoapFaultError, XmlResultParser } from './xmlResultParser';
import { typedRecord } from './typedResult';
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
    const contract = contractOf(service);
    if (contract?.operations[operation]?.large) return this.streamed(contract, service, operation, params);
    const client = await this.client(service, operation);
    const method = (client as unknown as Record<string, (args: Params, options: object) => Promise<unknown[]>>)[`${operation}Async`];
    if (typeof method !== 'function') throw new SecutixError('TECHNICAL', service.name, operation, 'operation not in WSDL');
    try {
      const args = soapParams(contract?.operations[operation]?.request ?? {}, params);
      const [response] = await method.call(client, args, { timeout: timeoutFor(this.config, service.name, operation) });
      return unwrapResult(response, resultClassOf(service, operation));
    } catch (err) {
      throw toSecutixError(err, service.name, operation);
    }
  }

  /**
   * The big answers (getCatalogDetailed) without node-soap: our envelope, and the answer parsed
   * as it arrives, typed by the contract (docs/secutix/contract.md, "Big answers").
   */
  private async streamed(contract: ServiceContract, service: ServiceDescriptor, operation: string, params: Params): Promise<ResultObject> {
    const resultClass = contract.operations[operation].result;
    try {
      const response = await fetch(soapUrl(this.config.baseUrl, service), {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' },
        body: soapRequestEnvelope(contract, operation, params, this.config),
        signal: AbortSignal.timeout(timeoutFor(this.config, service.name, operation)),
      });
      if (!response.ok || !response.body) {
        const body = await response.text();
        const retryAfter = response.headers.get('retry-after');
        throw toSecutixError({ response: { status: response.status, data: body, headers: retryAfter ? { 'retry-after': retryAfter } : {} } }, service.name, operation);
      }
      const parser = new XmlResultParser(resultClass);
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) parser.write(decoder.decode(read.value, { stream: true }));
      parser.write(decoder.decode());
      return parser.end() as ResultObject;
    } catch (err) {
      if (err instanceof SoapFaultError) throw toSecutixError({ response: { status: 500, data: `<faultstring>${err.message}</faultstring>` } }, service.name, operation);
      if (err instanceof SecutixError) throw err;
      const e = err as Error;
      throw new SecutixError(e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'TypeError' ? 'UNAVAILABLE' : 'TECHNICAL', service.name, operation, `no usable answer (${e.name})`, { detail: e.message });
    }
  }

  private client(service: ServiceDescriptor, operation: string): Promise<soap.Client> {
    let client = this.clients.get(service.name);
    if (!client) {
      const url = soapUrl(this.config.baseUrl, service);
      client = soap.createClientAsync(`${url}?wsdl`, { wsdl_options: { timeout: this.config.timeoutMs }, customDeserializer: KEEP_DATES }).then((c) => {
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

/** Dates stay ISO-8601 strings, as the JSON transport gives them (node-soap would make Date objects). */
const KEEP_DATES = { dateTime: (text: string) => text, date: (text: string) => text };

/** The operation's response element holds one child named after the result class (docs/secutix/contract.md). */
function unwrapResult(response: unknown, resultClass: string | undefined): ResultObject {
  const body = response !== null && typeof response === 'object' ? (response as Record<string, unknown>) : {};
  if (resultClass) return typedRecord(body[resultClass], resultClass) as ResultObject;
  const values = Object.values(body).filter((v) => v !== null && typeof v === 'object');
  return (values.length === 1 ? values[0] : body) as ResultObject;
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
