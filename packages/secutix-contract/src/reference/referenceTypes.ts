/**
 * SecuTix's published reference, written down by hand from its generated API pages
 * (`https://<host>/<module>/apidocs/<Service>_<version>.html`), in the pages' own notation:
 * `Long`, `long`, `Integer`, `int`, `String`, `boolean`, `Date`, `enum` (the pages list the
 * values as `(A|B|…)`), a class name, `List of X`, `Set of X`, `Map of String, X`.
 *
 * Deliberately NOT derived from the contract table (src/types): the conformance test
 * (src/conformance.test.ts) compares the two, so a field the contract lacks or types
 * differently fails it. Only what the pages show is here; a class marked `partial` is one whose
 * table the stored copy of the page cuts off, and a class that is absent is one whose fields the
 * pages we could read do not list (docs/secutix/contract.md, "What the reference covers").
 */
export type RefType = string;

/** where a group of fields was read: the page and the service version it documents */
export interface RefSource {
  page: string;
  version: string;
}

export interface RefFields extends RefSource {
  fields: Readonly<Record<string, RefType>>;
}

export interface RefOperation {
  /** the parameters, possibly read from several pages when one copy is cut off */
  request: readonly RefFields[];
  /** the result class's name as the page gives it (the SOAP result element) */
  result: string;
}

export interface RefClass extends RefSource {
  fields: Readonly<Record<string, RefType>>;
  /** the page's table is cut off here: more fields exist that we could not read */
  partial?: boolean;
  /** fields read from another version's page of the same class (the latest's copy is cut off) */
  more?: readonly RefFields[];
}

export interface ServiceReference {
  service: string;
  /** the version we follow: the "latest stable" one the pages name */
  version: string;
  operations: Readonly<Record<string, RefOperation>>;
  classes: Readonly<Record<string, RefClass>>;
}

const HOST = 'https://mosa.demo-ws.secutix.com';
export const page = (module: string, service: string, version: string): string => `${HOST}/${module}/apidocs/${service}_${version}.html`;

/** the three fields every result class of every page carries */
export const STATUS_FIELDS = { requestId: 'Integer', statusCode: 'String', statusDetail: 'String' } as const;
