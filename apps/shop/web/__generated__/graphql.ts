/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How much is left, as SecuTix says it: a level for people, its indicator in `code`. */
export type AvailabilityLevel =
  /** Seats available (SecuTix indicator 1, green). */
  | 'AVAILABLE'
  /** Few seats left (indicator 2, orange). */
  | 'FEW_LEFT'
  /** Sold out (indicator 3, red). */
  | 'SOLD_OUT';

/** The codes the contacts mutations report as userErrors (packages/errors/src/userErrors/userErrorCodes.ts). */
export type ContactsUserErrorCode =
  /** The address id is not one of the caller's addresses. */
  | 'ADDRESS_NOT_FOUND'
  /** This guest is already a registered contact. */
  | 'ALREADY_REGISTERED'
  /** An account already uses this e-mail. */
  | 'EMAIL_ALREADY_REGISTERED'
  /** E-mail (or operator login) or password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** A value of the input is malformed or was refused by SecuTix; `field` names it. */
  | 'INVALID_INPUT'
  /** The access token is forged, altered, malformed or its session was ended (logout, logoutEverywhere, password change, refresh token reuse) (HTTP 401): log in again. */
  | 'INVALID_TOKEN'
  /** No entity with this id. */
  | 'NOT_FOUND'
  /** The request carries no session to end: no access token, refresh token, session cookie or SecuTix contact cookie. */
  | 'NO_SESSION'
  /** SecuTix refused the change for a reason it did not detail. */
  | 'REFUSED'
  /** The access token has expired (HTTP 401): get a new one with refreshLogin, then repeat the request. */
  | 'TOKEN_EXPIRED'
  /** Too many failed logins from this client or on this account (login), or too many unknown voucher codes from this client (payOrder with GIFT_VOUCHER), or too many guest contacts created from this client (createGuestContact), or too many order changes by this contact, delivery choices included (ORDER_CHANGES_PER_CONTACT); `retryAfterSeconds` (or the message) says when to try again. */
  | 'TOO_MANY_ATTEMPTS'
  /** No verified identity, or a session or identity header that is forged, altered or expired: log in again. */
  | 'UNAUTHENTICATED';

/** Who checks out as a guest (createGuestContact): a valid e-mail, first and last names (required, at most 60 characters each) and the language SecuTix keeps for the contact. */
export type GuestContactInput = {
  email: string;
  firstName: string;
  language?: string | null | undefined;
  lastName: string;
};

/** The items to put in an order: seats of performances, or products sold without performance. */
export type OrderInput = {
  items: Array<OrderItemInput>;
};

/**
 * One item, ids as the catalog exposes them (Product.purchaseMode says which kind a product takes):
 * a seated performance is `{ performanceId, seatCategoryId, audienceSubCategoryId, quantity }`;
 * a pass, package or membership (no performance) is `{ productId, audienceSubCategoryId, quantity }`.
 * One order may mix both.
 */
export type OrderItemInput = {
  audienceSubCategoryId: string | number;
  performanceId?: string | number | null | undefined;
  /** a product sold without performance (Product.purchaseMode PRODUCT) */
  productId?: string | number | null | undefined;
  quantity: number;
  seatCategoryId?: string | number | null | undefined;
};

/** Where an order is: OPEN (seats held until `expiresAt`), CLOSED (sold), CANCELLED, or EXPIRED (the hold ran out). */
export type OrderState =
  | 'CANCELLED'
  | 'CLOSED'
  | 'EXPIRED'
  | 'OPEN';

/** How `payOrder` pays: a card on SecuTix's hosted page, a gift voucher, or the contact's credit balance. */
export type PaymentMethodType =
  | 'CARD'
  | 'CREDIT_BALANCE'
  | 'GIFT_VOUCHER';

/** Where one payment stands: WAITING (started, not finished, such as a card payment on SecuTix's hosted page), PAID (taken or authorised), CANCELLED (by the buyer), REFUNDED, or FAILED (anything else SecuTix reports). */
export type PaymentRecordState =
  | 'CANCELLED'
  | 'FAILED'
  | 'PAID'
  | 'REFUNDED'
  | 'WAITING';

