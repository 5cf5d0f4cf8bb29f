import { errorCodes, type ErrorCode } from '../errorCodes';
import { userErrorCodes, type UserErrorCode } from '../userErrors/userErrorCodes';
import { errorMessages } from './errorMessages';
import { messageLanguage, type MessageLanguage } from './messageLanguage';
import { renderTemplate, type MessageParams } from './render';
import type { Translations } from './translations';
import { userErrorMessages } from './userErrorMessages';

/** The message catalogue: every client-visible code, and the precise cases (`CODE.case`) of some. */
export const messages: Readonly<Record<MessageKey, Translations>> = { ...errorMessages, ...userErrorMessages };

export type MessageKey = keyof typeof errorMessages | keyof typeof userErrorMessages;

/** the code a message key is a case of: `INVALID_INPUT.email` → `INVALID_INPUT` */
export type CodeOf<K extends string> = K extends `${infer C}.${string}` ? C : K;

export function codeOfKey<K extends MessageKey>(key: K): CodeOf<K> & (ErrorCode | UserErrorCode) {
  return key.split('.')[0] as CodeOf<K> & (ErrorCode | UserErrorCode);
}

export function isRegisteredCode(code: string): code is ErrorCode | UserErrorCode {
  return code in errorCodes || code in userErrorCodes;
}

/** a message in a language; a key without messages (none: the test forbids it) falls back to its code's */
export function renderMessage(key: MessageKey | string, language: MessageLanguage, params?: MessageParams): string | undefined {
  const entry = (messages as Record<string, Translations>)[key] ?? (messages as Record<string, Translations>)[key.split('.')[0]];
  return entry ? renderTemplate(entry[language], params) : undefined;
}

export { messageLanguage };
