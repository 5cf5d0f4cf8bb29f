import type { GatewayConfigSupergraph, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useAPQ } from '@graphql-yoga/plugin-apq';
import { LRUCache } from 'lru-cache';
import { errorCodes, type ErrorCode } from '@stx/errors';
import { documentHash, type PersistedConfig } from './persistedConfig';

/** how long an APQ registration is kept without use: clients register again after a miss */
const APQ_TTL_MS = 24 * 3600 * 1000;

/**
 * Persisted queries, in one of two modes:
 * - by default, Apollo's automatic persisted queries (APQ, Yoga's plugin): a client sends the
 *   sha256 of its document, and the document once when the gateway does not know it
 *   (PERSISTED_QUERY_NOT_FOUND); registrations are kept in a bounded LRU, the manifest's
 *   documents (PERSISTED_DOCUMENTS) are known from the start;
 * - trusted documents (PERSISTED_DOCUMENTS_ONLY=true, Hive's persisted documents): only the
 *   manifest's operations, by hash; any document text is refused (OPERATION_NOT_ALLOWED),
 *   an unknown hash too (PERSISTED_QUERY_NOT_FOUND), and nothing can be registered.
 */
export class PersistedQueries {
  private readonly registered: LRUCache<string, string> | undefined;

  constructor(private readonly config: PersistedConfig) {
    this.registered = config.apqMaxEntries > 0 ? new LRUCache({ max: config.apqMaxEntries, ttl: APQ_TTL_MS }) : undefined;
  }

  get trustedOnly(): boolean {
    return this.config.trustedOnly;
  }

  /** the document persisted under this hash, if any: the manifest's, else an APQ registration */
  textOf(hash: string): string | undefined {
    return this.config.manifest.get(documentHash(hash)) ?? this.registered?.get(hash);
  }

  /** the engine plugin of APQ, unless it is off */
  plugins(): GatewayPlugin[] {
    const registered = this.registered;
    if (!registered) return [];
    // the plugin checks a document against its hash before it is stored
    const apq = useAPQ({ store: { get: (hash) => this.textOf(hash), set: (hash, document) => void registered.set(hash, document) } }) as GatewayPlugin;
    const onParams = apq.onParams!;
    // its hook is async: a request without a persisted query must not pay a promise for it
    return [{ onParams: (payload) => (payload.params.extensions?.persistedQuery == null ? undefined : onParams(payload)) } as GatewayPlugin];
  }

  /** the engine's `persistedDocuments` option in the trusted-documents mode */
  runtimeOption(): GatewayConfigSupergraph['persistedDocuments'] {
    if (!this.config.trustedOnly) return undefined;
    const manifest = this.config.manifest;
    return {
      getPersistedOperation: (hash) => manifest.get(documentHash(hash)) ?? null,
      allowArbitraryDocuments: false,
      customErrors: {
        // the message Apollo's clients recognise; in this mode their retry with the text is refused too
        notFound: refusal('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound'),
        persistedQueryOnly: refusal('OPERATION_NOT_ALLOWED', 'Only the operations of the trusted documents are accepted: send extensions.persistedQuery.sha256Hash, without the document.'),
        keyNotFound: refusal('OPERATION_NOT_ALLOWED', 'Only the operations of the trusted documents are accepted: send extensions.persistedQuery.sha256Hash.'),
      },
    };
  }
}

function refusal(code: ErrorCode, message: string) {
  return { message, extensions: { code, retryable: errorCodes[code].retryable, http: { status: 400 } } };
}
