import type { SecutixCaller } from '../SecutixCaller';
import type { ResultObject } from '../transport/Transport';
import { ContactAuthenticationServiceDescriptor as Auth, ContactInformationServiceDescriptor as Info } from '../services';
import type { AddressRecord, ContactDataRecord, IndividualContactRecord } from '../types/contact';
import { addressRecord, type AnswerAddress } from './contactAddress';

/** the contact's fields as the subgraphs read them: a string number, addresses under our names */
function contactRecord(c: ContactDataRecord): ContactDataRecord {
  return { ...c, contactNumber: String(c.contactNumber), ...(c.addresses ? { addresses: c.addresses.map((a) => addressRecord(a as AnswerAddress)) } : {}) };
}

/**
 * ContactInformationPublicService and ContactAuthenticationPublicService v2_21. Every method takes
 * the contact number explicitly: callers pass the verified identity's, never one from input.
 */
export class ContactClient {
  constructor(private readonly caller: SecutixCaller) {}

  /** the contact number on success; SecuTix answers one error code for unknown login and wrong password */
  async authenticate(login: string, password: string): Promise<string> {
    const r = await this.caller.call<{ contactNumber?: string }>(Auth, 'authenticate', {
      contactAuthenticationData: { login, password, rememberMe: false },
    });
    return String(r.contactNumber);
  }

  async changePassword(contactNumber: string, currentPassword: string, newPassword: string): Promise<void> {
    await this.caller.call(Auth, 'changePassword', { contactNumber, currentPassword, newPassword });
  }

  async getContactData(contactNumber: string): Promise<ContactDataRecord> {
    // ContactDataResult carries the contact's fields directly, next to its status
    const r = await this.caller.call<ContactDataRecord & ResultObject>(Info, 'getContactData', { contactNumber, details: [] });
    if (r.contactNumber === undefined) throw new Error('getContactData answered without a contact');
    const { statusCode: _s, statusDetail: _d, requestId: _r, ...contact } = r;
    return contactRecord(contact);
  }

  async createGuestContact(input: { email: string; firstName: string; lastName: string; language?: string }): Promise<ContactDataRecord> {
    const r = await this.caller.call<{ culturalContactData?: ContactDataRecord[] }>(Info, 'createCulturalContact', {
      contactDataList: [{ ...input, createLogin: false }],
    });
    const entry = r.culturalContactData?.[0] as (ContactDataRecord & ResultObject) | undefined;
    if (!entry) throw new Error('createCulturalContact answered without a contact');
    const { statusCode: _s, statusDetail: _d, requestId: _r, ...created } = entry;
    return contactRecord(created);
  }

  /** a guest becomes a registered contact: its e-mail becomes its login, with this password */
  async registerGuest(contactNumber: string, password: string): Promise<ContactDataRecord> {
    const r = await this.caller.call<{ culturalContactData?: ContactDataRecord[] }>(Info, 'createCulturalContact', {
      contactDataList: [{ contactNumber, createLogin: true, password }],
    });
    const registered = r.culturalContactData?.[0];
    if (!registered) throw new Error('createCulturalContact answered without a contact');
    return contactRecord(registered);
  }

  async updateContactData(contactNumber: string, individualContact: Partial<IndividualContactRecord>): Promise<void> {
    await this.caller.call(Info, 'updateContactData', { contactNumber, individualContact });
  }

  async createOrUpdateAddress(contactNumber: string, address: Partial<AddressRecord>): Promise<AddressRecord> {
    const r = await this.caller.call<{ address?: AddressRecord }>(Info, 'createOrUpdateAddress', { contactNumber, address });
    if (!r.address) throw new Error('createOrUpdateAddress answered without an address');
    return addressRecord(r.address);
  }

  async deleteAddress(contactNumber: string, addressId: number): Promise<void> {
    await this.caller.call(Info, 'deleteAddress', { contactNumber, addressId });
  }

  async updateIndicators(contactNumber: string, indicators: { code: string; value: boolean }[]): Promise<void> {
    await this.caller.call(Info, 'updateIndicators', { contactNumber, indicators });
  }

  async updateCriteria(contactNumber: string, contactCriteria: { criterionCode: string; values: string[] }[]): Promise<void> {
    await this.caller.call(Info, 'updateCriteria', { contactNumber, contactCriteria });
  }
}
