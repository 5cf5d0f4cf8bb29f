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
  bookInTicketShop: 'Book in SecuTix’s ticket shop',
  orGuest: 'No account? Continue as a guest: your order is kept for this e-mail.',
  continueAsGuest: 'Continue as a guest',
  firstName: 'First name',
  lastName: 'Last name',
  guest: 'Guest',
  deliverTo: 'Deliver to',
  myAddress: 'my address',
  line1: 'Street and number',
  line2: 'Address line 2',
  zipCode: 'Postcode',
  city: 'City',
  deliverHere: 'Send it here',
  sentTo: 'Sent to',
  paid: 'Paid',
  amountDue: 'Left to pay',
  voucher: 'Gift voucher',
  voucherCode: 'Voucher code',
  checkVoucher: 'Check the balance',
  balance: 'Balance',
  validUntil: 'valid until',
  voucherUnknown: 'This voucher code is unknown.',
  payWithVoucher: 'Pay with the voucher',
  confirmOrder: 'Confirm the order',
  orderConfirmed: 'Thank you: your order is confirmed.',
  registerForTickets: 'Choose a password to keep an account with this e-mail and find your tickets here.',
  createAccount: 'Create my account',
  payments: 'Payments',
  CARD: 'Card',
  GIFT_VOUCHER: 'Gift voucher',
  CREDIT_BALANCE: 'Credit',
} as const;

export type Texts = { [K in keyof typeof en]: string };

const fr: Texts = {
  home: 'À l’affiche', book: 'Réserver', from: 'dès', next: 'prochaine', available: 'Disponible', fewLeft: 'Dernières places', soldOut: 'Complet',
  performances: 'Représentations', addToCart: 'Ajouter au panier', cart: 'Panier', emptyCart: 'Votre panier est vide.', remove: 'Retirer', total: 'Total',
  delivery: 'Livraison', payByCard: 'Payer par carte', openInTicketShop: 'Ouvrir dans la billetterie SecuTix', login: 'Connexion', logout: 'Déconnexion',
  email: 'E-mail', password: 'Mot de passe', signOnSecutix: 'Se connecter avec SecuTix', orders: 'Mes commandes', order: 'Commande', tickets: 'Billets',
  download: 'PDF', paymentCancelled: 'Paiement annulé : rien n’a été débité, vos places restent réservées.', paymentConfirming: 'Paiement reçu, confirmation de la commande…',
  hello: 'Bonjour', heldUntil: 'réservé jusqu’à', loginNeeded: 'Connectez-vous pour réserver.',
  bookInTicketShop: 'Réserver dans la billetterie SecuTix', orGuest: 'Pas de compte ? Continuez en tant qu’invité : votre commande est liée à cet e-mail.',
  continueAsGuest: 'Continuer en tant qu’invité', firstName: 'Prénom', lastName: 'Nom', guest: 'Invité', deliverTo: 'Livrer en', myAddress: 'mon adresse',
  line1: 'Rue et numéro', line2: 'Complément d’adresse', zipCode: 'NPA', city: 'Localité', deliverHere: 'Envoyer ici', sentTo: 'Envoi à', paid: 'Payé',
  amountDue: 'Reste à payer', voucher: 'Bon cadeau', voucherCode: 'Code du bon', checkVoucher: 'Voir le solde', balance: 'Solde', validUntil: 'valable jusqu’au',
  voucherUnknown: 'Ce code de bon est inconnu.', payWithVoucher: 'Payer avec le bon', confirmOrder: 'Confirmer la commande',
  orderConfirmed: 'Merci : votre commande est confirmée.', registerForTickets: 'Choisissez un mot de passe pour garder un compte avec cet e-mail et retrouver vos billets ici.',
  createAccount: 'Créer mon compte', payments: 'Paiements', CARD: 'Carte', GIFT_VOUCHER: 'Bon cadeau', CREDIT_BALANCE: 'Avoir',
};

const de: Texts = {
  home: 'Programm', book: 'Buchen', from: 'ab', next: 'nächste', available: 'Verfügbar', fewLeft: 'Wenige Plätze', soldOut: 'Ausverkauft',
  performances: 'Vorstellungen', addToCart: 'In den Warenkorb', cart: 'Warenkorb', emptyCart: 'Ihr Warenkorb ist leer.', remove: 'Entfernen', total: 'Gesamt',
  delivery: 'Lieferung', payByCard: 'Mit Karte bezahlen', openInTicketShop: 'Im SecuTix-Ticketshop öffnen', login: 'Anmelden', logout: 'Abmelden',
  email: 'E-Mail', password: 'Passwort', signOnSecutix: 'Mit SecuTix anmelden', orders: 'Meine Bestellungen', order: 'Bestellung', tickets: 'Tickets',
  download: 'PDF', paymentCancelled: 'Zahlung abgebrochen: nichts wurde belastet, Ihre Plätze bleiben reserviert.', paymentConfirming: 'Zahlung erhalten, Bestellung wird bestätigt…',
  hello: 'Hallo', heldUntil: 'reserviert bis', loginNeeded: 'Melden Sie sich zum Buchen an.',
  bookInTicketShop: 'Im SecuTix-Ticketshop buchen', orGuest: 'Kein Konto? Als Gast fortfahren: Ihre Bestellung gilt für diese E-Mail.',
  continueAsGuest: 'Als Gast fortfahren', firstName: 'Vorname', lastName: 'Nachname', guest: 'Gast', deliverTo: 'Lieferung nach', myAddress: 'meine Adresse',
  line1: 'Strasse und Nummer', line2: 'Adresszusatz', zipCode: 'PLZ', city: 'Ort', deliverHere: 'Hierhin senden', sentTo: 'Versand an', paid: 'Bezahlt',
  amountDue: 'Noch zu zahlen', voucher: 'Geschenkgutschein', voucherCode: 'Gutscheincode', checkVoucher: 'Guthaben prüfen', balance: 'Guthaben', validUntil: 'gültig bis',
  voucherUnknown: 'Dieser Gutscheincode ist unbekannt.', payWithVoucher: 'Mit dem Gutschein bezahlen', confirmOrder: 'Bestellung bestätigen',
  orderConfirmed: 'Danke: Ihre Bestellung ist bestätigt.', registerForTickets: 'Wählen Sie ein Passwort, um ein Konto mit dieser E-Mail zu behalten und Ihre Tickets hier zu finden.',
  createAccount: 'Konto erstellen', payments: 'Zahlungen', CARD: 'Karte', GIFT_VOUCHER: 'Geschenkgutschein', CREDIT_BALANCE: 'Guthaben',
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
