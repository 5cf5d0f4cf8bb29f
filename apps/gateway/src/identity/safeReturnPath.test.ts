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