/** The order's payments taken together: NONE (no payment yet), WAITING (one still in progress, such as a card payment on SecuTix's hosted page), PARTIALLY_PAID, PAID (nothing left due), CANCELLED (the buyer cancelled the last one) or FAILED. */
export type PaymentState =
  | 'CANCELLED'
  | 'FAILED'
  | 'NONE'
  | 'PAID'
  /** some payments are made, amountDue shows the rest */
  | 'PARTIALLY_PAID'
  | 'WAITING';

/** The SecuTix product family of a product: single entries (seats of a performance), passes, packages, memberships, season tickets, services and goods; OTHER for a family this API does not name. Product.purchaseMode says whether and how it can be ordered here. */
export type ProductFamilyType =
  | 'GOODS'
  | 'MEMBERSHIP'
  | 'OTHER'
  | 'PACKAGE'
  | 'PASS'
  | 'SEASONTICKET'
  | 'SERVICE'
  | 'SINGLE_ENTRY';

/** How createOrder/addToOrder buy a product (the SecuTix operation list behind it). */
export type PurchaseMode =
  /** a seat category of one of its performances: { performanceId, seatCategoryId, audienceSubCategoryId, quantity } (singleEntryAttributionOperations) */
  | 'PERFORMANCE_SEAT'
  /** the product itself, from its prices: { productId, audienceSubCategoryId, quantity } (simpleProductOperations) */
  | 'PRODUCT'
  /** not sold through this API (composed products, season tickets, goods, services): buy it in the ticket shop (bookingUrl) */
  | 'TICKET_SHOP_ONLY';

/** The sales state from the catalog. Sold out is availability, not catalog: see `availability`. */
export type SalesState =
  | 'CANCELLED'
  | 'ON_SALE'
  | 'SALES_ENDED'
  | 'SOON_ON_SALE'
  | 'SUSPENDED';

/** The codes the sales mutations report as userErrors (packages/errors/src/userErrors/userErrorCodes.ts). */
export type SalesUserErrorCode =
  /** This payment would settle the order: choose its delivery first (chooseShipmentMode). */
  | 'DELIVERY_NOT_CHOSEN'
  /** This idempotency key (8 to 100 of `A-Z a-z 0-9 . _ : -`) was used for a different request; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value of the input is malformed or was refused by SecuTix; `field` names it. */
  | 'INVALID_INPUT'
  /** An order item is neither a seated item (performanceId and seatCategoryId) nor a product item (productId); `field` names it. */
  | 'INVALID_ITEM'
  /** The voucher code is unknown, spent or expired. */
  | 'INVALID_VOUCHER'
  /** The order has nothing left to pay. */
  | 'NOTHING_DUE'
  /** No entity with this id. */
  | 'NOT_FOUND'
  /** This performance is not on sale (yet, or any more). */
  | 'NOT_ON_SALE'
  /** The contact has no credit balance left to pay with. */
  | 'NO_CREDIT'
  /** The order is closed and cannot change. */
  | 'ORDER_CLOSED'
  /** The seats of this order were released; start a new order. */
  | 'ORDER_EXPIRED'
  /** The order is not fully paid yet. */
  | 'PAYMENT_INCOMPLETE'
  /** This point of sale does not take this payment method. */
  | 'PAYMENT_METHOD_UNAVAILABLE'
  /** SecuTix knows no performance with this id; `field` names the item (`items.2.performanceId`). */
  | 'PERFORMANCE_NOT_FOUND'
  /** This seat category and audience subcategory are not sold for this performance. */
  | 'PRICE_NOT_FOUND'
  /** SecuTix sells no product with this id without a performance; `field` names the item (`items.2.productId`). */
  | 'PRODUCT_NOT_FOUND'
  /** More seats than allowed for one order. */
  | 'QUANTITY_LIMIT'
  /** A paid order cannot be cancelled here: the box office refunds it. */
  | 'REFUND_NOT_AVAILABLE'
  /** SecuTix refused the change for a reason it did not detail. */
  | 'REFUSED'
  /** Not enough seats left for this choice. */
  | 'SOLD_OUT'
  /** Too many failed logins from this client or on this account (login), or too many unknown voucher codes from this client (payOrder with GIFT_VOUCHER), or too many guest contacts created from this client (createGuestContact), or too many order changes by this contact, delivery choices included (ORDER_CHANGES_PER_CONTACT); `retryAfterSeconds` (or the message) says when to try again. */
  | 'TOO_MANY_ATTEMPTS';

