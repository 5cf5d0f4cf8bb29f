/** The gateway's public entry, for the tools and the test stack that start it beside the subgraphs. */
export { readGatewayConfig, type GatewayConfig } from './config';
export { DEFAULT_CORS_ORIGINS } from '@stx/host';
export { startGateway } from './server';
export { readSupergraphSubgraphs } from './supergraph';
