import { parse } from 'graphql';
import { cacheHintsOf, type CacheHints } from './cacheHints';
import { operationPolicy } from './operationPolicy';

export interface CachePoliciesOptions {
  /** the longest any answer is shared, whatever the hints say; 0 shares nothing */
  maxSeconds: number;
  /** how many query texts keep their verdict (cleared when full: clients choose the texts) */
  maxTexts: number;
  /** texts over this many tokens are not parsed here: the engine refuses them */
  maxTokens: number;
}

/** so that the remembered texts hold at most about 20 MB */
const MAX_REMEMBERED_TEXT_LENGTH = 10_000;

/**
 * How long the answer to a query text may be shared, by the gateway's response cache, CDNs and
 * browsers alike, from the subgraphs' cache hints in the supergraph. Measured once per text and
 * operation name: a request of a known text costs a map lookup, no parse and no walk.
 */
export class CachePolicies {
  private readonly byText = new Map<string, Map<string, number>>();

  constructor(
    private readonly hints: CacheHints,
    private readonly o: CachePoliciesOptions,
  ) {}

  static fromSupergraph(supergraphSdl: string, options: CachePoliciesOptions): CachePolicies {
    return new CachePolicies(cacheHintsOf(parse(supergraphSdl, { noLocation: true })), options);
  }

  /** whether anything is ever shared */
  get enabled(): boolean {
    return this.o.maxSeconds > 0;
  }

  /** seconds the answer to this operation may be shared with anyone; 0: private, never stored */
  sharedSecondsOf(query: string, operationName: string | undefined): number {
    const name = operationName ?? '';
    let byName = this.byText.get(query);
    const known = byName?.get(name);
    if (known !== undefined) return known;
    const seconds = this.measure(query, operationName);
    if (query.length > MAX_REMEMBERED_TEXT_LENGTH) return seconds;
    if (!byName) {
      if (this.byText.size >= this.o.maxTexts) this.byText.clear();
      this.byText.set(query, (byName = new Map()));
    }
    // a text is sent with one or two operation names, not hundreds: past a few, not remembered
    if (byName.size < 16) byName.set(name, seconds);
    return seconds;
  }

  private measure(query: string, operationName: string | undefined): number {
    let document;
    try {
      document = parse(query, { noLocation: true, maxTokens: this.o.maxTokens });
    } catch {
      return 0; // the engine answers the syntax error
    }
    const policy = operationPolicy(this.hints, document, operationName);
    return policy.scope === 'PUBLIC' ? Math.min(policy.maxAge, this.o.maxSeconds) : 0;
  }
}
