import { ResultMap } from './ResultMap';
import { toXml } from './toXml';

describe('toXml and ResultMap', () => {
  it('writes a Map field as JAX-WS does (entry, key, value), and JSON as an object keyed by the key\'s text', () => {
    const body = { identifierContactMap: new ResultMap([[7, '1000007'], [8, '1000008']]), createdFrom: new ResultMap() };
    expect(toXml('R', body)).toBe(
      '<R><identifierContactMap><entry><key>7</key><value>1000007</value></entry><entry><key>8</key><value>1000008</value></entry></identifierContactMap><createdFrom></createdFrom></R>',
    );
    expect(JSON.parse(JSON.stringify(body))).toEqual({ identifierContactMap: { 7: '1000007', 8: '1000008' }, createdFrom: {} });
  });

  it('writes a record value of a map as nested elements', () => {
    expect(toXml('R', { m: new ResultMap([['1000001', { seasonId: 1, audienceCategories: [] }]]) })).toBe('<R><m><entry><key>1000001</key><value><seasonId>1</seasonId></value></entry></m></R>');
  });
});
