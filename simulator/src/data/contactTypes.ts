/** A contact as the simulator stores it; ContactData (docs/secutix/protocol.md) is rendered from it. */
export interface Contact {
  contactNumber: string;
  guest: boolean;
  /** epoch ms */
  creationDate: number;
  /** epoch ms of the last change, what contact webhooks will filter on */
  lastUpdate: number;
  individualContact: IndividualContact;
  addresses: Address[];
  indicators: Indicator[];
  contactCriteria: Criterion[];
}

export interface IndividualContact {
  /** the e-mail, lower-cased, when the contact has a login; guests have none */
  login?: string;
  email: string;
  individualTitle?: string;
  individualFirstname: string;
  individualLastname: string;
  language: string;
  phoneNumber1?: string;
}

export interface Address {
  addressId: number;
  isMain: boolean;
  firstAddressLine: string;
  secondAddressLine?: string;
  zipCode: string;
  locality: string;
  countryCode: string;
}

export interface Indicator {
  code: string;
  value: boolean;
}

export interface Criterion {
  criterionCode: string;
  values: string[];
}
