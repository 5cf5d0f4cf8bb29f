import type { Contact } from '../data/contactTypes';
import { buildSamlResponse } from './buildSamlResponse';
import type { IdpKeys } from './idpKeys';
import type { AuthnRequest } from './parseAuthnRequest';
import { postBindingPage } from './postBindingPage';
import { signSamlResponse } from './signSamlResponse';

/** SecuTix's IdP entity id depends on the institution's setup and is not public [ours]. */
export const IDP_ENTITY_ID = 'secutix-sim-idp';

export interface SamlAnswerInput {
  request: AuthnRequest;
  relayState: string;
  contact: Contact;
  keys: IdpKeys;
  now: number;
}

/**
 * The page that posts the signed answer to the SP. The subject is the contact number, the key
 * SecuTix's APIs know the person by; the attributes spare the SP a first lookup [ours: names].
 */
export function samlAnswer({ request, relayState, contact, keys, now }: SamlAnswerInput): string {
  const person = contact.individualContact;
  const xml = buildSamlResponse({
    request,
    idpEntityId: IDP_ENTITY_ID,
    now,
    subject: {
      contactNumber: contact.contactNumber,
      attributes: { email: person.email, firstName: person.individualFirstname, lastName: person.individualLastname, language: person.language },
    },
  });
  const signed = signSamlResponse(xml, { privateKey: keys.idpKey, certPem: keys.idpCertPem });
  return postBindingPage(request.acsUrl, Buffer.from(signed, 'utf8').toString('base64'), relayState);
}
