import { createHmac } from 'node:crypto';
import Ajv from 'ajv';
import { jsonPath, jsonSchemaOf, serviceContracts } from '@stx/secutix-contract';
import type { Simulator } from '../../src';
import { startTestSimulator } from '../helpers';
import { contractOperations, realisticFlow } from './flow';

/**
 * A JSON (REST-RPC) client that is not ours: plain fetch and a self-signed JWT, every answer
 * validated by ajv against strict schemas of the contract (every field required unless optional,
 * no unknown field, integers for ids and amounts). A field missing, renamed or mistyped fails here.
 */
describe('fidelity: a JSON client validating with strict schemas', () => {
  let sim: Simulator;
  const ajv = new Ajv({ allErrors: true, strict: true });
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  function jwt(): string {
    const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const iat = Math.floor(Date.now() / 1000);
    const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'DEMO', aud: 'DEMO_B2C', iss: 'Integrator', iat, exp: iat + 30 })}`;
    return `${head}.${createHmac('sha256', 'demo-secret').update(head).digest('base64url')}`;
  }

  async function call(service: string, operation: string, params: Record<string, unknown>) {
    const contract = serviceContracts.find((s) => s.name === service)!;
    const res = await fetch(`${sim.url}${jsonPath(contract, operation)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt()}` },
      body: JSON.stringify(params),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const resultClass = contract.operations[operation].result;
    const validate = ajv.compile(jsonSchemaOf(resultClass));
    if (!validate(body)) throw new Error(`${service}.${operation} (${resultClass}) breaks the contract: ${ajv.errorsText(validate.errors)}`);
    return body;
  }

  it('runs the realistic flow, every operation of the contract answering to its strict schema', async () => {
    const { called, results } = await realisticFlow(call, sim.url);
    expect([...called].sort()).toEqual(contractOperations());
    const created = results.get('ContactInformationPublicService.createCulturalContact');
    expect(created.identifierContactMap).toEqual({ 42: created.culturalContactData[0].contactNumber });
    expect(results.get('ExternalOrderService.getOrderDetails').orderDetailsData.catalogCurrency).toEqual({ availableCash: [], currencyCode: 'EUR', fractionDigit: 2, minAmount: 10, symbol: '€' });
  });

  it('a schema of the contract refuses an answer with a field missing or mistyped (the check can fail)', () => {
    const validate = ajv.compile(jsonSchemaOf('ProductAvailabilityResult'));
    const good = { statusCode: 'success', productAvailabilities: [{ productId: 1, availability: 3, availabilityIndicator: 1, lastUpdate: '2026-01-01T00:00:00.000Z' }] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, productAvailabilities: [{ ...good.productAvailabilities[0], productId: '1' }] })).toBe(false);
    expect(validate({ statusCode: 'success' })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
  });
});