/** A new postal address for a delivery that needs one, by the rules of saveMyAddress. */
export type ShipmentAddressInput = {
  city: string;
  /** ISO-3166 code such as CH */
  countryCode: string;
  line1: string;
  line2?: string | null | undefined;
  zipCode: string;
};

/** Whether SecuTix has sent the shipment's tickets: UNSENT, or SENT, after which its delivery mode can no longer be changed. */
export type ShipmentState =
  | 'SENT'
  | 'UNSENT';

/** The codes the shipment mutations report as userErrors (packages/errors/src/userErrors/userErrorCodes.ts). */
export type ShipmentUserErrorCode =
  /** The address id is not one of the caller's addresses. */
  | 'ADDRESS_NOT_FOUND'
  /** This delivery mode needs an address: give `addressId` (one of the caller's) or `address` (a new one, the way for a guest). */
  | 'ADDRESS_REQUIRED'
  /** A value of the input is malformed or was refused by SecuTix; `field` names it. */
  | 'INVALID_INPUT'
  /** No entity with this id. */
  | 'NOT_FOUND'
  /** The seats of this order were released; start a new order. */
  | 'ORDER_EXPIRED'
  /** SecuTix refused the change for a reason it did not detail. */
  | 'REFUSED'
  /** The order is paid or closed: its delivery cannot change any more. */
  | 'SHIPMENT_LOCKED'
  /** This delivery is not offered for this order. */
  | 'SHIPMENT_MODE_UNAVAILABLE'
  /** The tickets have already been sent; the delivery cannot change. */
  | 'SHIPMENT_SENT'
  /** Too many failed logins from this client or on this account (login), or too many unknown voucher codes from this client (payOrder with GIFT_VOUCHER), or too many guest contacts created from this client (createGuestContact), or too many order changes by this contact, delivery choices included (ORDER_CHANGES_PER_CONTACT); `retryAfterSeconds` (or the message) says when to try again. */
  | 'TOO_MANY_ATTEMPTS';

/** Where a ticket is in SecuTix. CANCELLED and INVALIDATED tickets no longer admit, and their downloads answer 410 TICKET_CANCELLED; CONTROLLED ones were scanned at the door. */
export type TicketState =
  | 'CANCELLED'
  | 'CONTROLLED'
  | 'INVALIDATED'
  | 'PRINTED'
  | 'VALID';

export type ShopPointOfSaleQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopPointOfSaleQuery = { pointOfSale: { name: string | null, mainLanguage: string, languages: Array<string>, currencyCode: string } };

export type ShopChooseDeliveryMutationVariables = Exact<{
  orderId: string | number;
  modeId: string | number;
  addressId?: string | number | null | undefined;
  address?: ShipmentAddressInput | null | undefined;
}>;


export type ShopChooseDeliveryMutation = { chooseShipmentMode: { shipments: Array<{ id: string, shipmentModeId: string, state: ShipmentState }>, userErrors: Array<{ code: ShipmentUserErrorCode, field: string | null, message: string }> } };

export type ShopCreateGuestMutationVariables = Exact<{
  input: GuestContactInput;
}>;


export type ShopCreateGuestMutation = { createGuestContact: { contactNumber: string | null, guestToken: string | null, guestTokenExpiresAt: string | null, userErrors: Array<{ code: ContactsUserErrorCode, field: string | null, message: string }> } };

export type ShopHeaderQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopHeaderQuery = { visitor: { displayName: string | null, firstName: string | null, cart: { quantity: number, orderId: string | null } | null }, me: { contactNumber: string, firstName: string | null } | null };

export type ShopVoucherQueryVariables = Exact<{
  code: string;
}>;


export type ShopVoucherQuery = { voucher: { code: string, validUntil: string | null, balance: { amount: string, currencyCode: string } } | null };

