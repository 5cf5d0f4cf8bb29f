import { GraphQLError } from 'graphql';
import { isSecutixId, parseReferenceId, parseSecutixId, requireSecutixId } from './secutixId';

describe('the SecuTix id rule', () => {
  it('takes digits a number holds exactly', () => {
    expect(parseSecutixId('10228')).toBe(10228);
    expect(parseSecutixId('0')).toBe(0);
    expect(parseSecutixId(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses what would be rounded to another id, or is no id at all', () => {
    expect(parseSecutixId('9007199254740993')).toBeUndefined(); // MAX_SAFE_INTEGER + 2 would read as + 1
    expect(parseSecutixId('12345678901234567')).toBeUndefined();
    for (const bad of ['', '007', '-1', '1.5', '1e3', ' 12', '12 ', 'abc', null, undefined]) expect(isSecutixId(bad)).toBe(false);
  });

  it("reads an entity reference's id as the gateway (a string) or a direct caller (a number) sends it, and nothing else", () => {
    expect(parseReferenceId('10001')).toBe(10001);
    expect(parseReferenceId(10001)).toBe(10001);
    for (const bad of ['abc', '010001', 1.5, -1, 1e21, undefined, null, {}, ['1']]) expect(parseReferenceId(bad)).toBeUndefined();
  });

  it('names the argument of a malformed id', () => {
    const thrown = (() => {
      try {
        requireSecutixId('x1', 'orderId');
      } catch (err) {
        return err as GraphQLError;
      }
    })();
    expect(thrown?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'orderId' });
  });
});
