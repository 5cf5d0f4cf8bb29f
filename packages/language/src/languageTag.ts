import { boundedMemo } from './boundedMemo';

/**
 * What a language tag is, one definition for the `LanguageCode` scalar and the language rule: a
 * BCP 47 tag (RFC 5646) whose language is an ISO 639 code of two or three letters (`en`,
 * `en-GB`, `zh-Hant-TW`). Tags are case-insensitive and some clients write Java's `fr_CH`: the
 * canonical form is what Intl gives (`EN_gb` is `en-GB`, the deprecated `iw` is `he`).
 *
 * At most 35 characters, the longest tag of language, extended language, script, region and
 * variant that RFC 5646 (section 4.4.1) asks every implementation to hold: longer input is
 * refused before it is read, so checking a value costs time linear in at most 35 characters.
 */
const MAX_LENGTH = 35;
/** BCP 47 also allows languages of 5 to 8 letters, reserved for future registration: none is a language anybody sells in */
const ISO_639 = /^[a-z]{2,3}(?:-|$)/;

/** the canonical tag, or undefined when the value is no language tag */
export function canonicalLanguageTag(value: string | null | undefined): string | undefined {
  if (value == null || value.length > MAX_LENGTH) return undefined;
  return canonicalOf(value);
}

const canonicalOf = boundedMemo((value: string): string | undefined => {
  const tag = value.trim().replaceAll('_', '-');
  if (!tag) return undefined;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return undefined; // RangeError: not well-formed
  }
  return ISO_639.test(canonical) ? canonical : undefined;
});
