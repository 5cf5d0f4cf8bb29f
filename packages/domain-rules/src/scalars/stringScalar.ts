import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { codedError } from '@stx/errors';

/** A string scalar of ours: the rule that says what a value is, and how the refusal explains it. */
export interface StringScalarRule {
  name: string;
  /** the schema's description of the scalar, the same in every subgraph (federation wants identical scalars) */
  description: string;
  specifiedByURL: string;
  /** the canonical form of a value, or undefined when it is none */
  canonical(value: string): string | undefined;
  /** what a value is, for the refusal: `a BCP 47 language tag such as "fr" or "en-GB"` */
  expected: string;
}

/** how a refused value is shown: at most 40 characters of it, never a whole large input */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  const kind = typeof value;
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

const LITERAL_KIND: Partial<Record<Kind, string>> = { [Kind.INT]: 'an Int', [Kind.FLOAT]: 'a Float', [Kind.BOOLEAN]: 'a Boolean', [Kind.ENUM]: 'an enum value', [Kind.LIST]: 'a list', [Kind.OBJECT]: 'an object', [Kind.NULL]: 'null' };

/**
 * A scalar whose input (argument literals and variables) is refused with BAD_USER_INPUT when the
 * rule says it is none, and read in its canonical form; what the service answers is canonical
 * too, and a value that is not (a bug, or data nobody checked) fails that field as an internal error.
 */
export function stringScalar(rule: StringScalarRule): GraphQLScalarType<string, string> {
  const refuse = (got: string, node?: ValueNode) => {
    const coded = codedError('BAD_USER_INPUT', `Expected a ${rule.name}, ${rule.expected}; got ${got}.`, { scalar: rule.name });
    // a literal's refusal points at it in the document, as graphql-js's own refusals do
    return node ? new GraphQLError(coded.message, { nodes: node, extensions: coded.extensions }) : coded;
  };
  const parse = (value: unknown): string => {
    const canonical = typeof value === 'string' ? rule.canonical(value) : undefined;
    if (canonical === undefined) throw refuse(shown(value));
    return canonical;
  };
  return new GraphQLScalarType<string, string>({
    name: rule.name,
    description: rule.description,
    specifiedByURL: rule.specifiedByURL,
    parseValue: parse,
    parseLiteral(node: ValueNode) {
      if (node.kind !== Kind.STRING) throw refuse(LITERAL_KIND[node.kind] ?? 'a variable', node);
      const canonical = rule.canonical(node.value);
      if (canonical === undefined) throw refuse(shown(node.value), node);
      return canonical;
    },
    serialize(value: unknown) {
      const canonical = typeof value === 'string' ? rule.canonical(value) : undefined;
      if (canonical === undefined) throw new Error(`${rule.name} cannot answer ${shown(value)}`);
      return canonical;
    },
  });
}
