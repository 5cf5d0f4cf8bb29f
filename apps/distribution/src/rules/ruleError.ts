import { userError, type UserError } from '@stx/errors';

/** A rule a value breaks: `code` names the rule, `field` the input, the message (in the caller's language) how to fix it. */
export type RuleError = UserError;

export const ruleError = userError;
