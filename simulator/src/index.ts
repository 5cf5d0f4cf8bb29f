// The simulator's one face: what tests and tools may use (eslint.config.mjs lets nothing else reach it,
// and nothing reach past this file). Everything else in simulator/src is its own business.

// Start it: in-process on a port of its choosing, or as a process of its own
export { startSimulator, type Simulator } from './startSimulator';
export { DEMO_CREDENTIALS, defaultSimulatorOptions, resolveSimulatorOptions, type SimulatorOptions, type RateLimitOptions, type LatencySetting } from './config/SimulatorOptions';
export { loadSimulatorOptionsFromEnv } from './config/loadSimulatorOptionsFromEnv';
export { simulatorProcess } from './face/simulatorProcess';

// Its control API's client: calls counted, faults, limits, latency, stock
export { SimControl, type SimOrder, type SimOrderItem } from './face/SimControl';

// The demo institution's accounts and keys
export { DEMO_ACCOUNTS, type DemoBuyer } from './face/demoAccounts';
export { DEMO_KEY_FILES, DEMO_WEBSITE_PRIVATE_KEY_FILE, lazyIdpKeys } from './idp/idpKeys';

// The identity provider's test kit: tests answer the gateway's sign-on and write contact cookies as SecuTix would
export { buildSamlResponse } from './idp/buildSamlResponse';
export { parseAuthnRequest, type AuthnRequest } from './idp/parseAuthnRequest';
export { IDP_ENTITY_ID } from './idp/samlAnswer';
export { signSamlResponse } from './idp/signSamlResponse';
export { encodeContactCookie, type ContactCookieContent } from './idp/contactCookie';
