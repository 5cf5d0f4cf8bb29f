import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { DocumentNode, GraphQLSchema, Source, Token } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface DocumentCacheOptions {
  /** what the parsed documents and their validation results may hold in memory, estimated */
  maxBytes: number;
}

/**
 * Heap a parsed document holds per token of its text (AST node, lexer Token, Location), measured
 * on graphql-js 16 with the README's pages and hostile documents at the token limit: 280-490
 * bytes a token, its validation errors included. The text itself (the cache key) comes on top.
 */
export const BYTES_PER_TOKEN = 500;
/** a cached syntax error holds its message, the text and a formatted stack */
const ERROR_OVERHEAD_BYTES = 4096;

type Parsed = { document: DocumentNode; bytes: number } | { error: Error; bytes: number };

/**
 * Parsing and validation are done once per distinct document, as in the engine's default cache,
 * but in a cache bounded by memory rather than by count. The default (Yoga's, which Hive's
 * runtime always installs and does not let us configure, whatever its docs say) keeps 1,024
 * documents for an hour whatever their size: a document at the token limit holds about 1.4 MB
 * (validation errors included), so distinct hostile documents could pin over a gigabyte, and the
 * reliability suite's fuzz grew the gateway's heap from 78 to 492 MB in 5,000 requests. Keyed by
 * the query text a client sends, so every entry counts its text and its tokens against one budget.
 */
export function useDocumentCache(options: DocumentCacheOptions): GatewayPlugin {
  const parsed = new LRUCache<string, Parsed>({ maxSize: options.maxBytes, sizeCalculation: (entry) => entry.bytes });
  // validation results live as long as their document: keyed by the document object, never by text
  const validated = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly Error[]>>();
  return {
    onPluginInit({ plugins }) {
      const engineDefault = plugins.findIndex(isDefaultDocumentCache);
      // loud on an engine upgrade that changes it: two caches would pin both their memories
      if (engineDefault === -1 || plugins.findIndex((p, i) => i > engineDefault && isDefaultDocumentCache(p)) !== -1) {
        throw new Error("the engine's default parse and validation cache was not found exactly once: check useDocumentCache against this graphql-yoga version");
      }
      plugins[engineDefault] = {};
    },
    onParse({ params, setParsedDocument }) {
      const text = textOf(params.source);
      const hit = parsed.get(text);
      if (hit && 'document' in hit) return setParsedDocument(hit.document);
      if (hit) throw hit.error;
      return ({ result }) => {
        if (result instanceof Error) {
          // formatting the stack now frees what V8 keeps to format it later: the parser and every token read
          void result.stack;
          keep(parsed, text, { error: result, bytes: 2 * text.length + ERROR_OVERHEAD_BYTES });
        } else if (result) {
          keep(parsed, text, { document: result, bytes: 2 * text.length + BYTES_PER_TOKEN * tokenCount(result) });
        }
      };
    },
    onValidate({ params: { schema, documentAST }, setResult }) {
      let bySchema = validated.get(schema);
      if (!bySchema) validated.set(schema, (bySchema = new WeakMap()));
      const cached = bySchema.get(documentAST);
      if (cached) return setResult(cached);
      return ({ result }) => {
        for (const error of result) void error.stack;
        bySchema.set(documentAST, result);
      };
    },
  };
}

/** an entry over the whole budget is not kept (LRUCache would refuse it anyway, and say so on stderr) */
function keep(cache: LRUCache<string, Parsed>, text: string, entry: Parsed): void {
  if (entry.bytes <= cache.maxSize) cache.set(text, entry);
}

function textOf(source: string | Source): string {
  return typeof source === 'string' ? source : source.body;
}

/** the lexer's tokens, linked from the document's location (graphql-js keeps them unless `noLocation`) */
export function tokenCount(document: DocumentNode): number {
  let count = 0;
  for (let token: Token | null | undefined = document.loc?.startToken; token; token = token.next) count++;
  return count;
}

/**
 * Yoga's `useParserAndValidationCache`, added by `createYoga` unless `parserAndValidationCache:
 * false`, which Hive's runtime never passes: the one plugin of the engine that has exactly these
 * two hooks and reads a `documentCache`.
 */
function isDefaultDocumentCache(plugin: unknown): boolean {
  if (!plugin || typeof plugin !== 'object') return false;
  const hooks = Object.keys(plugin).sort().join(',');
  const onParse = (plugin as { onParse?: unknown }).onParse;
  return hooks === 'onParse,onValidate' && typeof onParse === 'function' && onParse.toString().includes('documentCache');
}
