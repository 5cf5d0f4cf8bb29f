/**
 * The words of a printed ticket in the institution's three languages: a ticket is entirely in
 * its holder's language, the institution's French when the holder's is not one of them.
 */
export interface TicketWords {
  language: 'fr' | 'en' | 'de';
  product: string;
  validFromPurchase: string;
  block: string;
  row: string;
  seat: string;
  freePlacement: string;
  holder: string;
  order: string;
  ticket: string;
  states: Record<string, string>;
}

const WORDS: Record<TicketWords['language'], TicketWords> = {
  fr: {
    language: 'fr', product: 'Produit', validFromPurchase: "Valable dès l'achat", block: 'bloc', row: 'rang', seat: 'place',
    freePlacement: 'Placement libre', holder: 'Titulaire', order: 'Commande', ticket: 'billet',
    states: { CANCELLED: 'ANNULÉ', PRINTED: 'IMPRIMÉ', CONTROLLED: 'CONTRÔLÉ', INVALIDATED: 'INVALIDÉ' },
  },
  en: {
    language: 'en', product: 'Product', validFromPurchase: 'Valid from purchase', block: 'block', row: 'row', seat: 'seat',
    freePlacement: 'Free placement', holder: 'Holder', order: 'Order', ticket: 'ticket',
    states: { CANCELLED: 'CANCELLED', PRINTED: 'PRINTED', CONTROLLED: 'CHECKED IN', INVALIDATED: 'INVALIDATED' },
  },
  de: {
    language: 'de', product: 'Produkt', validFromPurchase: 'Gültig ab Kauf', block: 'Block', row: 'Reihe', seat: 'Platz',
    freePlacement: 'Freie Platzwahl', holder: 'Inhaber', order: 'Bestellung', ticket: 'Ticket',
    states: { CANCELLED: 'STORNIERT', PRINTED: 'GEDRUCKT', CONTROLLED: 'KONTROLLIERT', INVALIDATED: 'UNGÜLTIG' },
  },
};

export function ticketWords(language: string | undefined): TicketWords {
  const lang = (language ?? '').slice(0, 2).toLowerCase();
  return lang === 'en' || lang === 'de' ? WORDS[lang] : WORDS.fr;
}
