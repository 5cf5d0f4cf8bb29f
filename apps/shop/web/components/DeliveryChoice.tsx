import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { money } from '../format';
import { useShop } from '../ShopContext';
import { AddressForm, type PostalAddress } from './AddressForm';
import { UserErrors } from './UserErrors';

export const ChooseDelivery = graphql(`
  mutation ShopChooseDelivery($orderId: ID!, $modeId: ID!, $addressId: ID, $address: ShipmentAddressInput) {
    chooseShipmentMode(orderId: $orderId, shipmentModeId: $modeId, addressId: $addressId, address: $address) {
      shipments { id shipmentModeId state }
      userErrors { code field message }
    }
  }
`);

/** Where mail goes in the simulator's zones and nearby; SecuTix says per order which modes reach each. */
const COUNTRIES = ['CH', 'FR', 'DE', 'AT', 'IT', 'BE', 'LU', 'NL', 'ES', 'LI', 'MC', 'GB', 'US'];

interface Mode {
  id: string;
  name: string;
  deliveryTimeInDays?: number | null;
  addressRequired: boolean;
  price: { amount: string; currencyCode: string };
}

interface Shipment {
  shipmentModeId: string;
  address?: { addressId?: string | null; line1: string; zipCode: string; city: string; countryCode: string } | null;
}

/**
 * The delivery modes SecuTix offers this order for a destination: the buyer's main address, or a
 * country picked here. A mode that needs an address goes to the main address, or, for a country
 * picked (and always for a guest, who has none), to an address typed here.
 */
export function DeliveryChoice(props: { orderId: string; modes: readonly Mode[]; shipment?: Shipment | null; country: string; setCountry(c: string): void; busy: boolean; onChanged(): void }) {
  const shop = useShop();
  const [pending, setPending] = useState<string | null>(null);
  const [chosen, choose] = useMutation(ChooseDelivery);
  const regions = new Intl.DisplayNames([shop.lang], { type: 'region' });
  const selected = pending ?? props.shipment?.shipmentModeId;

  async function pick(mode: Mode) {
    if (mode.addressRequired && (shop.guest || props.country)) return setPending(mode.id);
    setPending(null);
    await choose({ orderId: props.orderId, modeId: mode.id });
    props.onChanged();
  }
  async function sendTo(address: PostalAddress) {
    const answer = await choose({ orderId: props.orderId, modeId: pending!, address: { ...address, line2: address.line2 || null, countryCode: props.country } });
    if (answer.data?.chooseShipmentMode.userErrors.length === 0) setPending(null);
    props.onChanged();
  }
  const sentTo = props.shipment?.address;
  return (
    <>
      <label>
        {shop.texts.deliverTo}{' '}
        <select data-testid="country" value={props.country} onChange={(e) => { setPending(null); props.setCountry(e.target.value); }}>
          <option value="">{shop.guest ? '—' : shop.texts.myAddress}</option>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {regions.of(c)}
            </option>
          ))}
        </select>
      </label>
      <fieldset data-testid="delivery">
        {props.modes.map((mode) => (
          <label key={mode.id}>
            <input type="radio" name="delivery" value={mode.id} checked={selected === mode.id} disabled={chosen.fetching || props.busy} onChange={() => void pick(mode)} />
            {mode.name} · {money(mode.price)}
            {mode.deliveryTimeInDays != null && ` · ${mode.deliveryTimeInDays} d`}
          </label>
        ))}
      </fieldset>
      {pending && <AddressForm disabled={chosen.fetching} onSubmit={(a) => void sendTo(a)} />}
      {!pending && sentTo && (
        <p data-testid="sent-to">
          {shop.texts.sentTo}: {sentTo.line1}, {sentTo.zipCode} {sentTo.city}, {regions.of(sentTo.countryCode)}
        </p>
      )}
      <UserErrors errors={chosen.data?.chooseShipmentMode.userErrors ?? []} />
    </>
  );
}
