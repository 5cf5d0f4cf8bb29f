/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ShopPointOfSale {\n    pointOfSale { name mainLanguage languages currencyCode }\n  }\n": typeof types.ShopPointOfSaleDocument,
    "\n  mutation ShopChooseDelivery($orderId: ID!, $modeId: ID!, $addressId: ID, $address: ShipmentAddressInput) {\n    chooseShipmentMode(orderId: $orderId, shipmentModeId: $modeId, addressId: $addressId, address: $address) {\n      shipments { id shipmentModeId state }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ShopChooseDeliveryDocument,
    "\n  mutation ShopCreateGuest($input: GuestContactInput!) {\n    createGuestContact(input: $input) { contactNumber guestToken guestTokenExpiresAt userErrors { code field message } }\n  }\n": typeof types.ShopCreateGuestDocument,
    "\n  query ShopHeader {\n    visitor { displayName firstName cart { quantity orderId } }\n    me { contactNumber firstName }\n  }\n": typeof types.ShopHeaderDocument,
    "\n  query ShopVoucher($code: String!) {\n    voucher(code: $code) { code balance { amount currencyCode } validUntil }\n  }\n": typeof types.ShopVoucherDocument,
    "\n  mutation ShopPayByVoucher($orderId: ID!, $code: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: GIFT_VOUCHER, voucherCode: $code }, idempotencyKey: $key) {\n      retryAfterSeconds\n      userErrors { code field message }\n    }\n  }\n": typeof types.ShopPayByVoucherDocument,
    "\n  query ShopCart($id: ID!, $lang: LanguageCode, $country: CountryCode) {\n    order(id: $id) {\n      id\n      state\n      expiresAt\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      amountDue { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      lines {\n        id\n        quantity\n        product { id name(lang: $lang) }\n        performance { id start }\n        unitPrice { amount currencyCode }\n        total { amount currencyCode }\n      }\n      shipmentModes(lang: $lang, countryCode: $country) { id name(lang: $lang) deliveryTimeInDays addressRequired price { amount currencyCode } }\n      shipments { id shipmentModeId state address { addressId line1 zipCode city countryCode } }\n    }\n  }\n": typeof types.ShopCartDocument,
    "\n  mutation ShopRemoveLine($orderId: ID!, $lineIds: [ID!]!, $key: String!) {\n    removeFromOrder(orderId: $orderId, lineIds: $lineIds, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n": typeof types.ShopRemoveLineDocument,
    "\n  mutation ShopPayByCard($orderId: ID!, $returnUrl: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: CARD, returnUrl: $returnUrl }, idempotencyKey: $key) { paymentUrl userErrors { code field message } }\n  }\n": typeof types.ShopPayByCardDocument,
    "\n  mutation ShopConfirmOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state } userErrors { code field message } }\n  }\n": typeof types.ShopConfirmOrderDocument,
    "\n  mutation ShopCheckout($orderId: ID!, $lang: LanguageCode) {\n    checkout(orderId: $orderId, lang: $lang) { url userErrors { code field message } }\n  }\n": typeof types.ShopCheckoutDocument,
    "\n  mutation ShopRegisterGuest($password: String!) {\n    registerGuest(password: $password) { token contact { firstName } userErrors { code field message } }\n  }\n": typeof types.ShopRegisterGuestDocument,
    "\n  query ShopHome($lang: LanguageCode) {\n    products(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name(lang: $lang)\n          state\n          familyType\n          priceRange { min { amount currencyCode } }\n          nextPerformance { start }\n          availability { level code }\n        }\n      }\n    }\n  }\n": typeof types.ShopHomeDocument,
    "\n  mutation ShopLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt contact { firstName } userErrors { code field message } }\n  }\n": typeof types.ShopLoginDocument,
    "\n  query ShopOrder($id: ID!, $lang: LanguageCode) {\n    order(id: $id) {\n      id\n      state\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      shipments { shipmentModeId state address { line1 zipCode city countryCode } }\n      tickets {\n        id\n        barcode\n        state\n        holderName\n        product { id name(lang: $lang) }\n        performance { id start }\n        seat { area block row number }\n        barcodeImageUrl\n        documentUrl\n      }\n    }\n  }\n": typeof types.ShopOrderDocument,
    "\n  query ShopOrders {\n    me {\n      orders(first: 20) {\n        totalCount\n        edges { node { id state createdAt paymentState total { amount currencyCode } } }\n      }\n    }\n  }\n": typeof types.ShopOrdersDocument,
    "\n  mutation ShopCloseOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state paymentState } userErrors { code field message } }\n  }\n": typeof types.ShopCloseOrderDocument,
    "\n  query ShopProduct($id: ID!, $lang: LanguageCode) {\n    product(id: $id) {\n      id\n      name(lang: $lang)\n      description(lang: $lang)\n      state\n      purchaseMode\n      bookingUrl(lang: $lang)\n      availability { level code }\n      prices {\n        seatCategory { id name(lang: $lang) }\n        audienceSubCategory { id name(lang: $lang) }\n        amount { amount currencyCode }\n      }\n      performances {\n        id\n        start\n        state\n        availability { level code }\n        prices {\n          seatCategory { id name(lang: $lang) }\n          audienceSubCategory { id name(lang: $lang) }\n          amount { amount currencyCode }\n        }\n      }\n    }\n  }\n": typeof types.ShopProductDocument,
    "\n  mutation ShopCreateOrder($input: OrderInput!, $key: String!) {\n    createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n": typeof types.ShopCreateOrderDocument,
    "\n  mutation ShopAddToOrder($orderId: ID!, $input: OrderInput!, $key: String!) {\n    addToOrder(orderId: $orderId, input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n": typeof types.ShopAddToOrderDocument,
};
const documents: Documents = {
    "\n  query ShopPointOfSale {\n    pointOfSale { name mainLanguage languages currencyCode }\n  }\n": types.ShopPointOfSaleDocument,
    "\n  mutation ShopChooseDelivery($orderId: ID!, $modeId: ID!, $addressId: ID, $address: ShipmentAddressInput) {\n    chooseShipmentMode(orderId: $orderId, shipmentModeId: $modeId, addressId: $addressId, address: $address) {\n      shipments { id shipmentModeId state }\n      userErrors { code field message }\n    }\n  }\n": types.ShopChooseDeliveryDocument,
    "\n  mutation ShopCreateGuest($input: GuestContactInput!) {\n    createGuestContact(input: $input) { contactNumber guestToken guestTokenExpiresAt userErrors { code field message } }\n  }\n": types.ShopCreateGuestDocument,
    "\n  query ShopHeader {\n    visitor { displayName firstName cart { quantity orderId } }\n    me { contactNumber firstName }\n  }\n": types.ShopHeaderDocument,
    "\n  query ShopVoucher($code: String!) {\n    voucher(code: $code) { code balance { amount currencyCode } validUntil }\n  }\n": types.ShopVoucherDocument,
    "\n  mutation ShopPayByVoucher($orderId: ID!, $code: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: GIFT_VOUCHER, voucherCode: $code }, idempotencyKey: $key) {\n      retryAfterSeconds\n      userErrors { code field message }\n    }\n  }\n": types.ShopPayByVoucherDocument,
    "\n  query ShopCart($id: ID!, $lang: LanguageCode, $country: CountryCode) {\n    order(id: $id) {\n      id\n      state\n      expiresAt\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      amountDue { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      lines {\n        id\n        quantity\n        product { id name(lang: $lang) }\n        performance { id start }\n        unitPrice { amount currencyCode }\n        total { amount currencyCode }\n      }\n      shipmentModes(lang: $lang, countryCode: $country) { id name(lang: $lang) deliveryTimeInDays addressRequired price { amount currencyCode } }\n      shipments { id shipmentModeId state address { addressId line1 zipCode city countryCode } }\n    }\n  }\n": types.ShopCartDocument,
    "\n  mutation ShopRemoveLine($orderId: ID!, $lineIds: [ID!]!, $key: String!) {\n    removeFromOrder(orderId: $orderId, lineIds: $lineIds, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n": types.ShopRemoveLineDocument,
    "\n  mutation ShopPayByCard($orderId: ID!, $returnUrl: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: CARD, returnUrl: $returnUrl }, idempotencyKey: $key) { paymentUrl userErrors { code field message } }\n  }\n": types.ShopPayByCardDocument,
    "\n  mutation ShopConfirmOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state } userErrors { code field message } }\n  }\n": types.ShopConfirmOrderDocument,
    "\n  mutation ShopCheckout($orderId: ID!, $lang: LanguageCode) {\n    checkout(orderId: $orderId, lang: $lang) { url userErrors { code field message } }\n  }\n": types.ShopCheckoutDocument,
    "\n  mutation ShopRegisterGuest($password: String!) {\n    registerGuest(password: $password) { token contact { firstName } userErrors { code field message } }\n  }\n": types.ShopRegisterGuestDocument,
    "\n  query ShopHome($lang: LanguageCode) {\n    products(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name(lang: $lang)\n          state\n          familyType\n          priceRange { min { amount currencyCode } }\n          nextPerformance { start }\n          availability { level code }\n        }\n      }\n    }\n  }\n": types.ShopHomeDocument,
    "\n  mutation ShopLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt contact { firstName } userErrors { code field message } }\n  }\n": types.ShopLoginDocument,
    "\n  query ShopOrder($id: ID!, $lang: LanguageCode) {\n    order(id: $id) {\n      id\n      state\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      shipments { shipmentModeId state address { line1 zipCode city countryCode } }\n      tickets {\n        id\n        barcode\n        state\n        holderName\n        product { id name(lang: $lang) }\n        performance { id start }\n        seat { area block row number }\n        barcodeImageUrl\n        documentUrl\n      }\n    }\n  }\n": types.ShopOrderDocument,
    "\n  query ShopOrders {\n    me {\n      orders(first: 20) {\n        totalCount\n        edges { node { id state createdAt paymentState total { amount currencyCode } } }\n      }\n    }\n  }\n": types.ShopOrdersDocument,
    "\n  mutation ShopCloseOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state paymentState } userErrors { code field message } }\n  }\n": types.ShopCloseOrderDocument,
    "\n  query ShopProduct($id: ID!, $lang: LanguageCode) {\n    product(id: $id) {\n      id\n      name(lang: $lang)\n      description(lang: $lang)\n      state\n      purchaseMode\n      bookingUrl(lang: $lang)\n      availability { level code }\n      prices {\n        seatCategory { id name(lang: $lang) }\n        audienceSubCategory { id name(lang: $lang) }\n        amount { amount currencyCode }\n      }\n      performances {\n        id\n        start\n        state\n        availability { level code }\n        prices {\n          seatCategory { id name(lang: $lang) }\n          audienceSubCategory { id name(lang: $lang) }\n          amount { amount currencyCode }\n        }\n      }\n    }\n  }\n": types.ShopProductDocument,
    "\n  mutation ShopCreateOrder($input: OrderInput!, $key: String!) {\n    createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n": types.ShopCreateOrderDocument,
    "\n  mutation ShopAddToOrder($orderId: ID!, $input: OrderInput!, $key: String!) {\n    addToOrder(orderId: $orderId, input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n": types.ShopAddToOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopPointOfSale {\n    pointOfSale { name mainLanguage languages currencyCode }\n  }\n"): (typeof documents)["\n  query ShopPointOfSale {\n    pointOfSale { name mainLanguage languages currencyCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopChooseDelivery($orderId: ID!, $modeId: ID!, $addressId: ID, $address: ShipmentAddressInput) {\n    chooseShipmentMode(orderId: $orderId, shipmentModeId: $modeId, addressId: $addressId, address: $address) {\n      shipments { id shipmentModeId state }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ShopChooseDelivery($orderId: ID!, $modeId: ID!, $addressId: ID, $address: ShipmentAddressInput) {\n    chooseShipmentMode(orderId: $orderId, shipmentModeId: $modeId, addressId: $addressId, address: $address) {\n      shipments { id shipmentModeId state }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopCreateGuest($input: GuestContactInput!) {\n    createGuestContact(input: $input) { contactNumber guestToken guestTokenExpiresAt userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopCreateGuest($input: GuestContactInput!) {\n    createGuestContact(input: $input) { contactNumber guestToken guestTokenExpiresAt userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopHeader {\n    visitor { displayName firstName cart { quantity orderId } }\n    me { contactNumber firstName }\n  }\n"): (typeof documents)["\n  query ShopHeader {\n    visitor { displayName firstName cart { quantity orderId } }\n    me { contactNumber firstName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopVoucher($code: String!) {\n    voucher(code: $code) { code balance { amount currencyCode } validUntil }\n  }\n"): (typeof documents)["\n  query ShopVoucher($code: String!) {\n    voucher(code: $code) { code balance { amount currencyCode } validUntil }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopPayByVoucher($orderId: ID!, $code: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: GIFT_VOUCHER, voucherCode: $code }, idempotencyKey: $key) {\n      retryAfterSeconds\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ShopPayByVoucher($orderId: ID!, $code: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: GIFT_VOUCHER, voucherCode: $code }, idempotencyKey: $key) {\n      retryAfterSeconds\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopCart($id: ID!, $lang: LanguageCode, $country: CountryCode) {\n    order(id: $id) {\n      id\n      state\n      expiresAt\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      amountDue { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      lines {\n        id\n        quantity\n        product { id name(lang: $lang) }\n        performance { id start }\n        unitPrice { amount currencyCode }\n        total { amount currencyCode }\n      }\n      shipmentModes(lang: $lang, countryCode: $country) { id name(lang: $lang) deliveryTimeInDays addressRequired price { amount currencyCode } }\n      shipments { id shipmentModeId state address { addressId line1 zipCode city countryCode } }\n    }\n  }\n"): (typeof documents)["\n  query ShopCart($id: ID!, $lang: LanguageCode, $country: CountryCode) {\n    order(id: $id) {\n      id\n      state\n      expiresAt\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      amountDue { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      lines {\n        id\n        quantity\n        product { id name(lang: $lang) }\n        performance { id start }\n        unitPrice { amount currencyCode }\n        total { amount currencyCode }\n      }\n      shipmentModes(lang: $lang, countryCode: $country) { id name(lang: $lang) deliveryTimeInDays addressRequired price { amount currencyCode } }\n      shipments { id shipmentModeId state address { addressId line1 zipCode city countryCode } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRemoveLine($orderId: ID!, $lineIds: [ID!]!, $key: String!) {\n    removeFromOrder(orderId: $orderId, lineIds: $lineIds, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopRemoveLine($orderId: ID!, $lineIds: [ID!]!, $key: String!) {\n    removeFromOrder(orderId: $orderId, lineIds: $lineIds, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopPayByCard($orderId: ID!, $returnUrl: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: CARD, returnUrl: $returnUrl }, idempotencyKey: $key) { paymentUrl userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopPayByCard($orderId: ID!, $returnUrl: String!, $key: String!) {\n    payOrder(orderId: $orderId, payment: { method: CARD, returnUrl: $returnUrl }, idempotencyKey: $key) { paymentUrl userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopConfirmOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopConfirmOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopCheckout($orderId: ID!, $lang: LanguageCode) {\n    checkout(orderId: $orderId, lang: $lang) { url userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopCheckout($orderId: ID!, $lang: LanguageCode) {\n    checkout(orderId: $orderId, lang: $lang) { url userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRegisterGuest($password: String!) {\n    registerGuest(password: $password) { token contact { firstName } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopRegisterGuest($password: String!) {\n    registerGuest(password: $password) { token contact { firstName } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopHome($lang: LanguageCode) {\n    products(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name(lang: $lang)\n          state\n          familyType\n          priceRange { min { amount currencyCode } }\n          nextPerformance { start }\n          availability { level code }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShopHome($lang: LanguageCode) {\n    products(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name(lang: $lang)\n          state\n          familyType\n          priceRange { min { amount currencyCode } }\n          nextPerformance { start }\n          availability { level code }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt contact { firstName } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt contact { firstName } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopOrder($id: ID!, $lang: LanguageCode) {\n    order(id: $id) {\n      id\n      state\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      shipments { shipmentModeId state address { line1 zipCode city countryCode } }\n      tickets {\n        id\n        barcode\n        state\n        holderName\n        product { id name(lang: $lang) }\n        performance { id start }\n        seat { area block row number }\n        barcodeImageUrl\n        documentUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShopOrder($id: ID!, $lang: LanguageCode) {\n    order(id: $id) {\n      id\n      state\n      paymentState\n      total { amount currencyCode }\n      shipmentFee { amount currencyCode }\n      payments { id method amount { amount currencyCode } state }\n      shipments { shipmentModeId state address { line1 zipCode city countryCode } }\n      tickets {\n        id\n        barcode\n        state\n        holderName\n        product { id name(lang: $lang) }\n        performance { id start }\n        seat { area block row number }\n        barcodeImageUrl\n        documentUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopOrders {\n    me {\n      orders(first: 20) {\n        totalCount\n        edges { node { id state createdAt paymentState total { amount currencyCode } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShopOrders {\n    me {\n      orders(first: 20) {\n        totalCount\n        edges { node { id state createdAt paymentState total { amount currencyCode } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopCloseOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state paymentState } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopCloseOrder($orderId: ID!, $key: String!) {\n    closeOrder(orderId: $orderId, idempotencyKey: $key) { order { id state paymentState } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopProduct($id: ID!, $lang: LanguageCode) {\n    product(id: $id) {\n      id\n      name(lang: $lang)\n      description(lang: $lang)\n      state\n      purchaseMode\n      bookingUrl(lang: $lang)\n      availability { level code }\n      prices {\n        seatCategory { id name(lang: $lang) }\n        audienceSubCategory { id name(lang: $lang) }\n        amount { amount currencyCode }\n      }\n      performances {\n        id\n        start\n        state\n        availability { level code }\n        prices {\n          seatCategory { id name(lang: $lang) }\n          audienceSubCategory { id name(lang: $lang) }\n          amount { amount currencyCode }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShopProduct($id: ID!, $lang: LanguageCode) {\n    product(id: $id) {\n      id\n      name(lang: $lang)\n      description(lang: $lang)\n      state\n      purchaseMode\n      bookingUrl(lang: $lang)\n      availability { level code }\n      prices {\n        seatCategory { id name(lang: $lang) }\n        audienceSubCategory { id name(lang: $lang) }\n        amount { amount currencyCode }\n      }\n      performances {\n        id\n        start\n        state\n        availability { level code }\n        prices {\n          seatCategory { id name(lang: $lang) }\n          audienceSubCategory { id name(lang: $lang) }\n          amount { amount currencyCode }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopCreateOrder($input: OrderInput!, $key: String!) {\n    createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopCreateOrder($input: OrderInput!, $key: String!) {\n    createOrder(input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopAddToOrder($orderId: ID!, $input: OrderInput!, $key: String!) {\n    addToOrder(orderId: $orderId, input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ShopAddToOrder($orderId: ID!, $input: OrderInput!, $key: String!) {\n    addToOrder(orderId: $orderId, input: $input, idempotencyKey: $key) { order { id } userErrors { code field message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;