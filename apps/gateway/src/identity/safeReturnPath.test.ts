import { safeReturnPath } from './samlRoutes';

describe('safeReturnPath', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnPath('/graphql')).toBe('/graphql');
    expect(safeReturnPath('/account?tab=orders')).toBe('/account?tab=orders');
  });

  it('sends anything else home: no open redirect through RelayState', () => {
    for (const bad of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, undefined, '/a b']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});

describe('safeReturnPath with trusted origins', () => {
  const trusted = (origin: string) => origin === 'http://localhost:4020';

  it('returns to a website trusted with credentials', () => {
    expect(safeReturnPath('http://localhost:4020/cart?x=1', trusted)).toBe('http://localhost:4020/cart?x=1');
    expect(safeReturnPath('/graphql', trusted)).toBe('/graphql');
  });

  it('sends any other absolute URL home', () => {
    for (const bad of ['http://localhost:4021/', 'http://localhost:4020@evil.example/', 'https://localhost:4020/', 'javascript://localhost:4020/%0aalert(1)', 'http://localhost:4020/a b']) {
      expect(safeReturnPath(bad, trusted)).toBe('/');
    }
  });
});
