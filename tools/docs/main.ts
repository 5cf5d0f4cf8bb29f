import { join } from 'node:path';
import { errorCodes, sharedUserErrorCodes, userErrorCodes, userErrorDomains, userErrorTypeName, type UserErrorDomain } from '@stx/errors';
import { writeOrCheck } from '../generated/writeOrCheck';

/**
 * Renders the error-code registry into docs/error-codes.md, so the codes frontends handle are
 * documented from the one place that defines them. `--check` fails when the file is stale.
 */
const target = join(__dirname, '..', '..', 'docs', 'error-codes.md');
const domains = Object.keys(userErrorDomains) as UserErrorDomain[];
/** the schema enums a userError code is a value of (`SalesUserErrorCode`, ...) */
const enumsOf = (code: string) => domains.filter((d) => (userErrorDomains[d] as readonly string[]).includes(code)).map((d) => `\`${userErrorTypeName(d)}Code\``).join(', ');
const rows = Object.entries(errorCodes).map(([code, { retryable, description }]) => `| \`${code}\` | ${retryable ? 'yes' : 'no'} | ${description} |`);
const text = [
  '# Error codes',
  '',
  'Every error a client sees carries one of these in `extensions.code`, with `retryable`, and, when',
  'SecuTix was involved, `service` and `operation`. Generated from',
  '`packages/errors/src/errorCodes.ts` by `npm run docs`; do not edit.',
  '',
  'Messages (`errors[].message`, `userErrors.message`) are in English, French or German by the',
  "request's `Accept-Language` (English otherwise), from the catalogue in",
  '`packages/errors/src/messages/`; match on the code, show the message. Where our own code said',
  'more than the catalogue, `extensions.detail` keeps it in English.',
  '',
  '| code | retryable | meaning |',
  '|---|---|---|',
  ...rows,
  '',
  '## userErrors',
  '',
  'A mutation reports a business outcome in its payload, `userErrors { code field message }`, not as',
  'an error: `field` is the path of the input at fault from the mutation\'s arguments',
  '(`items.2.performanceId`), null when no one input is. Generated from',
  '`packages/errors/src/userErrors/userErrorCodes.ts`. `NOT_FOUND`, `UNAUTHENTICATED`,',
  '`TOKEN_EXPIRED` and `INVALID_TOKEN` (above) also come as userErrors, with the same meaning.',
  '',
  `Each domain's payloads carry its own type, ${domains.map((d) => `\`${userErrorTypeName(d)}\``).join(', ')}, all`,
  'implementing the `UserError` interface (`field`, `message`), whose `code` is an enum of the',
  'schema holding that domain\'s codes, generated from the same registry (`npm run compose`).',
  '',
  '| code | meaning | enums |',
  '|---|---|---|',
  ...Object.entries(userErrorCodes).map(([code, description]) => `| \`${code}\` | ${description} | ${enumsOf(code)} |`),
  ...sharedUserErrorCodes.map((code) => `| \`${code}\` | as above | ${enumsOf(code)} |`),
  '',
].join('\n');

writeOrCheck({ target, command: 'npm run docs', current: 'error-code docs are current', generate: () => text });
