import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { limitExceeded } from './limitErrors';

/**
 * One pass of graphql-js's own lexer, stopping one token past the limit, so a huge document costs
 * no parse (no AST) before it is refused. Engine-agnostic: an HTTP layer can run it on the raw
 * query string. graphql-js's `parse(source, { maxTokens })` counts the same tokens.
 */
export function tokenLimitError(source: string, maxTokens: number): GraphQLError | undefined {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > maxTokens) return limitExceeded('tokens', count, maxTokens);
    }
  } catch {
    // a lexical error is the parser's to report, with its position
  }
  return undefined;
}
