import { spawnSync } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceContracts, soapPath, type ServiceContract } from '@stx/secutix-contract';
import type { Simulator } from '../src';
import { startTestSimulator } from './helpers';

/**
 * A strict SOAP client's check of the simulator's answers: each answer's `<op>Response` element
 * validated by libxml2 (`xmllint --schema`, Debian's libxml2-utils) against the XML schema of the
 * WSDL the simulator serves, element order included (an `xsd:sequence` is ordered: Python zeep,
 * JAX-WS and .NET refuse or drop a field out of its place). node-soap and Ajv, which the fidelity
 * suite also uses, do not look at order.
 */
const XMLLINT = process.env.XMLLINT_PATH ?? '/usr/bin/xmllint';

/** one SOAP answer (HTTP 200, a result) as the simulator sent it */
export interface SoapAnswer {
  service: ServiceContract;
  /** the operation, from the `<op>Response` element */
  operation: string;
  xml: string;
}

/**
 * Records every SOAP result the simulator sends until `stop()`, whoever the client (node-soap, our
 * SoapTransport, fetch): Node's `http.server.request.start` channel, the response's body as written.
 */
export function recordSoapAnswers(sim: Simulator): { answers: SoapAnswer[]; stop(): void } {
  const answers: SoapAnswer[] = [];
  const byPath = new Map(serviceContracts.map((s) => [soapPath(s), s]));
  const onRequest = (message: unknown): void => {
    const { request, response, server } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
    if ((server.address() as AddressInfo | null)?.port !== sim.port || request.method !== 'POST') return;
    const service = byPath.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!service) return;
    const chunks: Buffer[] = [];
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    response.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as typeof response.write;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk);
      const xml = Buffer.concat(chunks).toString('utf8');
      const operation = /<ns2:(\w+)Response\b/.exec(xml)?.[1];
      if (response.statusCode === 200 && operation) answers.push({ service, operation, xml });
      return end(chunk, ...rest);
    }) as typeof response.end;
  };
  subscribe('http.server.request.start', onRequest);
  return { answers, stop: () => void unsubscribe('http.server.request.start', onRequest) };
}

/** the XML schema inside a served WSDL, as a document of its own (the WSDL's namespace declarations copied onto it) */
export function schemaOfWsdl(wsdl: string): string {
  const schema = /<xsd:schema\b[\s\S]*<\/xsd:schema>/.exec(wsdl)?.[0];
  const tns = /<definitions\b[^>]*\sxmlns:tns="([^"]*)"/.exec(wsdl)?.[1];
  if (!schema || tns === undefined) throw new Error('no xsd:schema or tns in the WSDL');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${schema.replace('<xsd:schema', `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${tns}"`)}`;
}

/** the SOAP body's one element (`<ns2:opResponse xmlns:ns2="…">`), which the WSDL's schema declares */
export function responseElement(envelope: string): string {
  const body = /<S:Body>([\s\S]*)<\/S:Body>/.exec(envelope)?.[1];
  if (!body) throw new Error(`not a SOAP answer: ${envelope.slice(0, 200)}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/**
 * Every answer against its service's served WSDL schema; what xmllint reports, one line per
 * problem, prefixed with the operation (empty when everything validates).
 */
export async function schemaViolations(sim: Simulator, answers: readonly SoapAnswer[]): Promise<string[]> {
  if (!existsSync(XMLLINT)) throw new Error(`the schema check needs xmllint (${XMLLINT}): apt-get install -y libxml2-utils`);
  const dir = mkdtempSync(join(tmpdir(), 'stx-xsd-'));
  try {
    const problems: string[] = [];
    for (const service of new Set(answers.map((a) => a.service))) {
      const wsdl = await (await fetch(`${sim.url}${soapPath(service)}?wsdl`)).text();
      const xsd = join(dir, `${service.name}.xsd`);
      writeFileSync(xsd, schemaOfWsdl(wsdl));
      const files = answers.filter((a) => a.service === service).map((a, i) => {
        const file = join(dir, `${service.name}.${a.operation}.${i}.xml`);
        writeFileSync(file, responseElement(a.xml));
        return file;
      });
      const run = spawnSync(XMLLINT, ['--noout', '--schema', xsd, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.error) throw run.error;
      const report = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.trim() !== '' && !line.endsWith(' validates'));
      problems.push(...report.map((line) => line.split(`${dir}/`).join('')));
      if (run.status !== 0 && report.length === 0) problems.push(`${service.name}: xmllint exited with ${run.status}`);
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A simulator of a test file's own, for the `describe` this is called in: started before its tests,
 * closed after them, every SOAP answer it sends recorded for `schemaViolations`. Read its `sim`
 * and `recording` in tests and hooks, once it has started.
 */
export function recordingSimulator(): { readonly sim: Simulator; readonly recording: { answers: SoapAnswer[]; stop(): void } } {
  const started = {} as { sim: Simulator; recording: { answers: SoapAnswer[]; stop(): void } };
  beforeAll(async () => {
    started.sim = await startTestSimulator();
    started.recording = recordSoapAnswers(started.sim);
  });
  afterAll(() => {
    started.recording?.stop();
    return started.sim?.close();
  });
  return started;
}
