import Ajv from 'ajv';
import * as soap from 'soap';
import { jsonSchemaOf, serviceContracts, soapPath } from '@stx/secutix-contract';
import type { Simulator } from '../../src';
import { startTestSimulator } from '../helpers';
import { recordSoapAnswers, schemaViolations, type SoapAnswer } from '../soapSchema';
import { contractOperations, realisticFlow } from './flow';

/**
 * A SOAP client that is not ours: node-soap, generated from the WSDL the simulator serves, as an
 * integrator would build it. It runs the whole flow; every answer is checked against the
 * contract's schema as a SOAP client sees it (empty lists absent, empty records null), and the
 * typed WSDL must give numbers, booleans, dates and one-item lists their types. Every answer of
 * the flow is then validated by libxml2 against the served WSDL's XML schema, element order
 * included, as strict clients (Python zeep, JAX-WS, .NET) read it (../soapSchema.ts).
 */
describe('fidelity: node-soap from the served WSDLs', () => {
  let sim: Simulator;
  const ajv = new Ajv({ allErrors: true, strict: true });
  const clients = new Map<string, soap.Client>();
  let recording: { answers: SoapAnswer[]; stop(): void };
  beforeAll(async () => {
    sim = await startTestSimulator();
    recording = recordSoapAnswers(sim);
    for (const s of serviceContracts) {
      const client = await soap.createClientAsync(`${sim.url}${soapPath(s)}?wsdl`);
      client.setSecurity(new soap.WSSecurity('DEMO_B2C', 'demo-secret'));
      clients.set(s.name, client);
    }
  });
  afterAll(() => {
    recording.stop();
    return sim.close();
  });

  const raw = new Map<string, any>();
  async function call(service: string, operation: string, params: Record<string, unknown>) {
    const contract = serviceContracts.find((s) => s.name === service)!;
    const resultClass = contract.operations[operation].result;
    const [response] = await (clients.get(service) as any)[`${operation}Async`](params);
    const result = response[resultClass];
    raw.set(`${service}.${operation}`, result);
    const plain = JSON.parse(JSON.stringify(result)); // Date objects become ISO strings
    const validate = ajv.compile(jsonSchemaOf(resultClass, { xml: true }));
    if (!validate(plain)) throw new Error(`${service}.${operation} (${resultClass}) breaks the contract: ${ajv.errorsText(validate.errors)}`);
    return plain;
  }

  it('runs the realistic flow, every operation of the contract answering to its schema', async () => {
    const { called } = await realisticFlow(call, sim.url);
    expect([...called].sort()).toEqual(contractOperations());
  });

  it('received numbers as numbers, booleans as booleans, dates as dates, one-item lists as arrays', () => {
    const pos = raw.get('CatalogService.getPOSConfig').posConfigData;
    expect(typeof pos.posId).toBe('number');
    expect(pos.languageList).toEqual(['fr', 'en', 'de']);
    const product = raw.get('CatalogService.getCatalogDetailed').catalogData.seasons[0].products[0];
    expect(typeof product.id).toBe('number');
    expect(product.event.performances[0].start).toBeInstanceOf(Date);
    expect(typeof product.event.performances[0].prices[0].amount).toBe('number');
    const perf = raw.get('AvailabilityService.getPerformanceAvailability').performanceAvailabilities;
    expect(Array.isArray(perf) && perf.length).toBe(1);
    expect(typeof perf[0].availabilityIndicator).toBe('number');
    const seat = raw.get('AvailabilityService.getSeatsAvailability').seats[0];
    expect(typeof seat.available).toBe('boolean');
    const alice = raw.get('ContactInformationPublicService.getContactData');
    expect(alice.guest).toBe(false);
    expect(alice.contactNumber).toBe('1000001');
    expect(alice.addresses).toEqual([expect.objectContaining({ addressId: 80001, isMain: true })]);
    const update = raw.get('ExternalOrderFacade.createOrUpdateOrder');
    expect(update.expectedException).toBe(false);
    expect(Array.isArray(update.orderUpdateData.operationDataUpdates)).toBe(true);
    expect(typeof update.orderUpdateData.operationDataUpdates[0].unitPrice).toBe('number');
    const creation = raw.get('ContactInformationPublicService.createCulturalContact');
    const created = creation.culturalContactData;
    expect(Array.isArray(created) && created.length).toBe(1);
    // a Map of Long, String as JAX-WS writes it, typed by the WSDL
    expect(creation.identifierContactMap.entry).toEqual([{ key: 42, value: created[0].contactNumber }]);
    const tickets = raw.get('ProductionPublicService.getTicketsOfOrders').tickets;
    expect(typeof tickets[0].barcode).toBe('string');
    expect(typeof tickets[0].seat.number).toBe('string');
  });

  it('sent every answer of the flow in the order and types of the served WSDL\'s schema (xmllint --schema)', async () => {
    const operations = new Set(recording.answers.map((a) => `${a.service.name}.${a.operation}`));
    expect([...operations].sort()).toEqual(contractOperations());
    expect(await schemaViolations(sim, recording.answers)).toEqual([]);
  });

  it('the schema check refuses an answer with a field out of its xsd:sequence place (the check can fail)', async () => {
    const created = recording.answers.find((a) => a.operation === 'createOrUpdateOrder')!;
    // the WSDL's OperationData has basePrice after productCode, well before quantity
    const basePrice = /<basePrice>\d+<\/basePrice>/.exec(created.xml)![0];
    const misplaced = created.xml.replace(basePrice, '').replace(/(<quantity>\d+<\/quantity>)/, `$1${basePrice}`);
    expect(misplaced).not.toBe(created.xml);
    const problems = await schemaViolations(sim, [{ ...created, xml: misplaced }]);
    expect(problems.join('\n')).toMatch(/Element 'basePrice': This element is not expected/);
  });
});
