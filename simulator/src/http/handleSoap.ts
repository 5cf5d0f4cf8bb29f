import { generateWsdl } from '@stx/secutix-contract';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkWsSecurity } from '../protocol/checkWsSecurity';
import { parseSoapRequest } from '../protocol/parseSoapRequest';
import { ENVELOPE_NS, envelopeNamespace, soapFault } from '../protocol/soapEnvelope';
import type { ServiceDef } from '../services/OperationDef';
import { readBody, send, sendRateLimited } from './httpIo';
import { runOperation } from './runOperation';
import { resultSoap } from './serialiseResult';
import type { SimulatorRuntime } from './SimulatorRuntime';

const XML = 'text/xml; charset=utf-8';

/** SOAP 1.1 on `…<Service>.webservice`: GET `?wsdl` for the contract, POST for calls. */
export async function handleSoap(req: IncomingMessage, res: ServerResponse, url: URL, service: ServiceDef, runtime: SimulatorRuntime): Promise<void> {
  if (req.method === 'GET' && [...url.searchParams.keys()].some((k) => k.toLowerCase() === 'wsdl')) {
    // The address follows the Host the client used, so the WSDL works behind any port or name.
    const location = `http://${req.headers.host ?? `${runtime.options.host}:${runtime.options.port}`}${url.pathname}`;
    send(res, 200, XML, generateWsdl(service.contract, location));
    return;
  }
  if (req.method !== 'POST') {
    send(res, 405, 'text/plain; charset=utf-8', 'POST a SOAP envelope, or GET ?wsdl', { allow: 'GET, POST' });
    return;
  }
  // SecuTix's services are JAX-WS SOAP 1.1 endpoints, which answer a SOAP 1.2 request so
  if ((req.headers['content-type'] ?? '').toLowerCase().startsWith('application/soap+xml')) {
    send(res, 415, 'text/plain; charset=utf-8', 'Unsupported Content-Type: application/soap+xml Supported ones are: [text/xml]');
    return;
  }
  const body = await readBody(req);
  const namespace = envelopeNamespace(body);
  if (namespace !== undefined && namespace !== ENVELOPE_NS) {
    send(res, 500, XML, soapFault('VersionMismatch', `Couldn't create SOAP message. Expecting Envelope in namespace ${ENVELOPE_NS}, but got ${namespace}`));
    return;
  }
  const request = parseSoapRequest(body);
  if (!request) {
    send(res, 500, XML, soapFault('Client', 'error.malformedRequest'));
    return;
  }
  const { operator, secret } = runtime.options;
  const outcome = await runOperation(runtime, service, request.operation, request.params, () =>
    checkWsSecurity(request, { operator, secret }) ? undefined : 'error.authentication',
  );
  switch (outcome.kind) {
    case 'result':
      send(res, 200, XML, resultSoap(service.namespace, request.operation, service.contract.operations[request.operation].result, outcome.body));
      return;
    case 'unknownMethod':
      send(res, 500, XML, soapFault('Client', 'error.unknownMethod'));
      return;
    case 'unauthenticated':
      send(res, 500, XML, soapFault('Client', 'error.authentication'));
      return;
    case 'rateLimited':
      sendRateLimited(res, outcome.status, outcome.retryAfterS);
      return;
    case 'technical':
      send(res, 500, XML, soapFault('Server', 'error.technical'));
      return;
    case 'outage':
      send(res, 503, undefined);
  }
}
