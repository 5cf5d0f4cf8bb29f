import { createContext, useContext } from 'react';
import type { Texts } from './texts';

/** What every page needs: the language, the gateway, who is logged in by token, the cart's order. */
export interface Shop {
  lang: string;
  texts: Texts;
  gatewayUrl: string;
  gatewayOrigin: string;
  token: string | null;
  setToken(token: string | null): void;
  cartOrderId: string | null;
  setCartOrderId(id: string | null): void;
}

export const ShopContext = createContext<Shop | null>(null);

export function useShop(): Shop {
  const shop = useContext(ShopContext);
  if (!shop) throw new Error('useShop outside the shop');
  return shop;
}
