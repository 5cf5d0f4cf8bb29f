import { errorCodes } from '../errorCodes';
import { userErrorCodes, userErrorDomains, type UserErrorDomain } from './userErrorCodes';

/** `sales` → `SalesUserError`, the payload type of that domain's userErrors */
export function userErrorTypeName(domain: UserErrorDomain): string {
  return `${domain[0].toUpperCase()}${domain.slice(1)}UserError`;
}

function describe(code: string): string {
  return code in userErrorCodes ? userErrorCodes[code as keyof typeof userErrorCodes] : errorCodes[code as keyof typeof errorCodes].description;
}

/**
 * The SDL of a domain's userErrors, generated into its subgraph's schema (`npm run compose`):
 * the `UserError` interface every domain shares (identical in each subgraph, as federation
 * wants), the domain's type, whose `code` is an enum, and that enum from the registry, each value
 * described by it. A code is a different enum per domain because GraphQL has no enum subtyping:
 * clients select `userErrors { code field message }` on the payload as before.
 */
export function userErrorSdl(domain: UserErrorDomain): string {
  const type = userErrorTypeName(domain);
  return [
    '"A business outcome of a mutation, in its payload. `field` is the path of the input at fault from the mutation\'s arguments (`items.2.performanceId`), null when no one input is; `message` is for people, in the caller\'s language. Each domain\'s type adds its `code`."',
    'interface UserError {',
    '  field: String',
    '  message: String!',
    '}',
    '',
    `"A userError of the ${domain} mutations."`,
    `type ${type} implements UserError {`,
    '  "What happened: match on it (and on `field`); docs/error-codes.md lists every code."',
    `  code: ${type}Code!`,
    '  field: String',
    '  message: String!',
    '}',
    '',
    `"The codes the ${domain} mutations report as userErrors (packages/errors/src/userErrors/userErrorCodes.ts)."`,
    `enum ${type}Code {`,
    ...userErrorDomains[domain].flatMap((code) => [`  ${JSON.stringify(describe(code))}`, `  ${code}`]),
    '}',
  ].join('\n');
}
