import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useShop } from '../ShopContext';
import { UserErrors } from './UserErrors';

const CreateGuest = graphql(`
  mutation ShopCreateGuest($input: GuestContactInput!) {
    createGuestContact(input: $input) { contactNumber guestToken guestTokenExpiresAt userErrors { code field message } }
  }
`);

/**
 * Checkout without an account: a guest contact and its short-lived guest token, which the shop
 * then sends like a login's token. It reaches only this guest's open orders; the account
 * (history, tickets of closed orders) comes with registering afterwards.
 */
export function GuestCheckoutForm({ next }: { next: string }) {
  const shop = useShop();
  const navigate = useNavigate();
  const [input, setInput] = useState({ email: '', firstName: '', lastName: '' });
  const [result, createGuest] = useMutation(CreateGuest);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await createGuest({ input: { ...input, language: shop.lang } });
    const token = answer.data?.createGuestContact.guestToken;
    if (token) {
      shop.setToken(token, { guest: true });
      navigate(next);
    }
  }
  const field = (name: keyof typeof input, label: string, type = 'text') => (
    <label>
      {label} <input name={`guest-${name}`} type={type} value={input[name]} onChange={(e) => setInput({ ...input, [name]: e.target.value })} required />
    </label>
  );
  return (
    <form onSubmit={submit} data-testid="guest-form">
      <p>{shop.texts.orGuest}</p>
      {field('email', shop.texts.email, 'email')}
      {field('firstName', shop.texts.firstName)}
      {field('lastName', shop.texts.lastName)}
      <button type="submit" data-testid="continue-as-guest" disabled={result.fetching}>
        {shop.texts.continueAsGuest}
      </button>
      <UserErrors errors={result.data?.createGuestContact.userErrors ?? []} />
      {result.error && <p role="alert">{result.error.message}</p>}
    </form>
  );
}
