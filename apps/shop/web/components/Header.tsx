import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useShop } from '../ShopContext';

/**
 * The visitor's name and cart count come from SecuTix's own cookies (`visitor`), as on the
 * institution's website; `me` tells whether the API knows who is calling (token or session).
 */
const HeaderQuery = graphql(`
  query ShopHeader {
    visitor { displayName firstName cart { quantity orderId } }
    me { contactNumber firstName }
  }
`);

export function Header() {
  const shop = useShop();
  const [{ data }] = useQuery({ query: HeaderQuery, requestPolicy: 'cache-and-network' });
  // SecuTix's cookie first, as the institution's website shows it; else the account the API knows
  const fromCookie = data?.visitor.firstName ?? data?.visitor.displayName;
  const name = fromCookie ?? data?.me?.firstName;
  const loggedIn = Boolean(data?.me);
  const logout = () => {
    shop.setToken(null);
    shop.setCartOrderId(null);
  };
  return (
    <header>
      <Link to="/" className="brand">{shop.texts.home}</Link>
      <nav>
        {name && <span data-testid="visitor-name" data-source={fromCookie ? 'secutix-cookie' : 'account'}>{shop.texts.hello}, {name}</span>}
        <Link to="/cart" data-testid="cart-link">
          {shop.texts.cart} (<span data-testid="cart-count">{data?.visitor.cart?.quantity ?? 0}</span>)
        </Link>
        {loggedIn && <Link to="/orders">{shop.texts.orders}</Link>}
        {shop.guest && !loggedIn ? (
          <>
            <span data-testid="guest-badge">{shop.texts.guest}</span>
            <button onClick={logout}>{shop.texts.logout}</button>
          </>
        ) : loggedIn ? (
          shop.token ? <button onClick={logout}>{shop.texts.logout}</button> : <a href={`${shop.gatewayOrigin}/auth/logout?returnTo=${encodeURIComponent(`${window.location.origin}/`)}`}>{shop.texts.logout}</a>
        ) : (
          <Link to="/login">{shop.texts.login}</Link>
        )}
      </nav>
    </header>
  );
}
