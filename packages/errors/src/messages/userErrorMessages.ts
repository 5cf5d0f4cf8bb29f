import type { Translations } from './translations';

/**
 * What a client reads in `userErrors { message }`, in every language of MESSAGE_LANGUAGES. A key
 * is a code of the registry (`../userErrors/userErrorCodes.ts`, or of `../errorCodes.ts` for the
 * few codes both kinds share), or `CODE.case` for a more precise message of that code. Templates:
 * `./render.ts`. `messages.test.ts` checks that every code has its messages, in every language,
 * with the same values.
 */
export const userErrorMessages = {
  // orders and payment (sales)
  SOLD_OUT: {
    en: 'Not enough seats are left for this choice.',
    fr: 'Il ne reste pas assez de places pour ce choix.',
    de: 'Für diese Auswahl sind nicht mehr genug Plätze frei.',
  },
  QUANTITY_LIMIT: {
    en: 'Too many tickets for one performance in one order.',
    fr: 'Trop de billets pour une même représentation dans une commande.',
    de: 'Zu viele Tickets für eine Vorstellung in einer Bestellung.',
  },
  'QUANTITY_LIMIT.range': {
    en: 'A quantity is between 1 and {max}.',
    fr: 'Une quantité est comprise entre 1 et {max}.',
    de: 'Eine Menge liegt zwischen 1 und {max}.',
  },
  NOT_ON_SALE: {
    en: 'This is not on sale (not yet, no longer, or cancelled).',
    fr: "Ceci n'est pas en vente (pas encore, plus, ou annulé).",
    de: 'Dies ist nicht im Verkauf (noch nicht, nicht mehr oder abgesagt).',
  },
  PRICE_NOT_FOUND: {
    en: 'This tariff is not sold for this performance.',
    fr: "Ce tarif n'est pas vendu pour cette représentation.",
    de: 'Dieser Tarif wird für diese Vorstellung nicht verkauft.',
  },
  PERFORMANCE_NOT_FOUND: {
    en: 'There is no performance with this id.',
    fr: "Aucune représentation n'a cet identifiant.",
    de: 'Es gibt keine Vorstellung mit dieser ID.',
  },
  PRODUCT_NOT_FOUND: {
    en: 'There is no product with this id sold without a performance.',
    fr: "Aucun produit vendu sans représentation n'a cet identifiant.",
    de: 'Es gibt kein ohne Vorstellung verkauftes Produkt mit dieser ID.',
  },
  ORDER_EXPIRED: {
    en: 'The seats of this order were released; start a new order.',
    fr: 'Les places de cette commande ont été libérées ; commencez une nouvelle commande.',
    de: 'Die Plätze dieser Bestellung wurden freigegeben; beginnen Sie eine neue Bestellung.',
  },
  ORDER_CLOSED: {
    en: 'This order can no longer be changed.',
    fr: 'Cette commande ne peut plus être modifiée.',
    de: 'Diese Bestellung kann nicht mehr geändert werden.',
  },
  PAYMENT_INCOMPLETE: {
    en: 'The order is not fully paid yet[: {amountDue} is still due].',
    fr: "La commande n'est pas encore entièrement payée[ : il reste {amountDue} à payer].",
    de: 'Die Bestellung ist noch nicht vollständig bezahlt[: {amountDue} sind noch offen].',
  },
  PAYMENT_METHOD_UNAVAILABLE: {
    en: 'This point of sale does not take this payment method.',
    fr: "Ce point de vente n'accepte pas ce moyen de paiement.",
    de: 'Diese Verkaufsstelle nimmt diese Zahlungsart nicht an.',
  },
  INVALID_VOUCHER: {
    en: 'This voucher cannot be used (unknown, expired or used up).',
    fr: 'Ce bon ne peut pas être utilisé (inconnu, expiré ou épuisé).',
    de: 'Dieser Gutschein kann nicht verwendet werden (unbekannt, abgelaufen oder aufgebraucht).',
  },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'This idempotency key was used for a different request; use a new key for a new request.',
    fr: "Cette clé d'idempotence a servi à une autre requête ; utilisez une nouvelle clé pour une nouvelle requête.",
    de: 'Dieser Idempotenzschlüssel wurde für eine andere Anfrage verwendet; nehmen Sie für eine neue Anfrage einen neuen Schlüssel.',
  },
  INVALID_INPUT: {
    en: 'A value was refused.',
    fr: 'Une valeur a été refusée.',
    de: 'Ein Wert wurde abgelehnt.',
  },
  'INVALID_INPUT.id': {
    en: 'Not an id from this API.',
    fr: "Ce n'est pas un identifiant de cette API.",
    de: 'Keine ID aus dieser API.',
  },
  'INVALID_INPUT.itemCount': {
    en: 'Give between 1 and {max} items.',
    fr: 'Indiquez entre 1 et {max} articles.',
    de: 'Geben Sie zwischen 1 und {max} Positionen an.',
  },
  'INVALID_INPUT.idempotencyKey': {
    en: 'An idempotency key is 8 to 100 letters, digits or ._:- characters.',
    fr: "Une clé d'idempotence compte 8 à 100 lettres, chiffres ou caractères ._:-.",
    de: 'Ein Idempotenzschlüssel besteht aus 8 bis 100 Buchstaben, Ziffern oder den Zeichen ._:-.',
  },
  'INVALID_INPUT.country': {
    en: 'An ISO 3166 country code such as "CH".',
    fr: 'Un code pays ISO 3166 comme « CH ».',
    de: 'Ein ISO-3166-Ländercode wie „CH“.',
  },
  'INVALID_INPUT.addressOrId': {
    en: 'Give addressId (one of your addresses) or address (a new one), not both.',
    fr: 'Indiquez addressId (une de vos adresses) ou address (une nouvelle), pas les deux.',
    de: 'Geben Sie addressId (eine Ihrer Adressen) oder address (eine neue) an, nicht beides.',
  },
  'INVALID_INPUT.returnOrigin': {
    en: 'An http(s) address on one of the websites this API serves.',
    fr: "Une adresse http(s) sur l'un des sites web que sert cette API.",
    de: 'Eine http(s)-Adresse auf einer der Websites, die diese API bedient.',
  },
  'INVALID_INPUT.email': {
    en: 'Not an e-mail address.',
    fr: "Ce n'est pas une adresse e-mail.",
    de: 'Keine E-Mail-Adresse.',
  },
  'INVALID_INPUT.required': {
    en: 'Required.',
    fr: 'Obligatoire.',
    de: 'Erforderlich.',
  },
  'INVALID_INPUT.maxLength': {
    en: 'At most {max} characters.',
    fr: '{max} caractères au plus.',
    de: 'Höchstens {max} Zeichen.',
  },
  'INVALID_INPUT.tooMany': {
    en: 'At most {max} entries.',
    fr: '{max} entrées au plus.',
    de: 'Höchstens {max} Einträge.',
  },
  REFUSED: {
    en: 'SecuTix refused the change.',
    fr: 'SecuTix a refusé la modification.',
    de: 'SecuTix hat die Änderung abgelehnt.',
  },
  INVALID_ITEM: {
    en: 'Give either productId (a pass, package or membership) or performanceId and seatCategoryId (a seated performance).',
    fr: 'Indiquez soit productId (un abonnement, un forfait ou une adhésion), soit performanceId et seatCategoryId (une représentation avec places).',
    de: 'Geben Sie entweder productId (ein Pass, Paket oder eine Mitgliedschaft) oder performanceId und seatCategoryId (eine Vorstellung mit Plätzen) an.',
  },
  REFUND_NOT_AVAILABLE: {
    en: 'This order is paid: it cannot be cancelled here; the box office cancels and refunds it.',
    fr: 'Cette commande est payée : elle ne peut pas être annulée ici ; la billetterie l’annule et la rembourse.',
    de: 'Diese Bestellung ist bezahlt: Sie kann hier nicht storniert werden; die Kasse storniert und erstattet sie.',
  },
  DELIVERY_NOT_CHOSEN: {
    en: 'Choose the delivery first (chooseShipmentMode): its price is part of what is due.',
    fr: "Choisissez d'abord la livraison (chooseShipmentMode) : son prix fait partie du montant dû.",
    de: 'Wählen Sie zuerst die Lieferung (chooseShipmentMode): Ihr Preis gehört zum offenen Betrag.',
  },
  NOTHING_DUE: {
    en: 'Nothing is left to pay on this order: close it with closeOrder.',
    fr: 'Il ne reste rien à payer sur cette commande : clôturez-la avec closeOrder.',
    de: 'Auf dieser Bestellung ist nichts mehr zu bezahlen: Schließen Sie sie mit closeOrder ab.',
  },
  NO_CREDIT: {
    en: 'There is no credit left on your account.',
    fr: "Il ne reste pas d'avoir sur votre compte.",
    de: 'Auf Ihrem Konto ist kein Guthaben mehr.',
  },
  'NOT_FOUND.order': {
    en: 'No such order.',
    fr: 'Cette commande est introuvable.',
    de: 'Diese Bestellung gibt es nicht.',
  },
  'NOT_FOUND.lines': {
    en: 'Give lines of this order.',
    fr: 'Indiquez des lignes de cette commande.',
    de: 'Geben Sie Positionen dieser Bestellung an.',
  },
  // login, sessions, profile (contacts)
  INVALID_CREDENTIALS: {
    en: 'E-mail or password is wrong.',
    fr: "L'e-mail ou le mot de passe est incorrect.",
    de: 'E-Mail oder Passwort ist falsch.',
  },
  'INVALID_CREDENTIALS.operator': {
    en: 'Unknown operator or wrong password.',
    fr: 'Opérateur inconnu ou mot de passe incorrect.',
    de: 'Unbekannter Operator oder falsches Passwort.',
  },
  TOO_MANY_ATTEMPTS: {
    en: 'Too many failed attempts; try again in {seconds} seconds.',
    fr: 'Trop de tentatives échouées ; réessayez dans {seconds} secondes.',
    de: 'Zu viele Fehlversuche; versuchen Sie es in {seconds} Sekunden erneut.',
  },
  'TOO_MANY_ATTEMPTS.orderChanges': {
    en: 'Too many order changes in a short time; try again in {seconds} seconds.',
    fr: 'Trop de modifications de commande en peu de temps ; réessayez dans {seconds} secondes.',
    de: 'Zu viele Bestelländerungen in kurzer Zeit; versuchen Sie es in {seconds} Sekunden erneut.',
  },
  'TOO_MANY_ATTEMPTS.guestContact': {
    en: 'Too many guest checkouts from your address; try again in {seconds} seconds.',
    fr: 'Trop de commandes en invité depuis votre adresse ; réessayez dans {seconds} secondes.',
    de: 'Zu viele Gastbestellungen von Ihrer Adresse; versuchen Sie es in {seconds} Sekunden erneut.',
  },
  'TOO_MANY_ATTEMPTS.voucher': {
    en: 'Too many unknown voucher codes from your address; try again in {seconds} seconds.',
    fr: 'Trop de codes de bon inconnus depuis votre adresse ; réessayez dans {seconds} secondes.',
    de: 'Zu viele unbekannte Gutscheincodes von Ihrer Adresse; versuchen Sie es in {seconds} Sekunden erneut.',
  },
  NO_SESSION: {
    en: 'This request carries no session to end: no token, session cookie or SecuTix cookie.',
    fr: "Cette requête ne porte aucune session à terminer : ni jeton, ni cookie de session, ni cookie SecuTix.",
    de: 'Diese Anfrage trägt keine Sitzung zum Beenden: weder Token noch Sitzungs-Cookie noch SecuTix-Cookie.',
  },
  EMAIL_ALREADY_REGISTERED: {
    en: 'An account already uses this e-mail.',
    fr: 'Un compte utilise déjà cet e-mail.',
    de: 'Ein Konto verwendet diese E-Mail bereits.',
  },
  ALREADY_REGISTERED: {
    en: 'This contact already has an account: log in.',
    fr: 'Ce contact a déjà un compte : connectez-vous.',
    de: 'Dieser Kontakt hat bereits ein Konto: Melden Sie sich an.',
  },
  'NOT_FOUND.contact': {
    en: 'No such contact.',
    fr: 'Ce contact est introuvable.',
    de: 'Diesen Kontakt gibt es nicht.',
  },
  'UNAUTHENTICATED.guestToken': {
    en: 'Send the guest token of createGuestContact.',
    fr: 'Envoyez le jeton invité de createGuestContact.',
    de: 'Senden Sie das Gast-Token von createGuestContact.',
  },
  'TOKEN_EXPIRED.refresh': {
    en: 'This refresh token has expired; log in again.',
    fr: 'Ce jeton de renouvellement a expiré ; reconnectez-vous.',
    de: 'Dieses Refresh-Token ist abgelaufen; melden Sie sich erneut an.',
  },
  'INVALID_TOKEN.refresh': {
    en: 'This refresh token is not valid; log in again.',
    fr: "Ce jeton de renouvellement n'est pas valable ; reconnectez-vous.",
    de: 'Dieses Refresh-Token ist ungültig; melden Sie sich erneut an.',
  },
  'INVALID_TOKEN.reused': {
    en: 'This refresh token was already used: the session is ended for safety; log in again.',
    fr: 'Ce jeton de renouvellement a déjà servi : la session est terminée par sécurité ; reconnectez-vous.',
    de: 'Dieses Refresh-Token wurde bereits verwendet: Die Sitzung ist aus Sicherheitsgründen beendet; melden Sie sich erneut an.',
  },
  'INVALID_TOKEN.ended': {
    en: 'This session has ended; log in again.',
    fr: 'Cette session est terminée ; reconnectez-vous.',
    de: 'Diese Sitzung ist beendet; melden Sie sich erneut an.',
  },
  // delivery (shipment)
  SHIPMENT_MODE_UNAVAILABLE: {
    en: 'This delivery is not offered for this order and destination.',
    fr: "Cette livraison n'est pas proposée pour cette commande et cette destination.",
    de: 'Diese Lieferung wird für diese Bestellung und dieses Ziel nicht angeboten.',
  },
  'SHIPMENT_MODE_UNAVAILABLE.noAddress': {
    en: 'This delivery is not offered for this order and destination. Give an addressId or an address where it can go.',
    fr: "Cette livraison n'est pas proposée pour cette commande et cette destination. Indiquez une addressId ou une address où elle peut aller.",
    de: 'Diese Lieferung wird für diese Bestellung und dieses Ziel nicht angeboten. Geben Sie eine addressId oder eine address an, wohin sie gehen kann.',
  },
  'SHIPMENT_MODE_UNAVAILABLE.address': {
    en: 'This delivery does not go to that address.',
    fr: 'Cette livraison ne dessert pas cette adresse.',
    de: 'Diese Lieferung geht nicht an diese Adresse.',
  },
  SHIPMENT_SENT: {
    en: 'These tickets have already been sent.',
    fr: 'Ces billets ont déjà été envoyés.',
    de: 'Diese Tickets wurden bereits versandt.',
  },
  SHIPMENT_LOCKED: {
    en: 'This order is paid: its delivery can no longer change.',
    fr: 'Cette commande est payée : sa livraison ne peut plus changer.',
    de: 'Diese Bestellung ist bezahlt: Ihre Lieferung kann sich nicht mehr ändern.',
  },
  ADDRESS_NOT_FOUND: {
    en: 'No such address of yours: take one from me.addresses or save one with saveMyAddress.',
    fr: 'Vous n’avez pas cette adresse : prenez-en une de me.addresses ou enregistrez-en une avec saveMyAddress.',
    de: 'Diese Adresse gehört nicht zu Ihnen: Nehmen Sie eine aus me.addresses oder speichern Sie eine mit saveMyAddress.',
  },
  ADDRESS_REQUIRED: {
    en: 'This delivery needs an address: give addressId (one of yours) or address (a new one).',
    fr: 'Cette livraison demande une adresse : indiquez addressId (une des vôtres) ou address (une nouvelle).',
    de: 'Diese Lieferung braucht eine Adresse: Geben Sie addressId (eine Ihrer Adressen) oder address (eine neue) an.',
  },
  // back office (distribution)
  REQUIRED: {
    en: 'Give a value of at most {max} characters.',
    fr: 'Indiquez une valeur de {max} caractères au plus.',
    de: 'Geben Sie einen Wert von höchstens {max} Zeichen an.',
  },
  NAME_TAKEN: {
    en: 'A partner already has this name.',
    fr: 'Un partenaire porte déjà ce nom.',
    de: 'Ein Partner trägt diesen Namen bereits.',
  },
  'NOT_FOUND.partner': {
    en: 'No such partner.',
    fr: 'Ce partenaire est introuvable.',
    de: 'Diesen Partner gibt es nicht.',
  },
  ADDRESS_RULE: {
    en: 'The address must be "<IP>:<port>", e.g. 195.115.9.79:712.',
    fr: "L'adresse doit être « <IP>:<port> », p. ex. 195.115.9.79:712.",
    de: 'Die Adresse muss „<IP>:<Port>“ sein, z. B. 195.115.9.79:712.',
  },
  EMAILS_RULE: {
    en: '"{value}" is not one e-mail address; separate addresses with semicolons.',
    fr: '« {value} » n’est pas une seule adresse e-mail ; séparez les adresses par des points-virgules.',
    de: '„{value}“ ist nicht eine einzelne E-Mail-Adresse; trennen Sie Adressen mit Semikolons.',
  },
  'EMAILS_RULE.count': {
    en: 'At most {max} addresses.',
    fr: '{max} adresses au plus.',
    de: 'Höchstens {max} Adressen.',
  },
  OPERATOR_NAME_RULE: {
    en: 'The operator name must be "{prefix}<Name>" (letters, digits, underscores).',
    fr: "Le nom de l'opérateur doit être « {prefix}<Nom> » (lettres, chiffres, soulignés).",
    de: 'Der Operatorname muss „{prefix}<Name>“ sein (Buchstaben, Ziffern, Unterstriche).',
  },
  'OPERATOR_NAME_RULE.length': {
    en: 'The operator name must be at most {max} characters in all ("{name}" has {length}).',
    fr: "Le nom de l'opérateur compte {max} caractères au plus en tout (« {name} » en a {length}).",
    de: 'Der Operatorname darf insgesamt höchstens {max} Zeichen haben („{name}“ hat {length}).',
  },
  LOGIN_RULE: {
    en: 'The login must be "{login}" (Operator@DistributorInstitution).',
    fr: "L'identifiant doit être « {login} » (Opérateur@InstitutionDistributrice).",
    de: 'Das Login muss „{login}“ sein (Operator@VertriebsInstitution).',
  },
  URL_RULE: {
    en: "The distributor's URL (http or https), e.g. http://localhost:9000 on the same slot.",
    fr: "L'URL du distributeur (http ou https), p. ex. http://localhost:9000 sur le même emplacement.",
    de: 'Die URL des Vertriebspartners (http oder https), z. B. http://localhost:9000 auf demselben Slot.',
  },
  INSTITUTION_CODE_RULE: {
    en: "The distributor institution's code, in capitals.",
    fr: "Le code de l'institution distributrice, en majuscules.",
    de: 'Der Code der Vertriebsinstitution, in Großbuchstaben.',
  },
  'INSTITUTION_CODE_RULE.ticketnet': {
    en: "Ticketnet's institution code, e.g. 505.",
    fr: "Le code d'institution de Ticketnet, p. ex. 505.",
    de: 'Der Institutionscode von Ticketnet, z. B. 505.',
  },
  SALES_CHANNEL_RULE: {
    en: "The code of the manager's sales channel, e.g. TICKETNET.",
    fr: 'Le code du canal de vente du gestionnaire, p. ex. TICKETNET.',
    de: 'Der Code des Verkaufskanals des Managers, z. B. TICKETNET.',
  },
  PRODUCT_IDS_RULE: {
    en: 'SecuTix product ids, at most 200.',
    fr: 'Des identifiants de produits SecuTix, 200 au plus.',
    de: 'SecuTix-Produkt-IDs, höchstens 200.',
  },
  OBJECT_TYPE_RULE: {
    en: '{objectType} is not mapped for {partner}; use one of {allowed}.',
    fr: "{objectType} n'a pas de correspondance pour {partner} ; utilisez l'un de {allowed}.",
    de: '{objectType} hat keine Zuordnung für {partner}; verwenden Sie eines von {allowed}.',
  },
  TICKETNET_INTEGER_RULE: {
    en: 'Ticketnet values are integers of fewer than ten digits, e.g. 1701.',
    fr: 'Les valeurs Ticketnet sont des entiers de moins de dix chiffres, p. ex. 1701.',
    de: 'Ticketnet-Werte sind ganze Zahlen mit weniger als zehn Ziffern, z. B. 1701.',
  },
  COMPETITION_FORM_RULE: {
    en: 'A competition performance takes "<Ticketnet event>_<session>", e.g. 1701_1709052030, at most 10 characters after the underscore.',
    fr: 'Une représentation de compétition prend « <événement Ticketnet>_<séance> », p. ex. 1701_1709052030, 10 caractères au plus après le souligné.',
    de: 'Eine Wettkampfvorstellung nimmt „<Ticketnet-Veranstaltung>_<Termin>“, z. B. 1701_1709052030, höchstens 10 Zeichen nach dem Unterstrich.',
  },
  COMPETITION_EVENT_RULE: {
    en: 'A competition has no event correspondence: give each performance "<event>_<yyMMddHHmm>" instead.',
    fr: "Une compétition n'a pas de correspondance d'événement : donnez plutôt à chaque représentation « <événement>_<yyMMddHHmm> ».",
    de: 'Ein Wettkampf hat keine Veranstaltungszuordnung: Geben Sie stattdessen jeder Vorstellung „<Veranstaltung>_<yyMMddHHmm>“.',
  },
  TECHNICAL_ID_RULE: {
    en: 'A SecuTix technical id (digits).',
    fr: 'Un identifiant technique SecuTix (chiffres).',
    de: 'Eine technische SecuTix-ID (Ziffern).',
  },
  'TECHNICAL_ID_RULE.externalId': {
    en: "Another institution's correspondences take the manager's technical id (digits) as external id.",
    fr: "Les correspondances d'une autre institution prennent l'identifiant technique du gestionnaire (chiffres) comme identifiant externe.",
    de: 'Zuordnungen einer anderen Institution nehmen die technische ID des Managers (Ziffern) als externe ID.',
  },
  RUN_ALREADY_QUEUED: {
    en: 'A run of this kind is already waiting for this partner.',
    fr: 'Un traitement de ce type attend déjà pour ce partenaire.',
    de: 'Ein Lauf dieser Art wartet bereits für diesen Partner.',
  },
  ALREADY_EXPORTED: {
    en: "Ticketnet event {eventId} was exported on {exportedAt} UTC. Ticketnet's catalog export is an export, not a synchronisation: it cannot be sent again to correct it. Call Ticketnet and ask them to change the event on their side.",
    fr: "L'événement Ticketnet {eventId} a été exporté le {exportedAt} UTC. L'export de catalogue vers Ticketnet est un export, pas une synchronisation : il ne peut pas être renvoyé pour le corriger. Appelez Ticketnet et demandez-leur de modifier l'événement de leur côté.",
    de: 'Die Ticketnet-Veranstaltung {eventId} wurde am {exportedAt} UTC exportiert. Der Katalogexport zu Ticketnet ist ein Export, keine Synchronisation: Er kann zur Korrektur nicht erneut gesendet werden. Rufen Sie Ticketnet an und bitten Sie, die Veranstaltung auf ihrer Seite zu ändern.',
  },
} as const satisfies Record<string, Translations>;
