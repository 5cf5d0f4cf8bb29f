import { parse } from 'graphql';
import { tokenLimitError } from './tokenLimit';

describe('token limit', () => {
  const query = `{ product(id: "1") { id name } }`; // 12 tokens

  it('counts the tokens graphql-js counts for parse(source, { maxTokens })', () => {
    expect(tokenLimitError(query, 12)).toBeUndefined();
    expect(() => parse(query, { maxTokens: 12 })).not.toThrow();
    expect(tokenLimitError(query, 11)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', retryable: false, limit: 'tokens', value: 12, max: 11 });
    expect(() => parse(query, { maxTokens: 11 })).toThrow(/11 tokens/);
  });

  it('does not count comments, and stops one token past the limit', () => {
    expect(tokenLimitError(`# ${'x'.repeat(10_000)}\n${query}`, 12)).toBeUndefined();
    expect(tokenLimitError(`{ ${'a '.repeat(1_000_000)} }`, 100)?.extensions).toMatchObject({ value: 101 });
  });

  it('leaves lexical errors to the parser, which reports their position', () => {
    expect(tokenLimitError(`{ product(id: "unterminated) }`, 100)).toBeUndefined();
  });
});
