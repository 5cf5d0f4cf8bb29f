import Negotiator from 'negotiator';
import { boundedMemo } from './boundedMemo';
import { canonicalLanguageTag } from './languageTag';

/**
 * The language rule, one definition for every subgraph: an explicit `lang` argument first, then
 * the caller's `Accept-Language` (by preference, BCP 47 tags reduced to their language: `en-GB`
 * is `en`), then the institution's main language. Only languages the institution offers count;
 * the answer is always a lower-case ISO 639-1 code.
 */
export interface LanguageChoice {
  /** the field's `lang` argument, if any */
  lang?: string | null;
  /** the request's Accept-Language header, as the gateway forwarded it */
  acceptLanguage?: string | string[];
  /** the institution's languages (getPOSConfig's languageList) */
  offered: readonly string[];
  /** the institution's main language (getPOSConfig's mainLanguage) */
  mainLanguage: string;
}

/** `en-GB` → `en`; undefined for what is not a language tag (languageTag.ts) */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  return canonicalLanguageTag(tag)?.split('-')[0];
}

export function chooseLanguage(choice: LanguageChoice): string {
  const offered = choice.offered.map((l) => l.toLowerCase());
  const main = choice.mainLanguage.toLowerCase();
  const asked = primaryLanguage(choice.lang);
  if (asked && offered.includes(asked)) return asked;
  const header = Array.isArray(choice.acceptLanguage) ? choice.acceptLanguage.join(',') : choice.acceptLanguage;
  if (header) {
    const preferred = header.length > MEMO_HEADER_LENGTH ? negotiate(offered, header) : negotiateMemo(`${offered.join(',')}|${header}`);
    if (preferred) return preferred;
  }
  return main;
}

/** the preferred of the offered languages by an Accept-Language header, if any */
function negotiate(offered: string[], header: string): string | undefined {
  // negotiator orders by q-value and matches a region tag (en-GB) to its language (en)
  return new Negotiator({ headers: { 'accept-language': header } }).language(offered)?.toLowerCase();
}

/** browsers send headers of a few dozen characters; longer ones are negotiated each time, not kept */
const MEMO_HEADER_LENGTH = 200;
/** `negotiate` keyed `<offered, comma-separated>|<header>` */
const negotiateMemo = boundedMemo((key: string): string | undefined => {
  const at = key.indexOf('|');
  return negotiate(key.slice(0, at).split(','), key.slice(at + 1));
});

/** Whether a `lang` argument is well-formed (a BCP 47 tag); unknown languages fall back, malformed ones are input errors. */
export function isLanguageTag(lang: string): boolean {
  return canonicalLanguageTag(lang) !== undefined;
}
