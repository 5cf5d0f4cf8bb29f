import { renderMessage, type MessageKey } from '../messages/messages';
import { messageLanguage } from '../messages/messageLanguage';
import type { MessageParams } from '../messages/render';

/**
 * A business outcome in a mutation's payload: `code` (the registry), `field` (the input at fault,
 * as its path from the mutation's arguments: `items.2.performanceId`), `message` for people.
 */
export interface UserError {
  code: string;
  field: string | null;
  /** in English here; the answer renders it in the caller's language (userErrorResolvers) */
  message: string;
  /** the catalogue entry and values the message is rendered from, in any language */
  messageKey?: string;
  params?: MessageParams;
}

/** an input path: `['items', 2, 'performanceId']` or the dotted `'items.2.performanceId'` */
export type InputPath = string | readonly (string | number)[] | null;

/**
 * The one way to make a userError: `key` is a code of the registry, or `CODE.case` for a more
 * precise message of that code (`INVALID_INPUT.email`); the code a client reads is the part
 * before the dot.
 */
export function userError(key: MessageKey, field: InputPath = null, params?: MessageParams): UserError {
  const path = typeof field === 'string' || field === null ? field : field.join('.');
  return { code: key.split('.')[0], field: path, message: renderMessage(key, 'en', params) ?? key, messageKey: key, ...(params ? { params } : {}) };
}

/** the same userError about another input (an item's index known only later) */
export function atField(error: UserError, field: InputPath): UserError {
  return { ...error, field: typeof field === 'string' || field === null ? field : field.join('.') };
}

/**
 * The resolvers every subgraph's userError type gets (startSubgraph adds them): the message in
 * the caller's language (Accept-Language, forwarded by the gateway), whoever made the userError
 * and whenever (an idempotent replay renders again in the replay's language).
 */
export const userErrorResolvers = {
  message(error: UserError, _args: unknown, ctx: { acceptLanguage?: string }): string {
    return renderMessage(error.messageKey ?? error.code, messageLanguage(ctx.acceptLanguage), error.params) ?? error.message;
  },
};
