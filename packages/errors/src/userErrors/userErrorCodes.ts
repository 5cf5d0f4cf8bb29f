/**
 * The registry of codes a mutation reports in its payload (`userErrors { code field message }`):
 * business outcomes a client handles, not failures. `errorCodes.ts` holds the codes of thrown
 * errors (a few of which, NOT_FOUND, UNAUTHENTICATED, TOKEN_EXPIRED, INVALID_TOKEN, also come as
 * userErrors, with the same meaning); `tools/docs/errorRegistry.test.ts` fails on a code used in
 * the source and in neither. What a client reads is in `../messages/userErrorMessages.ts`, in
 * every language; this file is what the documentation says of each code.
 */
export const userErrorCodes = {
  // sales (orders and payment)
  SOLD_OUT: 'Not enough seats left for this choice.',
  QUANTITY_LIMIT: 'More seats than allowed for one order.',
  NOT_ON_SALE: 'This performance is not on sale (yet, or any more).',
  PRICE_NOT_FOUND: 'This seat category and audience subcategory are not sold for this performance.',
  PERFORMANCE_NOT_FOUND: 'SecuTix knows no performance with this id; `field` names the item (`items.2.performanceId`).',
  PRODUCT_NOT_FOUND: 'SecuTix sells no product with this id without a performance; `field` names the item (`items.2.productId`).',
  ORDER_EXPIRED: 'The seats of this order were released; start a new order.',
  ORDER_CLOSED: 'The order is closed and cannot change.',
  PAYMENT_INCOMPLETE: 'The order is not fully paid yet.',
  PAYMENT_METHOD_UNAVAILABLE: 'This point of sale does not take this payment method.',
  INVALID_VOUCHER: 'The voucher code is unknown, spent or expired.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key (8 to 100 of `A-Z a-z 0-9 . _ : -`) was used for a different request; use a new key for a new request.',
  INVALID_INPUT: 'A value of the input is malformed or was refused by SecuTix; `field` names it.',
  REFUSED: 'SecuTix refused the change for a reason it did not detail.',
  INVALID_ITEM: 'An order item is neither a seated item (performanceId and seatCategoryId) nor a product item (productId); `field` names it.',
  REFUND_NOT_AVAILABLE: 'A paid order cannot be cancelled here: the box office refunds it.',
  DELIVERY_NOT_CHOSEN: 'This payment would settle the order: choose its delivery first (chooseShipmentMode).',
  NOTHING_DUE: 'The order has nothing left to pay.',
  NO_CREDIT: 'The contact has no credit balance left to pay with.',
  // contacts (login, sessions, profile)
  INVALID_CREDENTIALS: 'E-mail (or operator login) or password is wrong.',
  TOO_MANY_ATTEMPTS: 'Too many failed logins from this client or on this account (login), or too many unknown voucher codes from this client (payOrder with GIFT_VOUCHER), or too many guest contacts created from this client (createGuestContact), or too many order changes by this contact, delivery choices included (ORDER_CHANGES_PER_CONTACT); `retryAfterSeconds` (or the message) says when to try again.',
  NO_SESSION: 'The request carries no session to end: no access token, refresh token, session cookie or SecuTix contact cookie.',
  EMAIL_ALREADY_REGISTERED: 'An account already uses this e-mail.',
  ALREADY_REGISTERED: 'This guest is already a registered contact.',
  // shipment
  SHIPMENT_MODE_UNAVAILABLE: 'This delivery is not offered for this order.',
  SHIPMENT_SENT: 'The tickets have already been sent; the delivery cannot change.',
  SHIPMENT_LOCKED: 'The order is paid or closed: its delivery cannot change any more.',
  ADDRESS_NOT_FOUND: 'The address id is not one of the caller\'s addresses.',
  ADDRESS_REQUIRED: 'This delivery mode needs an address: give `addressId` (one of the caller\'s) or `address` (a new one, the way for a guest).',
  // distribution (back office): the rule a partner setting or correspondence breaks
  REQUIRED: 'A required value is empty or too long.',
  NAME_TAKEN: 'A partner already has this name.',
  ADDRESS_RULE: 'The address must be `<IP>:<port>`.',
  EMAILS_RULE: 'Notification e-mails, separated by semicolons.',
  OPERATOR_NAME_RULE: 'The operator must be `<Institution>_<Name>`, 12 characters at most.',
  LOGIN_RULE: 'The login must be `Operator@Institution`.',
  URL_RULE: "The distributor's URL (http or https).",
  INSTITUTION_CODE_RULE: "The partner institution's code (Ticketnet: digits; a distributor: capitals).",
  SALES_CHANNEL_RULE: "The code of the manager's sales channel.",
  PRODUCT_IDS_RULE: 'SecuTix product ids, at most 200.',
  OBJECT_TYPE_RULE: 'This partner takes no correspondence of this object type.',
  TICKETNET_INTEGER_RULE: 'Ticketnet ids are integers of fewer than ten digits.',
  COMPETITION_FORM_RULE: 'A competition id is `<event>_<yyMMddHHmm>`.',
  COMPETITION_EVENT_RULE: "A competition id's event must be the performance's event.",
  TECHNICAL_ID_RULE: "Another institution's correspondences are the manager's technical ids.",
  RUN_ALREADY_QUEUED: 'A run of this kind is already waiting for this partner.',
  ALREADY_EXPORTED: 'This event was already exported to Ticketnet; the message says what to do instead.',
} as const;

