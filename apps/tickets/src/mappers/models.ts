/** Entities as referenced by the gateway: only their keys; ownership is checked on every field. */
export interface OrderRef {
  id: string;
}

export interface ContactRef {
  contactNumber: string;
}
