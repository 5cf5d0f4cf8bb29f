import { createContext, useContext } from 'react';
import type { Texts } from './texts';

/** What every page needs: the language, the gateway, who is logged in by token (or a guest at checkout), the cart's order. */
export interface Shop {
  lang: string;
  texts: Texts;
  gatewayUrl: string;
  gatewayOrigin: string;
  token: string | null;
  /** the token is a guest checkout's (createGuestContact): it reaches the guest's open orders, no account */
  guest: boolean;
  setToken(token: string | null, options?: { guest?: boolean }): void;
  cartOrderId: string | null;
  setCartOrderId(id: string | null): void;
}

export const ShopContext = createContext<Shop | null>(null);

export function useShop(): Shop {
  const shop = useContext(ShopContext);
  if (!shop) throw new Error('useShop outside the shop');
  return shop;
}
