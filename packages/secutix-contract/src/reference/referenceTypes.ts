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
 * Every operation the simulator serves is here: read (`operations`), or a `guess` saying why its
 * shape is ours. The stored copies of the pages hold only their beginning, so past the first
 * methods of a page (alphabetical) nothing could be read.
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

/**
 * An operation we serve without having read it: `unread` when SecuTix publishes it but no stored
 * copy of its page reaches it, `ours` when SecuTix publishes no such method. Its request and
 * result are our guesses, tagged in docs/secutix/protocol.md.
 */
export interface RefGuess {
  kind: 'unread' | 'ours';
  /** the result class the contract answers with (our guess, or the reference's name where a page gives it) */
  result: string;
  /** why: which pages were tried and where they stop, or what the guess rests on */
  why: string;
}

/** the SOAP endpoint a page gives: `/<module>/external-remoting/com.secutix.<soapPackage>.<version>.<Service>.webservice` */
export interface RefEndpoint extends RefSource {
  module: string;
  soapPackage: string;
}

export interface ServiceReference {
  service: string;
  /** the version we follow: the "latest stable" one the pages name */
  version: string;
  endpoint?: RefEndpoint;
  operations: Readonly<Record<string, RefOperation>>;
  /** the classes of this service's pages (a class name means that service's class: two services may have two different `ContactQuality`) */
  classes: Readonly<Record<string, RefClass>>;
  guesses?: Readonly<Record<string, RefGuess>>;
}

const HOST = 'https://mosa.demo-ws.secutix.com';
export const page = (module: string, service: string, version: string): string => `${HOST}/${module}/apidocs/${service}_${version}.html`;

/** SecuTix's integration guides (platform.secutix.com): their examples show requests and answers of a given version */
export const guide = (path: string): string => `https://platform.secutix.com/backend/${path}`;

/** the three fields every result class of every page carries */
export const STATUS_FIELDS = { requestId: 'Integer', statusCode: 'String', statusDetail: 'String' } as const;
