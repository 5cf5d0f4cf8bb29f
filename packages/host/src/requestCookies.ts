import { parse } from 'cookie';

/**
 * The cookies of a request's `Cookie` header, read with jshttp's `cookie` (Express's parser).
 * Values stay as sent, not URL-decoded: each reader knows its cookie's encoding, and the gateway
 * forwards SecuTix's cookies as they came. Of two cookies with one name the first wins, as
 * browsers send the one with the longer path first (RFC 6265, 5.4): a cookie tossed on `/` from
 * a sibling domain does not replace the gateway's own.
 */
export function requestCookies(header: string | undefined): ReadonlyMap<string, string> {
  if (!header) return NO_COOKIES;
  const cookies = new Map<string, string>();
  for (const [name, value] of Object.entries(parse(header, { decode: asSent }))) if (value !== undefined) cookies.set(name, value);
  return cookies;
}

const NO_COOKIES: ReadonlyMap<string, string> = new Map();
const asSent = (value: string) => value;
