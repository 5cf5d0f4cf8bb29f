import type { ShipmentModeRecord, ShipmentRecord } from '@stx/secutix-client';

/** An order as referenced by the gateway: only its id; ownership is checked on every field. */
export interface OrderRef {
  id: string;
}

/** the copy of the contact's address a shipment is mailed to */
export type ShipmentAddressModel = NonNullable<ShipmentRecord['contactAddress']>;

/** a mode with the `lang` its list was asked in: `shipmentModes(lang: "en")` names them in English unless a field says otherwise */
export type ShipmentModeModel = ShipmentModeRecord & { listLang?: string };
