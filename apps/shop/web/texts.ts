/** The shop's own words in the institution's three languages; product texts come from SecuTix. */
const en = {
  home: 'What’s on',
  book: 'Book',
  from: 'from',
  next: 'next',
  available: 'Available',
  fewLeft: 'Few left',
  soldOut: 'Sold out',
  performances: 'Performances',
  addToCart: 'Add to cart',
  cart: 'Cart',
  emptyCart: 'Your cart is empty.',
  remove: 'Remove',
  total: 'Total',
  delivery: 'Delivery',
  payByCard: 'Pay by card',
  openInTicketShop: 'Open in SecuTix’s ticket shop',
  login: 'Log in',
  logout: 'Log out',
  email: 'E-mail',
  password: 'Password',
  signOnSecutix: 'Sign on with SecuTix',
  orders: 'My orders',
  order: 'Order',
  tickets: 'Tickets',
  download: 'PDF',
  paymentCancelled: 'The payment was cancelled: nothing was charged, your seats are still held.',
  paymentConfirming: 'Payment received, confirming the order…',
  hello: 'Hello',
  heldUntil: 'held until',
  loginNeeded: 'Log in to book.',
} as const;

export type Texts = { [K in keyof typeof en]: string };

const fr: Texts = {
  home: 'À l’affiche', book: 'Réserver', from: 'dès', next: 'prochaine', available: 'Disponible', fewLeft: 'Dernières places', soldOut: 'Complet',
  performances: 'Représentations', addToCart: 'Ajouter au panier', cart: 'Panier', emptyCart: 'Votre panier est vide.', remove: 'Retirer', total: 'Total',
  delivery: 'Livraison', payByCard: 'Payer par carte', openInTicketShop: 'Ouvrir dans la billetterie SecuTix', login: 'Connexion', logout: 'Déconnexion',
  email: 'E-mail', password: 'Mot de passe', signOnSecutix: 'Se connecter avec SecuTix', orders: 'Mes commandes', order: 'Commande', tickets: 'Billets',
  download: 'PDF', paymentCancelled: 'Paiement annulé : rien n’a été débité, vos places restent réservées.', paymentConfirming: 'Paiement reçu, confirmation de la commande…',
  hello: 'Bonjour', heldUntil: 'réservé jusqu’à', loginNeeded: 'Connectez-vous pour réserver.',
};

const de: Texts = {
  home: 'Programm', book: 'Buchen', from: 'ab', next: 'nächste', available: 'Verfügbar', fewLeft: 'Wenige Plätze', soldOut: 'Ausverkauft',
  performances: 'Vorstellungen', addToCart: 'In den Warenkorb', cart: 'Warenkorb', emptyCart: 'Ihr Warenkorb ist leer.', remove: 'Entfernen', total: 'Gesamt',
  delivery: 'Lieferung', payByCard: 'Mit Karte bezahlen', openInTicketShop: 'Im SecuTix-Ticketshop öffnen', login: 'Anmelden', logout: 'Abmelden',
  email: 'E-Mail', password: 'Passwort', signOnSecutix: 'Mit SecuTix anmelden', orders: 'Meine Bestellungen', order: 'Bestellung', tickets: 'Tickets',
  download: 'PDF', paymentCancelled: 'Zahlung abgebrochen: nichts wurde belastet, Ihre Plätze bleiben reserviert.', paymentConfirming: 'Zahlung erhalten, Bestellung wird bestätigt…',
  hello: 'Hallo', heldUntil: 'reserviert bis', loginNeeded: 'Melden Sie sich zum Buchen an.',
};

const ALL: Record<string, Texts> = { en, fr, de };

export function textsFor(lang: string): Texts {
  return ALL[lang] ?? en;
}

/** The first of the browser's languages the institution sells in, else its main language. */
export function browserLanguage(available: readonly string[], main: string): string {
  const offered = available.map((l) => l.toLowerCase());
  for (const wanted of navigator.languages ?? [navigator.language]) {
    const code = wanted.slice(0, 2).toLowerCase();
    if (offered.includes(code)) return code;
  }
  return main.toLowerCase();
}
