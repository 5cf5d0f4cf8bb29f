import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@stx/env';
import { readPersistedConfig } from './persistedConfig';

const dir = mkdtempSync(join(tmpdir(), 'stx-persisted-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DOC = '{ topics { id } }';

describe('persisted queries configuration', () => {
  it('defaults to APQ with a bounded store and no manifest', () => {
    expect(readPersistedConfig({})).toEqual({ manifest: new Map(), trustedOnly: false, apqMaxEntries: 1000 });
    expect(readPersistedConfig({ APQ_MAX_ENTRIES: '0' }).apqMaxEntries).toBe(0);
  });

  it('reads a manifest of sha256 hashes to documents, and turns APQ off when only it is trusted', () => {
    const path = file('ok.json', JSON.stringify({ [sha256(DOC)]: DOC }));
    expect(readPersistedConfig({ PERSISTED_DOCUMENTS: path, PERSISTED_DOCUMENTS_ONLY: 'true' })).toEqual({ manifest: new Map([[sha256(DOC), DOC]]), trustedOnly: true, apqMaxEntries: 0 });
  });

  it('reads the manifest graphql-codegen’s client preset writes, its keys `sha256:<hex>`', () => {
    const path = file('codegen.json', JSON.stringify({ [`sha256:${sha256(DOC)}`]: DOC }));
    expect(readPersistedConfig({ PERSISTED_DOCUMENTS: path }).manifest).toEqual(new Map([[sha256(DOC), DOC]]));
  });

  it.each([
    ['trusted documents without a manifest', { PERSISTED_DOCUMENTS_ONLY: 'true' }, /PERSISTED_DOCUMENTS_ONLY needs PERSISTED_DOCUMENTS/],
    ['a missing file', { PERSISTED_DOCUMENTS: join(dir, 'missing.json') }, /PERSISTED_DOCUMENTS must be the path of a readable JSON file/],
    ['a list', { PERSISTED_DOCUMENTS: file('list.json', '[]') }, /JSON object of sha256 hashes/],
    ['a hash of another algorithm', { PERSISTED_DOCUMENTS: file('sha1.json', JSON.stringify({ [createHash('sha1').update(DOC).digest('hex')]: DOC })) }, /lowercase hex sha256/],
    ['a hash of another document', { PERSISTED_DOCUMENTS: file('other.json', JSON.stringify({ [sha256('{ seasons { id } }')]: DOC })) }, /is not the sha256 of its document/],
    ['a document that does not parse', { PERSISTED_DOCUMENTS: file('bad.json', JSON.stringify({ [sha256('{ topics {')]: '{ topics {' })) }, /is not a GraphQL document/],
    ['a store size out of range', { APQ_MAX_ENTRIES: '-1' }, /APQ_MAX_ENTRIES must be >= 0/],
    ['a flag that is not a boolean', { PERSISTED_DOCUMENTS_ONLY: 'maybe' }, /PERSISTED_DOCUMENTS_ONLY must be true or false/],
  ])('refuses %s at start-up, naming the variable', (_case, env, message) => {
    expect(() => readPersistedConfig(env)).toThrow(ConfigError);
    expect(() => readPersistedConfig(env)).toThrow(message);
  });
});
