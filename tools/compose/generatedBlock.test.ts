import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { errorCodes, messages, userErrorCodes, userErrorDomains, userErrorTypeName, type UserErrorDomain } from '@stx/errors';
import { subgraphs } from '@stx/subgraphs';
import { BEGIN, withGeneratedBlock } from './generatedBlock';

const domains = Object.keys(userErrorDomains) as UserErrorDomain[];

/**
 * string literals of a subgraph's own code that make a userError: a registered userError code
 * (`'SOLD_OUT'`) or a message key of a case of one (`'INVALID_INPUT.id'`, `'NOT_FOUND.order'`);
 * a bare thrown code (`codedError('NOT_FOUND', ...)`) is no userError
 */
function userErrorKeysIn(dir: string): Set<string> {
  const keys = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts') || entry.parentPath.includes('__generated__')) continue;
    for (const [, key] of readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(/'([A-Z][A-Z0-9_]+(?:\.[a-zA-Z]+)?)'/g)) if (key.split('.')[0] in userErrorCodes || (key.includes('.') && key in messages)) keys.add(key);
  }
  return keys;
}

/** The shared part of each subgraph's schema is the shared package's, so the API and the registry cannot drift apart. */
describe("the subgraph schemas' generated block", () => {
  it('is what the shared scalars and the registry of userError codes give now (`npm run compose` writes it)', () => {
    for (const s of subgraphs) {
      const schema = readFileSync(s.schemaPath, 'utf8');
      expect([s.name, schema]).toEqual([s.name, withGeneratedBlock(s.name, schema)]);
    }
  });

  it("gives each domain's userError code enum exactly the registry's codes, in its subgraph's schema", () => {
    for (const domain of domains) {
      const s = subgraphs.find((g) => g.name === domain);
      expect(s).toBeDefined(); // a domain is a subgraph
      const sdl = readFileSync(s!.schemaPath, 'utf8');
      expect(sdl).toContain(BEGIN);
      const codeEnum = buildSchema(sdl.slice(sdl.indexOf(BEGIN))).getType(`${userErrorTypeName(domain)}Code`);
      expect(isEnumType(codeEnum) && codeEnum.getValues().map((v) => v.name)).toEqual([...userErrorDomains[domain]]);
    }
  });

  it('puts every registered userError code in a domain, and REFUSED in all of them', () => {
    const inDomains = new Set(domains.flatMap((d) => userErrorDomains[d] as readonly string[]));
    expect(Object.keys(userErrorCodes).filter((code) => !inDomains.has(code))).toEqual([]);
    for (const domain of domains) expect((userErrorDomains[domain] as readonly string[]).includes('REFUSED')).toBe(true);
    for (const code of inDomains) expect(code in userErrorCodes || code in errorCodes).toBe(true);
  });

  it("holds, in each domain, every userError its subgraph's own code makes", () => {
    for (const domain of domains) {
      const made = [...userErrorKeysIn(join(__dirname, '..', '..', 'apps', domain, 'src'))].map((key) => key.split('.')[0]);
      expect(made.length).toBeGreaterThan(3); // the scan still finds what it is meant to
      expect([domain, made.filter((code) => !(userErrorDomains[domain] as readonly string[]).includes(code))]).toEqual([domain, []]);
    }
  });
});
