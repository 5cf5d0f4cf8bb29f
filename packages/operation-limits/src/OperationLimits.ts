/**
 * What one operation may ask for. The gateway and every subgraph enforce the same kinds of limit,
 * each with its own values (see `readOperationLimits`).
 */
export interface OperationLimits {
  /** nesting of fields; the root fields are at depth 1 */
  maxDepth: number;
  maxAliases: number;
  /** fields as the document expands them: a fragment spread twice counts twice */
  maxFields: number;
  /** estimated fields in the answer: a list multiplies the cost of what it selects by its size */
  maxCost: number;
  /** lexical tokens of the document, checked before it is parsed */
  maxTokens: number;
  listSizes: ListSizes;
  introspection: IntrospectionLimits;
  /** request bodies over this size are refused with 413 before parsing */
  maxBodyBytes?: number;
}

/** The size assumed for a list when no `first`/`last`/`limit` argument says it. */
export interface ListSizes {
  default: number;
  /** by `Type.field`, e.g. `Product.performances` */
  byField: Record<string, number>;
}

/**
 * Selections under `__schema` and `__type` have their own bound instead of the operation's, so the
 * standard introspection queries (depth about 15) work while everything else keeps its limits.
 */
export interface IntrospectionLimits {
  enabled: boolean;
  maxDepth: number;
  maxFields: number;
  /**
   * lists of `__Schema` and `__Type` (types, fields, interfaces, possibleTypes, ...) within each
   * other; the standard queries nest 2 (`types { fields }`), `types { fields { type { fields } } }` 3
   */
  maxListDepth: number;
}
