import type { Translated } from './catalogTypes';

/** Every simulated text exists in the three languages of the demo institution. */
export function translated(fr: string, en: string, de: string): Translated {
  return { translations: [{ locale: 'fr', value: fr }, { locale: 'en', value: en }, { locale: 'de', value: de }] };
}

export type Trio = readonly [fr: string, en: string, de: string];
