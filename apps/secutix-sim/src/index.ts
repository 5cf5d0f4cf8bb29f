export { startSimulator, type Simulator } from './startSimulator';
export { defaultSimulatorOptions, resolveSimulatorOptions, type SimulatorOptions, type RateLimitOptions, type LatencySetting } from './config/SimulatorOptions';
export { loadSimulatorOptionsFromEnv } from './config/loadSimulatorOptionsFromEnv';
export { SimulatorState, type SellResult } from './data/SimulatorState';
export { ContactStore } from './data/ContactStore';
export type * from './data/contactTypes';
export { generateInstitution } from './data/generateInstitution';
export { availabilityIndicator } from './data/availabilityIndicator';
export type * from './data/catalogTypes';
export { POINT_OF_SALES_ID } from './services/results';
export { soapPath, jsonPathPrefix } from './services/services';
// The identity provider's test kit: tests answer the gateway's sign-on and write contact cookies as SecuTix would
export { buildSamlResponse } from './idp/buildSamlResponse';
export { DEMO_KEY_FILES, lazyIdpKeys } from './idp/idpKeys';
export { parseAuthnRequest, type AuthnRequest } from './idp/parseAuthnRequest';
export { IDP_ENTITY_ID } from './idp/samlAnswer';
export { signSamlResponse } from './idp/signSamlResponse';
export { encodeContactCookie, type ContactCookieContent } from './idp/contactCookie';
