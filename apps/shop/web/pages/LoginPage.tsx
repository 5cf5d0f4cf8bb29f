import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { GuestCheckoutForm } from '../components/GuestCheckoutForm';
import { UserErrors } from '../components/UserErrors';
import { useShop } from '../ShopContext';

const Login = graphql(`
  mutation ShopLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token expiresAt contact { firstName } userErrors { code field message } }
  }
`);

/**
 * Two ways in: the password login of the API (a token the shop keeps for this tab), or SecuTix's
 * single sign-on through the gateway, which comes back here with the gateway's session cookie;
 * and a way without an account, the guest checkout.
 */
export function LoginPage() {
  const shop = useShop();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(Login);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await login({ email, password });
    const token = answer.data?.login.token;
    if (token) {
      shop.setToken(token);
      navigate(next);
    }
  }
  const returnTo = `${window.location.origin}${next}`;
  return (
    <section className="login">
      <h1>{shop.texts.login}</h1>
      <form onSubmit={submit}>
        <label>
          {shop.texts.email} <input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          {shop.texts.password} <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" data-testid="login" disabled={result.fetching}>
          {shop.texts.login}
        </button>
      </form>
      <UserErrors errors={result.data?.login.userErrors ?? []} />
      <p>
        <a data-testid="saml" href={`${shop.gatewayOrigin}/auth/saml/login?returnTo=${encodeURIComponent(returnTo)}`}>
          {shop.texts.signOnSecutix}
        </a>
      </p>
      <GuestCheckoutForm next={next} />
    </section>
  );
}
