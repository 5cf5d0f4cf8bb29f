import { soapToPlain } from './soapShape';

describe('soapToPlain', () => {
  it('turns a lone element of a known list into a one-item array and ids into numbers', () => {
    const parsed = { productAvailabilities: { productId: '12', availability: '4', availabilityIndicator: '2', lastUpdate: '2026-01-01T00:00:00Z' } };
    expect(soapToPlain(parsed)).toEqual({ productAvailabilities: [{ productId: 12, availability: 4, availabilityIndicator: 2, lastUpdate: '2026-01-01T00:00:00Z' }] });
  });

  it('keeps codes as strings even when they look numeric', () => {
    expect(soapToPlain({ code: '1701', id: '5' })).toEqual({ code: '1701', id: 5 });
  });

  it('gives an empty array for a list that XML left empty', () => {
    expect(soapToPlain({ seasons: '' })).toEqual({ seasons: [] });
  });

  it('reads lists of ids', () => {
    expect(soapToPlain({ topicIds: ['1', '2'] })).toEqual({ topicIds: [1, 2] });
  });
});
