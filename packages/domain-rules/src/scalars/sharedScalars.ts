import type { GraphQLScalarType } from 'graphql';
import { CountryCodeScalar } from '../caller/CountryCodeScalar';
import { LanguageCodeScalar } from '../caller/LanguageCodeScalar';

/**
 * The scalars every subgraph shares, by name: a subgraph's schema declares those it uses (the
 * declaration is generated, `npm run compose`, so it is the same everywhere, as federation
 * requires), and startSubgraph gives each declared one its parse and serialize rule from here.
 * The gateway checks arguments by the same rules before planning.
 */
export const sharedScalars: Readonly<Record<string, GraphQLScalarType>> = {
  LanguageCode: LanguageCodeScalar,
  CountryCode: CountryCodeScalar,
};

/** a scalar's SDL declaration, as each subgraph's schema carries it */
export function scalarSdl(scalar: GraphQLScalarType): string {
  return `${JSON.stringify(scalar.description)}\nscalar ${scalar.name} @specifiedBy(url: ${JSON.stringify(scalar.specifiedByURL)})`;
}
