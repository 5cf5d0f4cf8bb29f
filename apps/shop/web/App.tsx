import { useMemo, useState } from 'react';
import { Route, Routes } from 'react-router';
import { Provider, useQuery } from 'urql';
import { graphql } from './__generated__';
import { createClient } from './client';
import type { ShopConfig } from './config';
import { Header } from './components/Header';
import { CartPage } from './pages/CartPage';
import { GuestConfirmationPage } from './pages/GuestConfirmationPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { OrderPage } from './pages/OrderPage';
import { OrdersPage } from './pages/OrdersPage';
import { PaymentReturnPage } from './pages/PaymentReturnPage';
import { ProductPage } from './pages/ProductPage';
import { stored } from './session';
import { ShopContext, type Shop } from './ShopContext';
import { browserLanguage, textsFor } from './texts';

const PointOfSaleQuery = graphql(`
  query ShopPointOfSale {
    pointOfSale { name mainLanguage languages currencyCode }
  }
`);

export function App({ config }: { config: ShopConfig }) {
  const [token, setTokenState] = useState(stored.token);
  const [guest, setGuestState] = useState(stored.guest);
  const [cartOrderId, setCartState] = useState(stored.cartOrderId);
  // a new client per identity: nothing cached for one buyer is shown to the next
  const client = useMemo(() => createClient(config.gatewayUrl, token), [config.gatewayUrl, token]);
  const base = { gatewayUrl: config.gatewayUrl, gatewayOrigin: new URL(config.gatewayUrl).origin, token, guest, cartOrderId };
  const setToken = (value: string | null, options: { guest?: boolean } = {}) => {
    stored.setToken(value, options.guest === true);
    setTokenState(value);
    setGuestState(Boolean(value) && options.guest === true);
  };
  const setCartOrderId = (value: string | null) => {
    stored.setCartOrderId(value);
    setCartState(value);
  };
  return (
    <Provider value={client}>
      <WithLanguage render={(lang) => {
        const shop: Shop = { ...base, lang, texts: textsFor(lang), setToken, setCartOrderId };
        return (
          <ShopContext.Provider value={shop}>
            <Header />
            <main>
              <Routes>
                <Route path="/" element={<HomePage />} />
                <Route path="/product/:id" element={<ProductPage />} />
                <Route path="/login" element={<LoginPage />} />
                <Route path="/cart" element={<CartPage />} />
                <Route path="/payment/return" element={<PaymentReturnPage />} />
                <Route path="/confirmation/:id" element={<GuestConfirmationPage />} />
                <Route path="/orders" element={<OrdersPage />} />
                <Route path="/orders/:id" element={<OrderPage />} />
              </Routes>
            </main>
          </ShopContext.Provider>
        );
      }} />
    </Provider>
  );
}

/** Products are shown in the browser's language when the institution sells in it. */
function WithLanguage({ render }: { render: (lang: string) => React.ReactNode }) {
  const [{ data, error }] = useQuery({ query: PointOfSaleQuery });
  if (error && !data) return <p role="alert">The shop cannot reach its API: {error.message}</p>;
  if (!data) return <p>…</p>;
  return <>{render(browserLanguage(data.pointOfSale.languages, data.pointOfSale.mainLanguage))}</>;
}