export type ShopPayByVoucherMutationVariables = Exact<{
  orderId: string | number;
  code: string;
  key: string;
}>;


export type ShopPayByVoucherMutation = { payOrder: { retryAfterSeconds: number | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopCartQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
  country?: string | null | undefined;
}>;


export type ShopCartQuery = { order: { id: string, state: OrderState, expiresAt: string | null, paymentState: PaymentState, total: { amount: string, currencyCode: string }, shipmentFee: { amount: string, currencyCode: string }, amountDue: { amount: string, currencyCode: string }, payments: Array<{ id: string, method: PaymentMethodType, state: PaymentRecordState, amount: { amount: string, currencyCode: string } }>, lines: Array<{ id: string, quantity: number, product: { id: string, name: string } | null, performance: { id: string, start: string } | null, unitPrice: { amount: string, currencyCode: string }, total: { amount: string, currencyCode: string } }>, shipmentModes: Array<{ id: string, name: string, deliveryTimeInDays: number | null, addressRequired: boolean, price: { amount: string, currencyCode: string } }> | null, shipments: Array<{ id: string, shipmentModeId: string, state: ShipmentState, address: { addressId: string | null, line1: string, zipCode: string, city: string, countryCode: string } | null }> | null } | null };

export type ShopRemoveLineMutationVariables = Exact<{
  orderId: string | number;
  lineIds: Array<string | number> | string | number;
  key: string;
}>;


export type ShopRemoveLineMutation = { removeFromOrder: { order: { id: string } | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopPayByCardMutationVariables = Exact<{
  orderId: string | number;
  returnUrl: string;
  key: string;
}>;


export type ShopPayByCardMutation = { payOrder: { paymentUrl: string | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopConfirmOrderMutationVariables = Exact<{
  orderId: string | number;
  key: string;
}>;


export type ShopConfirmOrderMutation = { closeOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopCheckoutMutationVariables = Exact<{
  orderId: string | number;
  lang?: string | null | undefined;
}>;


export type ShopCheckoutMutation = { checkout: { url: string | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopRegisterGuestMutationVariables = Exact<{
  password: string;
}>;


export type ShopRegisterGuestMutation = { registerGuest: { token: string | null, contact: { firstName: string | null } | null, userErrors: Array<{ code: ContactsUserErrorCode, field: string | null, message: string }> } };

export type ShopHomeQueryVariables = Exact<{
  lang?: string | null | undefined;
}>;


export type ShopHomeQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, name: string, state: SalesState, familyType: ProductFamilyType, priceRange: { min: { amount: string, currencyCode: string } } | null, nextPerformance: { start: string } | null, availability: { level: AvailabilityLevel, code: number } | null } }> } };

export type ShopLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ShopLoginMutation = { login: { token: string | null, expiresAt: string | null, contact: { firstName: string | null } | null, userErrors: Array<{ code: ContactsUserErrorCode, field: string | null, message: string }> } };

export type ShopOrderQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type ShopOrderQuery = { order: { id: string, state: OrderState, paymentState: PaymentState, total: { amount: string, currencyCode: string }, shipmentFee: { amount: string, currencyCode: string }, payments: Array<{ id: string, method: PaymentMethodType, state: PaymentRecordState, amount: { amount: string, currencyCode: string } }>, shipments: Array<{ shipmentModeId: string, state: ShipmentState, address: { line1: string, zipCode: string, city: string, countryCode: string } | null }> | null, tickets: Array<{ id: string, barcode: string, state: TicketState, holderName: string | null, barcodeImageUrl: string, documentUrl: string, product: { id: string, name: string } | null, performance: { id: string, start: string } | null, seat: { area: string | null, block: string | null, row: string | null, number: string | null } | null }> | null } | null };

export type ShopOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopOrdersQuery = { me: { orders: { totalCount: number, edges: Array<{ node: { id: string, state: OrderState, createdAt: string | null, paymentState: PaymentState, total: { amount: string, currencyCode: string } } }> } | null } | null };

export type ShopCloseOrderMutationVariables = Exact<{
  orderId: string | number;
  key: string;
}>;


export type ShopCloseOrderMutation = { closeOrder: { order: { id: string, state: OrderState, paymentState: PaymentState } | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopProductQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type ShopProductQuery = { product: { id: string, name: string, description: string | null, state: SalesState, purchaseMode: PurchaseMode, bookingUrl: string | null, availability: { level: AvailabilityLevel, code: number } | null, prices: Array<{ seatCategory: { id: string, name: string } | null, audienceSubCategory: { id: string, name: string }, amount: { amount: string, currencyCode: string } }>, performances: Array<{ id: string, start: string, state: SalesState, availability: { level: AvailabilityLevel, code: number } | null, prices: Array<{ seatCategory: { id: string, name: string } | null, audienceSubCategory: { id: string, name: string }, amount: { amount: string, currencyCode: string } }> }> } | null };

export type ShopCreateOrderMutationVariables = Exact<{
  input: OrderInput;
  key: string;
}>;


export type ShopCreateOrderMutation = { createOrder: { order: { id: string } | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };

export type ShopAddToOrderMutationVariables = Exact<{
  orderId: string | number;
  input: OrderInput;
  key: string;
}>;


export type ShopAddToOrderMutation = { addToOrder: { order: { id: string } | null, userErrors: Array<{ code: SalesUserErrorCode, field: string | null, message: string }> } };


export const ShopPointOfSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopPointOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointOfSale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mainLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]} as unknown as DocumentNode<ShopPointOfSaleQuery, ShopPointOfSaleQueryVariables>;
export const ShopChooseDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopChooseDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"address"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentAddressInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseShipmentMode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shipmentModeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"addressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"address"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentModeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopChooseDeliveryMutation, ShopChooseDeliveryMutationVariables>;
export const ShopCreateGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopCreateGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GuestContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuestContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactNumber"}},{"kind":"Field","name":{"kind":"Name","value":"guestToken"}},{"kind":"Field","name":{"kind":"Name","value":"guestTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopCreateGuestMutation, ShopCreateGuestMutationVariables>;
export const ShopHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopHeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]} as unknown as DocumentNode<ShopHeaderQuery, ShopHeaderQueryVariables>;
export const ShopVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ShopVoucherQuery, ShopVoucherQueryVariables>;
export const ShopPayByVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopPayByVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"payment"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"GIFT_VOUCHER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"voucherCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopPayByVoucherMutation, ShopPayByVoucherMutationVariables>;
export const ShopCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentState"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentModes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"deliveryTimeInDays"}},{"kind":"Field","name":{"kind":"Name","value":"addressRequired"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipmentModeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressId"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"zipCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopCartQuery, ShopCartQueryVariables>;
export const ShopRemoveLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopRemoveLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopRemoveLineMutation, ShopRemoveLineMutationVariables>;
export const ShopPayByCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopPayByCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"returnUrl"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"payment"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"CARD"}},{"kind":"ObjectField","name":{"kind":"Name","value":"returnUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"returnUrl"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopPayByCardMutation, ShopPayByCardMutationVariables>;
export const ShopConfirmOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopConfirmOrderMutation, ShopConfirmOrderMutationVariables>;
export const ShopCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopCheckoutMutation, ShopCheckoutMutationVariables>;
export const ShopRegisterGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopRegisterGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerGuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopRegisterGuestMutation, ShopRegisterGuestMutationVariables>;
export const ShopHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"familyType"}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPerformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopHomeQuery, ShopHomeQueryVariables>;
export const ShopLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopLoginMutation, ShopLoginMutationVariables>;
export const ShopOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paymentState"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipmentFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentModeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"zipCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodeImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ShopOrderQuery, ShopOrderQueryVariables>;
export const ShopOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentState"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopOrdersQuery, ShopOrdersQueryVariables>;
export const ShopCloseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopCloseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paymentState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopCloseOrderMutation, ShopCloseOrderMutationVariables>;
export const ShopProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceSubCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"performances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceSubCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopProductQuery, ShopProductQueryVariables>;
export const ShopCreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopCreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopCreateOrderMutation, ShopCreateOrderMutationVariables>;
export const ShopAddToOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopAddToOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopAddToOrderMutation, ShopAddToOrderMutationVariables>;