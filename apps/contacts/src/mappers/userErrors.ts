import { SecutixError } from '@stx/secutix-client';

export interface UserError {
  code: string;
  field: string | null;
  message: string;
}

const BUSINESS: Record<string, { code: string; message: string }> = {
  'error.authentication.invalidCredentials': { code: 'INVALID_CREDENTIALS', message: 'E-mail or password is wrong.' },
  'error.contact.loginAlreadyUsed': { code: 'EMAIL_ALREADY_REGISTERED', message: 'An account already uses this e-mail.' },
  'error.contact.addressNotFound': { code: 'NOT_FOUND', message: 'No such address on this account.' },
  'error.contact.notFound': { code: 'NOT_FOUND', message: 'No such contact.' },
  'error.contact.alreadyRegistered': { code: 'ALREADY_REGISTERED', message: 'This contact already has an account: log in.' },
  'error.invalidParameter': { code: 'INVALID_INPUT', message: 'A value was refused by SecuTix.' },
};

/**
 * SecuTix's business refusals become userErrors in the payload; anything else (SecuTix down,
 * rate limited) stays a thrown, coded error.
 */
export function toUserErrors(err: unknown, field: string | null = null): UserError[] {
  if (err instanceof SecutixError && err.kind === 'BUSINESS') {
    const known = BUSINESS[err.statusCode ?? ''];
    return [{ code: known?.code ?? 'REFUSED', field, message: known?.message ?? 'SecuTix refused the change.' }];
  }
  throw err;
}

export function invalid(field: string, message: string): UserError {
  return { code: 'INVALID_INPUT', field, message };
}
