import { contractTypes } from '@stx/secutix-contract';
import { ResultMap } from './ResultMap';
import { toXml } from './toXml';

const elementNames = (xml: string, parent: string): string[] => {
  const inner = new RegExp(`<${parent}>(.*?)</${parent}>`).exec(xml)![1];
  const names: string[] = [];
  let depth = 0;
  for (const [, closing, name, selfClosing] of inner.matchAll(/<(\/?)(\w+)(\/?)>/g)) {
    if (closing) depth--;
    else {
      if (depth === 0) names.push(name);
      if (!selfClosing) depth++;
    }
  }
  return names;
};

describe('toXml and ResultMap', () => {
  it('writes a Map field as JAX-WS does (entry, key, value), and JSON as an object keyed by the key\'s text', () => {
    const body = { statusCode: 'success', identifierContactMap: new ResultMap([[7, '1000007'], [8, '1000008']]) };
    expect(toXml('CulturalContactCreationResult', body)).toBe(
      '<CulturalContactCreationResult><statusCode>success</statusCode><identifierContactMap><entry><key>7</key><value>1000007</value></entry><entry><key>8</key><value>1000008</value></entry></identifierContactMap></CulturalContactCreationResult>',
    );
    expect(JSON.parse(JSON.stringify(body))).toEqual({ statusCode: 'success', identifierContactMap: { 7: '1000007', 8: '1000008' } });
    expect(toXml('ContactDataResult', { createdFrom: new ResultMap() })).toBe('<ContactDataResult><createdFrom></createdFrom></ContactDataResult>');
  });

  it('writes a record value of a map as nested elements, in its type\'s order', () => {
    const qualities = new ResultMap([['1000001', { audienceCategories: [], seasonId: 1 }]]);
    expect(toXml('OrderUpdateData', { generatedContactQualities: qualities })).toBe(
      '<OrderUpdateData><generatedContactQualities><entry><key>1000001</key><value><seasonId>1</seasonId></value></entry></generatedContactQualities></OrderUpdateData>',
    );
  });

  it('writes every record in the order its contract type declares (the WSDL\'s xsd:sequence), whatever the object\'s key order', () => {
    const line = {
      quantity: 2, basePrice: 89000, operationId: 7, state: 'RESERVED', totalAmount: 178000, unitPrice: 89000, productCode: 'P1', type: 'PRE_SALE',
      seats: [{ number: '4', row: 'B', block: 'A', area: 'Parterre' }], audienceSubCategoryId: 401, productId: 10001, kind: 'SINGLE_ENTRY', fileId: 5,
    };
    const xml = toXml('OrderDetailResult', { orderDetailsData: { operationDatas: [line], orderId: 5 }, statusCode: 'success' });
    const declared = (type: string, present: object) => Object.keys(contractTypes[type]).filter((f) => f in present);
    expect(elementNames(xml, 'OrderDetailResult')).toEqual(['statusCode', 'orderDetailsData']);
    expect(elementNames(xml, 'orderDetailsData')).toEqual(['orderId', 'operationDatas']);
    expect(elementNames(xml, 'operationDatas')).toEqual(declared('OperationData', line));
    expect(elementNames(xml, 'operationDatas').slice(0, 4)).toEqual(['operationId', 'type', 'productCode', 'basePrice']);
    expect(elementNames(xml, 'seats')).toEqual(['area', 'block', 'row', 'number']);
  });

  it('leaves out keys the contract type does not declare, and refuses a record where it declares a scalar', () => {
    expect(toXml('ClosedOrderData', { orderState: 'CLOSED', internal: 1, orderId: 5 })).toBe('<ClosedOrderData><orderId>5</orderId><orderState>CLOSED</orderState></ClosedOrderData>');
    expect(() => toXml('ClosedOrderData', { orderId: { id: 5 } })).toThrow('orderId: a record where the SecuTix contract has a scalar');
    expect(() => toXml('NoSuchResult', {})).toThrow('no record type NoSuchResult');
  });
});
