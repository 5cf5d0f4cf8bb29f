import { XmlResultParser, SoapFaultError } from './xmlResultParser';
import { typedRecord } from './typedResult';

const envelope = (inner: string) =>
  `<?xml version="1.0"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><ns2:getCatalogDetailedResponse xmlns:ns2="http://v1_33.CatalogService.service.secutix.com">${inner}</ns2:getCatalogDetailedResponse></S:Body></S:Envelope>`;

function parse(xml: string, resultClass: string, chunk = xml.length): Record<string, unknown> {
  const parser = new XmlResultParser(resultClass);
  for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk));
  return parser.end();
}

const catalog = envelope(
  '<CatalogResultDetailed><statusCode>success</statusCode><requestId>7</requestId><catalogData><seasons><id>101</id><code>S&amp;1</code>' +
    '<!-- a comment --><externalName><translations><locale>fr</locale><value><![CDATA[Saison <1>]]></value></translations></externalName>' +
    '<products><id>10001</id><topicIds>201</topicIds><salesStart>2026-01-01T00:00:00.000Z</salesStart><event><id>60001</id><performances><id>900001</id><duration>7200</duration><prices><audSubCatId>401</audSubCatId><amount>45000</amount></prices></performances></event><packageLine/></products>' +
    '<products><id>10002</id><newField>kept</newField></products></seasons></catalogData></CatalogResultDetailed>',
);

describe('XmlResultParser', () => {
  it('reads the result element typed by the contract: numbers, lists (one item too), absent lists empty', () => {
    const r = parse(catalog, 'CatalogResultDetailed') as any;
    expect(r.statusCode).toBe('success');
    expect(r.requestId).toBe(7);
    const season = r.catalogData.seasons[0];
    expect(season).toMatchObject({ id: 101, code: 'S&1', externalName: { translations: [{ locale: 'fr', value: 'Saison <1>' }] }, topics: [] });
    expect(season.products[0]).toMatchObject({ id: 10001, topicIds: [201], salesStart: '2026-01-01T00:00:00.000Z', prices: [] });
    expect(season.products[0].event.performances[0]).toEqual({ id: 900001, duration: 7200, prices: [{ audSubCatId: 401, amount: 45000 }], seatCategories: [] });
    expect(season.products[1]).toMatchObject({ id: 10002, newField: 'kept' });
  });

  it('gives the same object whatever the chunking, and the same as the typed node-soap path', () => {
    const whole = parse(catalog, 'CatalogResultDetailed');
    for (const size of [1, 2, 7, 64]) expect(parse(catalog, 'CatalogResultDetailed', size)).toEqual(whole);
  });

  it('agrees with typedRecord on what node-soap would hand over', () => {
    const viaStream = parse(envelope('<SeatsAvailabilityResult><statusCode>success</statusCode><seats><physicalSeatId>9000011001</physicalSeatId><row>1</row><number>3</number><available>false</available></seats></SeatsAvailabilityResult>'), 'SeatsAvailabilityResult');
    const viaTyped = typedRecord({ statusCode: 'success', seats: { physicalSeatId: '9000011001', row: '1', number: '3', available: 'false' } }, 'SeatsAvailabilityResult');
    expect(viaStream).toEqual(viaTyped);
  });

  it('reports a SOAP fault with its faultstring, and an answer without the result element', () => {
    const fault = '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>error.authentication</faultstring></S:Fault></S:Body></S:Envelope>';
    expect(() => parse(fault, 'CatalogResultDetailed')).toThrow(SoapFaultError);
    expect(() => parse(fault, 'CatalogResultDetailed')).toThrow('error.authentication');
    expect(() => parse(envelope('<Other/>'), 'CatalogResultDetailed')).toThrow(/no CatalogResultDetailed/);
  });
});
