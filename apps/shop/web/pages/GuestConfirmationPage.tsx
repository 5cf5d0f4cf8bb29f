import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { UserErrors } from '../components/UserErrors';
import { useShop } from '../ShopContext';

const RegisterGuest = graphql(`
  mutation ShopRegisterGuest($password: String!) {
    registerGuest(password: $password) { token contact { firstName } userErrors { code field message } }
  }
`);

/**
 * A guest's order is confirmed; its guest token reaches open orders only, so the tickets of this
 * closed one are for an account: the guest becomes a registered contact with a password (the
 * e-mail it gave is the login), and the shop goes on with that login's token.
 */
export function GuestConfirmationPage() {
  const { id } = useParams();
  const shop = useShop();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [result, register] = useMutation(RegisterGuest);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const token = (await register({ password })).data?.registerGuest.token;
    if (token) {
      shop.setToken(token);
      navigate(`/orders/${id}`);
    }
  }
  return (
    <section data-testid="guest-confirmation" data-order-id={id}>
      <h1>
        {shop.texts.order} {id}
      </h1>
      <p role="status">{shop.texts.orderConfirmed}</p>
      {shop.guest && (
        <form className="login" onSubmit={submit}>
          <p>{shop.texts.registerForTickets}</p>
          <label>
            {shop.texts.password} <input name="new-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
          <button type="submit" data-testid="register-guest" disabled={result.fetching}>
            {shop.texts.createAccount}
          </button>
          <UserErrors errors={result.data?.registerGuest.userErrors ?? []} />
        </form>
      )}
    </section>
  );
}
