/** A rule a value breaks: `code` names the rule, `field` the input, `message` says how to fix it. */
export interface RuleError {
  code: string;
  field: string;
  message: string;
}

export const ruleError = (code: string, field: string, message: string): RuleError => ({ code, field, message });
