import { Kind, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import { sharedScalars } from '@stx/domain-rules';
import { userErrorResolvers, type UserError } from '@stx/errors';
import type { Logger } from '@stx/observability';

type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * What a subgraph's schema gets from here, whatever its own resolvers say: each shared scalar it
 * declares (`LanguageCode`, `CountryCode`) its one parse and serialize rule, and each userError
 * type (`SalesUserError`, ...) its message in the caller's language and a `code` kept inside its
 * enum, so no resolver of any subgraph can forget either.
 */
export function withSharedResolvers(typeDefs: DocumentNode, resolvers: unknown, logger: Logger, subgraph: string): unknown {
  const merged: ResolverMap = { ...(resolvers as ResolverMap) };
  const enums = new Map<string, Set<string>>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(definition.name.value, new Set(definition.values?.map((v) => v.name.value)));
  }
  for (const definition of typeDefs.definitions) {
    const name = 'name' in definition ? definition.name?.value : undefined;
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION && name && sharedScalars[name]) {
      const { serialize, parseValue, parseLiteral } = sharedScalars[name];
      merged[name] = { serialize, parseValue, parseLiteral };
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && name && /UserError$/.test(name)) {
      const codes = enums.get(codeEnumOf(definition) ?? '');
      merged[name] = { ...userErrorResolvers, ...(codes ? { code: codeWithin(codes, name, logger, subgraph) } : {}), ...merged[name] };
    }
  }
  return merged;
}

function codeEnumOf(type: ObjectTypeDefinitionNode): string | undefined {
  const field = type.fields?.find((f) => f.name.value === 'code');
  let node = field?.type;
  while (node && node.kind !== Kind.NAMED_TYPE) node = node.type;
  return node?.name.value;
}

/**
 * A code its domain's enum does not hold would fail the whole payload, after SecuTix may have
 * done what was asked: it is answered as REFUSED (every domain has it) and logged, since the
 * registry's list of the domain (userErrorCodes.ts) misses it.
 */
function codeWithin(codes: ReadonlySet<string>, type: string, logger: Logger, subgraph: string) {
  return (error: UserError): string => {
    if (codes.has(error.code)) return error.code;
    logger.error('a userError code outside its domain', { subgraph, type, code: error.code });
    return 'REFUSED';
  };
}
