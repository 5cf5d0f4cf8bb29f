import type { MessageLanguage } from './messageLanguage';

/** one message in every language of MESSAGE_LANGUAGES, each a template (./render.ts) */
export type Translations = { readonly [L in MessageLanguage]: string };
