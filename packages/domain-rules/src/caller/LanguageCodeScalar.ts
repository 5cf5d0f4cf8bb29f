import { stringScalar } from '../scalars/stringScalar';
import { canonicalLanguageTag } from '@stx/language';

/** The `LanguageCode` scalar: every `lang` argument and language field, in every subgraph (languageTag.ts says what a tag is). */
export const LanguageCodeScalar = stringScalar({
  name: 'LanguageCode',
  description:
    'A BCP 47 language tag such as `fr` or `en-GB`, whose language is an ISO 639 code. Case and `_` do not matter on the way in (`EN_gb` is read as `en-GB`); answers give the canonical form. Anything else is refused with BAD_USER_INPUT. Texts follow the language rule: `lang` (`en-GB` means `en`), then Accept-Language, then the institution\'s main language.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc5646',
  canonical: canonicalLanguageTag,
  expected: 'a BCP 47 language tag such as "fr" or "en-GB"',
});
