/** Contact records of ContactInformationPublicService v2_21 (docs/secutix/protocol.md). */
export interface AddressRecord {
  addressId: number;
  isMain?: boolean;
  firstAddressLine?: string;
  secondAddressLine?: string;
  zipCode?: string;
  locality?: string;
  countryCode?: string;
}

export interface IndividualContactRecord {
  login?: string;
  email?: string;
  individualTitle?: string;
  individualFirstname?: string;
  individualLastname?: string;
  language?: string;
  phoneNumber1?: string;
}

export interface ContactDataRecord {
  contactNumber: string;
  type?: string;
  role?: string;
  state?: string;
  guest?: boolean;
  creationDate?: string;
  individualContact?: IndividualContactRecord;
  addresses?: AddressRecord[];
  indicators?: { code: string; value: boolean }[];
  contactCriteria?: { criterionCode: string; values?: string[] }[];
  /** FINANCIAL details: the credit the contact can pay with, thousandths */
  financialData?: { creditBalance?: number };
}
