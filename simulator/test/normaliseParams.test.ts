import { normaliseParams, type ParamSchema } from '../src/protocol/normaliseParams';

const authenticate: ParamSchema = { contactAuthenticationData: { object: { login: 'string', rememberMe: 'boolean', pointOfSalesId: 'number' } } };
const criteria: ParamSchema = { contactCriteria: { list: { criterionCode: 'string', values: 'string[]' } } };

describe('normaliseParams', () => {
  it('reads a SOAP nested record whose leaves are all strings', () => {
    const soap = { contactAuthenticationData: { login: 'alice@example.com', rememberMe: 'true', pointOfSalesId: '1001', extra: 'ignored' } };
    expect(normaliseParams(soap, authenticate)).toEqual({ ok: true, params: { contactAuthenticationData: { login: 'alice@example.com', rememberMe: true, pointOfSalesId: 1001 } } });
  });

  it('turns a lone SOAP item into a one-item list, at every level', () => {
    const soap = { contactCriteria: { criterionCode: 'FAVORITE_GENRE', values: 'OPERA' } };
    expect(normaliseParams(soap, criteria)).toEqual({ ok: true, params: { contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['OPERA'] }] } });
  });

  it('keeps "" for text fields and treats it as absent elsewhere', () => {
    const schema: ParamSchema = { name: 'text', scope: 'string', ids: 'number[]' };
    expect(normaliseParams({ name: '', scope: '', ids: '' }, schema)).toEqual({ ok: true, params: { name: '' } });
  });

  it('names the offending field in nested records and lists', () => {
    expect(normaliseParams({ contactAuthenticationData: { rememberMe: 'yes' } }, authenticate)).toEqual({ ok: false, detail: 'contactAuthenticationData.rememberMe must be true or false' });
    expect(normaliseParams({ contactCriteria: [{ criterionCode: 'A' }, 'B'] }, criteria)).toEqual({ ok: false, detail: 'contactCriteria[1] must be an object' });
    expect(normaliseParams({ contactAuthenticationData: 'alice' }, authenticate)).toEqual({ ok: false, detail: 'contactAuthenticationData must be an object' });
  });

  it('keeps the numeric rules of the catalog and availability operations', () => {
    const schema: ParamSchema = { pointOfSalesId: 'number', productIds: 'number[]' };
    expect(normaliseParams({ pointOfSalesId: '1001', productIds: '10001' }, schema)).toEqual({ ok: true, params: { pointOfSalesId: 1001, productIds: [10001] } });
    expect(normaliseParams({ pointOfSalesId: ['1', '2'] }, schema)).toEqual({ ok: false, detail: 'pointOfSalesId must be a single integer' });
    expect(normaliseParams({ productIds: ['1', 'x'] }, schema)).toEqual({ ok: false, detail: 'productIds must hold integers' });
  });

  it('reads a Map of String, String as JSON sends it, as JAX-WS writes it (<entry> list) and as one element per key', () => {
    const schema: ParamSchema = { payments: { list: { paymentAdditionalData: 'map' } } };
    const want = { ok: true, params: { payments: [{ paymentAdditionalData: { returnUrl: 'https://shop.example/r', lang: 'fr' } }] } };
    expect(normaliseParams({ payments: [{ paymentAdditionalData: { returnUrl: 'https://shop.example/r', lang: 'fr' } }] }, schema)).toEqual(want);
    const entries = { entry: [{ key: 'returnUrl', value: 'https://shop.example/r' }, { key: 'lang', value: 'fr' }] };
    expect(normaliseParams({ payments: { paymentAdditionalData: entries } }, schema)).toEqual(want);
    expect(normaliseParams({ payments: { paymentAdditionalData: { entry: { key: 'returnUrl', value: 'https://shop.example/r' } } } }, schema)).toEqual({
      ok: true, params: { payments: [{ paymentAdditionalData: { returnUrl: 'https://shop.example/r' } }] },
    });
    expect(normaliseParams({ payments: { paymentAdditionalData: 'x' } }, schema)).toEqual({ ok: false, detail: 'payments[0].paymentAdditionalData must be an object' });
  });
});
