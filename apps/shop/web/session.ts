/**
 * What the shop remembers in the browser: the access token of a password login (for the tab
 * only) and the id of the open order used as the cart.
 */
const TOKEN = 'shop.token';
const CART = 'shop.cartOrderId';

export const stored = {
  token: () => sessionStorage.getItem(TOKEN),
  setToken: (token: string | null) => (token ? sessionStorage.setItem(TOKEN, token) : sessionStorage.removeItem(TOKEN)),
  cartOrderId: () => localStorage.getItem(CART),
  setCartOrderId: (id: string | null) => (id ? localStorage.setItem(CART, id) : localStorage.removeItem(CART)),
};
