import { isSecutixId } from '@stx/domain-rules';
import { userError, type UserError } from '@stx/errors';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** Input checks before anything reaches SecuTix; each failure names its field. */
export function checkEmail(value: string, field = 'email'): UserError[] {
  return EMAIL.test(value) && value.length <= 254 ? [] : [userError('INVALID_INPUT.email', field)];
}

export function checkText(value: string | null | undefined, field: string, max: number, required = false): UserError[] {
  if (value == null || (required && !value.trim())) return required ? [userError('INVALID_INPUT.required', field)] : [];
  return value.length > max ? [userError('INVALID_INPUT.maxLength', field, { max })] : [];
}

export function checkCount(list: readonly unknown[], field: string, max: number): UserError[] {
  return list.length > max ? [userError('INVALID_INPUT.tooMany', field, { max })] : [];
}

export function checkId(value: string | null | undefined, field = 'id'): UserError[] {
  return value == null || isSecutixId(value) ? [] : [userError('INVALID_INPUT.id', field)];
}
