/**
 * What the shop remembers in the browser: the access token of a password login or of a guest
 * checkout (for the tab only), whether it is a guest's, and the id of the open order used as
 * the cart.
 */
const TOKEN = 'shop.token';
const GUEST = 'shop.guest';
const CART = 'shop.cartOrderId';

export const stored = {
  token: () => sessionStorage.getItem(TOKEN),
  guest: () => sessionStorage.getItem(GUEST) === 'true',
  setToken: (token: string | null, guest: boolean) => {
    if (token) sessionStorage.setItem(TOKEN, token);
    else sessionStorage.removeItem(TOKEN);
    if (token && guest) sessionStorage.setItem(GUEST, 'true');
    else sessionStorage.removeItem(GUEST);
  },
  cartOrderId: () => localStorage.getItem(CART),
  setCartOrderId: (id: string | null) => (id ? localStorage.setItem(CART, id) : localStorage.removeItem(CART)),
};
