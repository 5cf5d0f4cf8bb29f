import { useState, type FormEvent } from 'react';
import { useShop } from '../ShopContext';

export interface PostalAddress {
  line1: string;
  line2: string;
  zipCode: string;
  city: string;
}

/** A postal address for a delivery by mail (the country is chosen beside the delivery modes). */
export function AddressForm({ disabled, onSubmit }: { disabled: boolean; onSubmit(address: PostalAddress): void }) {
  const { texts } = useShop();
  const [address, setAddress] = useState<PostalAddress>({ line1: '', line2: '', zipCode: '', city: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(address);
  };
  const field = (name: keyof PostalAddress, required = true) => (
    <label>
      {texts[name]} <input name={name} value={address[name]} required={required} onChange={(e) => setAddress({ ...address, [name]: e.target.value })} />
    </label>
  );
  return (
    <form className="address" data-testid="address-form" onSubmit={submit}>
      {field('line1')}
      {field('line2', false)}
      {field('zipCode')}
      {field('city')}
      <button type="submit" data-testid="deliver-here" disabled={disabled}>
        {texts.deliverHere}
      </button>
    </form>
  );
}
