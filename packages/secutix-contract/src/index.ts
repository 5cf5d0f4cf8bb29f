export * from './services';
export * from './typeSpec';
export { contractTypes, recordType } from './table';
export { jsonSchemaOf, type SchemaView } from './jsonSchema';
export { soapPath, jsonPath, tokenPath, joinUrl, TOKEN_ENDPOINT_MODULES, type ServiceAddress } from './paths';
export { ticketShopPath, institutionTicketShopUrl, TICKET_SHOP_ENTRIES, TICKET_SHOP_REDIRECT_PREFIX, type TicketShopEntry } from './ticketShop';
export { generateWsdl } from './generateWsdl';
export { nonXmlCharacter, isXmlCodePoint } from './xmlText';
export * from './shopCookies';
