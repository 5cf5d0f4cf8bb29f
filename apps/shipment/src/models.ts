/** An order as referenced by the gateway: only its id; ownership is checked on every field. */
export interface OrderRef {
  id: string;
}
