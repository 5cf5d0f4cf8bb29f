import { ContactAuthenticationPublicService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { Contact } from '../data/contactTypes';
import type { Params } from '../protocol/normaliseParams';
import { invalid, MIN_PASSWORD_LENGTH, withContact } from './contactRules';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, POINT_OF_SALES_ID, success } from './results';

/** One answer for an unknown login, a wrong password and a spent token: nothing to enumerate. */
function invalidCredentials(ctx: OperationContext): ResultBody {
  return businessError(ctx, 'error.authentication.invalidCredentials', 'invalid credentials');
}

/**
 * Login and password, else a remember-me token. A token is spent by its use; with `rememberMe`
 * the answer carries the next one, so a client keeps exactly one valid token per device.
 */
function authenticate(p: Params, ctx: OperationContext): ResultBody {
  const data = p.contactAuthenticationData as Params | undefined;
  if (!data) return invalid(ctx, 'contactAuthenticationData is required');
  const { login, password, uniqueToken, rememberMe, pointOfSalesId } = data;
  if (pointOfSalesId !== undefined && pointOfSalesId !== POINT_OF_SALES_ID) return invalid(ctx, `pointOfSalesId must be ${POINT_OF_SALES_ID}`);
  let contact: Contact | undefined;
  if (typeof login === 'string') {
    if (typeof password !== 'string') return invalid(ctx, 'a login needs a password');
    contact = ctx.contacts.checkLogin(login, password);
  } else if (typeof uniqueToken === 'string') {
    contact = ctx.contacts.redeemToken(uniqueToken);
  } else {
    return invalid(ctx, 'login and password, or uniqueToken, are required');
  }
  if (!contact) return invalidCredentials(ctx);
  return success(ctx, {
    contactNumber: contact.contactNumber,
    identification: contact.individualContact.login,
    uniqueToken: rememberMe === true ? ctx.contacts.issueToken(contact.contactNumber) : undefined,
  });
}

/** A new password logs out every remembered device of the contact. */
function changePassword(contact: Contact, p: Params, ctx: OperationContext): ResultBody {
  const { currentPassword, newPassword } = p;
  if (typeof newPassword !== 'string' || [...newPassword].length < MIN_PASSWORD_LENGTH) {
    return invalid(ctx, `newPassword must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (typeof currentPassword !== 'string' || !ctx.contacts.checkPassword(contact.contactNumber, currentPassword)) return invalidCredentials(ctx);
  ctx.contacts.setPassword(contact.contactNumber, newPassword);
  return success(ctx, {});
}

export const contactAuthenticationService: ServiceDef = serviceDef(ContactAuthenticationPublicService, {
  authenticate: {
    params: { contactAuthenticationData: { object: { login: 'string', password: 'string', rememberMe: 'boolean', uniqueToken: 'string', pointOfSalesId: 'number' } } },
    handle: authenticate,
  },
  changePassword: {
    params: { contactNumber: 'string', currentPassword: 'string', newPassword: 'string' },
    handle: withContact(changePassword),
  },
});
