import { codedError } from '@stx/errors';

/**
 * The id rule, one definition for every subgraph: a SecuTix id (product, performance, order,
 * address, ticket...) is a 64-bit integer on SecuTix's side (docs/secutix/contract.md, "Money,
 * ids, texts"), and a JavaScript number on ours. We take the ids a number holds exactly: digits,
 * no leading zero, at most Number.MAX_SAFE_INTEGER. A longer id would be rounded to a different
 * one, so it is malformed, never silently another entity's.
 */
const DIGITS = /^(?:0|[1-9]\d{0,15})$/;

/** the id as a number, or undefined when it is not a SecuTix id */
export function parseSecutixId(raw: string | null | undefined): number | undefined {
  if (raw == null || !DIGITS.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export function isSecutixId(raw: string | null | undefined): raw is string {
  return parseSecutixId(raw) !== undefined;
}

/**
 * for entity references (`_entities`): the gateway sends the id as a string, a client calling a
 * subgraph directly may send a number or nothing; whatever is not a SecuTix id is undefined, so
 * the reference answers null without a SecuTix call
 */
export function parseReferenceId(raw: unknown): number | undefined {
  return typeof raw === 'string' || typeof raw === 'number' ? parseSecutixId(String(raw)) : undefined;
}

/** an entity reference keyed by a SecuTix id, its id canonical; null (no entity, no SecuTix call) for any other */
export function referenceById(ref: { id?: unknown }): { id: string } | null {
  const id = parseReferenceId(ref.id);
  return id === undefined ? null : { id: String(id) };
}

/** for query arguments: a malformed id is BAD_USER_INPUT naming the argument */
export function requireSecutixId(raw: string, argument: string): number {
  const id = parseSecutixId(raw);
  if (id === undefined) throw codedError('BAD_USER_INPUT', `${argument} is not a SecuTix id (digits, e.g. "10228")`, { argument, id: raw.slice(0, 40) });
  return id;
}

/**
 * A contact number: a string on SecuTix's side (up to 20 characters, docs/secutix/contract.md),
 * all digits in every SecuTix answer we know; kept as a string, never a number.
 */
const CONTACT_NUMBER = /^\d{1,20}$/;

export function isContactNumber(raw: string | null | undefined): raw is string {
  return raw != null && CONTACT_NUMBER.test(raw);
}
