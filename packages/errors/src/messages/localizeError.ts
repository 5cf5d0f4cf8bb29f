import { errorMessages } from './errorMessages';
import type { MessageLanguage } from './messageLanguage';
import { renderTemplate } from './render';

/**
 * Codes whose original message, written by our own code, says more than the catalogue's
 * (`first must be between 0 and 100`): kept as `extensions.detail`, in English. Never for the
 * others, whose text may come from a library and name what a client must not see.
 */
const DETAILED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'QUERY_TOO_COMPLEX']);

export interface LocalizedError {
  message: string;
  /** the original English message, where it says more (DETAILED) */
  detail?: string;
}

/**
 * The message of a thrown error in the caller's language, from the catalogue, filled with the
 * error's extensions (`argument`, `limit`, `max`) and, for the GraphQL engine's own refusals,
 * its original text. A code without messages keeps its message.
 */
export function localizeError(code: string, original: string, extensions: Readonly<Record<string, unknown>>, language: MessageLanguage): LocalizedError {
  const entry = (errorMessages as Record<string, Record<MessageLanguage, string>>)[code];
  if (!entry) return { message: original };
  const params = Object.fromEntries(Object.entries(extensions).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<string, string | number>;
  const message = renderTemplate(entry[language], { ...params, detail: original });
  const usesDetail = entry.en.includes('{detail}');
  const detail = !usesDetail && DETAILED.has(code) && original && original !== renderTemplate(entry.en, params) ? original : undefined;
  return detail ? { message, detail } : { message };
}
