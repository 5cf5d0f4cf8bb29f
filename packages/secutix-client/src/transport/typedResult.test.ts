import { typedRecord } from './typedResult';

describe('typedRecord (contract types, not field names)', () => {
  it('turns strings into numbers and booleans where the contract says long, int or boolean', () => {
    const r = typedRecord({ statusCode: 'success', seats: [{ physicalSeatId: '9000011001', number: '3', row: '1', available: 'false' }] }, 'SeatsAvailabilityResult');
    expect(r).toEqual({ statusCode: 'success', seats: [{ physicalSeatId: 9000011001, number: 3, row: '1', available: false }] });
  });

  it('keeps a string a string even when it looks like a number (contactNumber, barcode, code)', () => {
    const r = typedRecord({ contactNumber: '1000001', identification: 'a@b.c' }, 'ContactAuthenticationResult');
    expect(r.contactNumber).toBe('1000001');
    const t = typedRecord({ tickets: { ticketId: '8000001', barcode: '1234567890123456', seat: { number: '12' } } }, 'TicketsResult');
    expect(t.tickets).toEqual([{ ticketId: 8000001, barcode: '1234567890123456', seat: { number: '12' } }]);
  });

  it('makes a lone element a one-item list and an absent list an empty one, at any depth', () => {
    const r = typedRecord({ catalogData: { seasons: { id: '101', products: { id: '10001', topicIds: '201' } } } }, 'CatalogResultDetailed');
    const season = (r.catalogData as any).seasons[0];
    expect(season.id).toBe(101);
    expect(season.products[0].topicIds).toEqual([201]);
    expect(season.products[0].prices).toEqual([]);
    expect(season.topics).toEqual([]);
  });

  it('keeps fields the contract does not know as they came', () => {
    expect(typedRecord({ statusCode: 'success', somethingNew: '12' }, 'WebMethodResult')).toEqual({ statusCode: 'success', somethingNew: '12' });
  });

  it('makes a Map (JAX-WS entries, or already an object) the JSON transport\'s object keyed by the key\'s text', () => {
    const soap = typedRecord({ statusCode: 'success', identifierContactMap: { entry: [{ key: 7, value: '1000007' }, { key: '8', value: '1000008' }] } }, 'CulturalContactCreationResult');
    expect(soap.identifierContactMap).toEqual({ 7: '1000007', 8: '1000008' });
    expect(typedRecord({ identifierContactMap: { entry: { key: '9', value: '1000009' } } }, 'CulturalContactCreationResult').identifierContactMap).toEqual({ 9: '1000009' });
    expect(typedRecord({ identifierContactMap: { 7: '1000007' } }, 'CulturalContactCreationResult').identifierContactMap).toEqual({ 7: '1000007' });
    expect(typedRecord({ identifierContactMap: null }, 'CulturalContactCreationResult').identifierContactMap).toEqual({});
    const update = typedRecord({ orderUpdateData: { orderId: '5', generatedContactQualities: { entry: { key: '1000001', value: { seasonId: '101' } } } } }, 'OrderUpdateResult');
    expect((update.orderUpdateData as any).generatedContactQualities).toEqual({ 1000001: { seasonId: 101, audienceCategories: [] } });
  });
});