export type UserErrorCode = keyof typeof userErrorCodes;

/** codes of the thrown errors' registry (`errorCodes.ts`) that also come as userErrors, with the same meaning */
export const sharedUserErrorCodes = ['NOT_FOUND', 'UNAUTHENTICATED', 'TOKEN_EXPIRED', 'INVALID_TOKEN'] as const;
type DomainCode = UserErrorCode | (typeof sharedUserErrorCodes)[number];

/**
 * Which codes each domain's mutations report, by subgraph: each subgraph's schema has its
 * `<Domain>UserError` type and `<Domain>UserErrorCode` enum generated from this list
 * (`npm run compose`; `compose:check` and `tools/compose/generatedBlock.test.ts` fail when they
 * differ), so a client's code generator knows every code it must handle. REFUSED is in every
 * domain: it is what a SecuTix refusal becomes when it means nothing known to the operation.
 */
export const userErrorDomains = {
  contacts: [
    'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'NO_SESSION', 'EMAIL_ALREADY_REGISTERED', 'ALREADY_REGISTERED', 'ADDRESS_NOT_FOUND',
    'INVALID_INPUT', 'REFUSED', 'NOT_FOUND', 'UNAUTHENTICATED', 'TOKEN_EXPIRED', 'INVALID_TOKEN',
  ],
  sales: [
    'SOLD_OUT', 'QUANTITY_LIMIT', 'NOT_ON_SALE', 'PRICE_NOT_FOUND', 'PERFORMANCE_NOT_FOUND', 'PRODUCT_NOT_FOUND', 'INVALID_ITEM',
    'ORDER_EXPIRED', 'ORDER_CLOSED', 'PAYMENT_INCOMPLETE', 'PAYMENT_METHOD_UNAVAILABLE', 'INVALID_VOUCHER', 'NO_CREDIT', 'NOTHING_DUE',
    'DELIVERY_NOT_CHOSEN', 'REFUND_NOT_AVAILABLE', 'TOO_MANY_ATTEMPTS', 'IDEMPOTENCY_KEY_REUSED', 'INVALID_INPUT', 'REFUSED', 'NOT_FOUND',
  ],
  shipment: [
    'SHIPMENT_MODE_UNAVAILABLE', 'SHIPMENT_SENT', 'SHIPMENT_LOCKED', 'ADDRESS_NOT_FOUND', 'ADDRESS_REQUIRED', 'ORDER_EXPIRED',
    'TOO_MANY_ATTEMPTS', 'INVALID_INPUT', 'REFUSED', 'NOT_FOUND',
  ],
  distribution: [
    'REQUIRED', 'NAME_TAKEN', 'ADDRESS_RULE', 'EMAILS_RULE', 'OPERATOR_NAME_RULE', 'LOGIN_RULE', 'URL_RULE', 'INSTITUTION_CODE_RULE',
    'SALES_CHANNEL_RULE', 'PRODUCT_IDS_RULE', 'OBJECT_TYPE_RULE', 'TICKETNET_INTEGER_RULE', 'COMPETITION_FORM_RULE',
    'COMPETITION_EVENT_RULE', 'TECHNICAL_ID_RULE', 'RUN_ALREADY_QUEUED', 'ALREADY_EXPORTED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS',
    'REFUSED', 'NOT_FOUND',
  ],
} as const satisfies Readonly<Record<string, readonly DomainCode[]>>;

export type UserErrorDomain = keyof typeof userErrorDomains;
