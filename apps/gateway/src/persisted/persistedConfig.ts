import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ConfigError, readBool, readInt, readOptional, type Env } from '@stx/env';

/** Persisted queries: Apollo's automatic ones (APQ) and a manifest of trusted documents. */
export interface PersistedConfig {
  /** sha256 (hex) of a document -> the document: the operations the clients were built with */
  manifest: ReadonlyMap<string, string>;
  /** PERSISTED_DOCUMENTS_ONLY: only the manifest's operations are run; APQ is off */
  trustedOnly: boolean;
  /** APQ_MAX_ENTRIES: how many APQ registrations are kept (least recently used go first); 0 turns APQ off */
  apqMaxEntries: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * A document's hash as the manifest and the stores key it, from an id as clients and tools write
 * it: graphql-codegen's client preset (6.x) writes `sha256:<hex>` (the GraphQL-over-HTTP draft's
 * document id), Apollo's clients the bare hex.
 */
export function documentHash(id: string): string {
  return id.startsWith(SHA256_PREFIX) ? id.slice(SHA256_PREFIX.length) : id;
}
const SHA256_PREFIX = 'sha256:';

/**
 * PERSISTED_DOCUMENTS names a JSON file `{ "<sha256 of the document>": "<document>" }` (what
 * graphql-codegen's client preset writes with `persistedDocuments: { hashAlgorithm: 'sha256' }`,
 * its keys `sha256:<hex>` or bare hex),
 * checked whole at start: a manifest built with another hash, or holding a document that does not
 * parse, would only fail later, for a client.
 */
export function readPersistedConfig(env: Env): PersistedConfig {
  const path = readOptional(env, 'PERSISTED_DOCUMENTS');
  const trustedOnly = readBool(env, 'PERSISTED_DOCUMENTS_ONLY', false);
  if (trustedOnly && !path) throw new ConfigError('PERSISTED_DOCUMENTS_ONLY', 'needs PERSISTED_DOCUMENTS, the manifest of the operations to accept');
  return {
    manifest: path ? readManifest(path) : new Map(),
    trustedOnly,
    apqMaxEntries: trustedOnly ? 0 : readInt(env, 'APQ_MAX_ENTRIES', 1000, { min: 0, max: 100_000 }),
  };
}

function readManifest(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError('PERSISTED_DOCUMENTS', `must be the path of a readable JSON file, got "${path}" (${(err as Error).message.split('\n')[0]})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('PERSISTED_DOCUMENTS', `must hold a JSON object of sha256 hashes to documents: "${path}"`);
  const manifest = new Map<string, string>();
  for (const [id, document] of Object.entries(raw)) {
    const hash = documentHash(id);
    if (!SHA256_HEX.test(hash) || typeof document !== 'string') throw new ConfigError('PERSISTED_DOCUMENTS', `entry "${hash}" must map a lowercase hex sha256 to a document string`);
    if (createHash('sha256').update(document).digest('hex') !== hash) throw new ConfigError('PERSISTED_DOCUMENTS', `entry "${hash}" is not the sha256 of its document`);
    try {
      parse(document, { noLocation: true });
    } catch (err) {
      throw new ConfigError('PERSISTED_DOCUMENTS', `entry "${hash}" is not a GraphQL document: ${(err as Error).message}`);
    }
    manifest.set(hash, document);
  }
  return manifest;
}
