import { invalid, type UserError } from './userErrors';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** Input checks before anything reaches SecuTix; each failure names its field. */
export function checkEmail(value: string, field = 'email'): UserError[] {
  return EMAIL.test(value) && value.length <= 254 ? [] : [invalid(field, 'Not an e-mail address.')];
}

export function checkText(value: string | null | undefined, field: string, max: number, required = false): UserError[] {
  if (value == null) return required ? [invalid(field, 'Required.')] : [];
  if (required && !value.trim()) return [invalid(field, 'Required.')];
  return value.length > max ? [invalid(field, `At most ${max} characters.`)] : [];
}

export function checkCode(value: string | null | undefined, field: string, pattern: RegExp, what: string): UserError[] {
  return value == null || pattern.test(value) ? [] : [invalid(field, what)];
}
