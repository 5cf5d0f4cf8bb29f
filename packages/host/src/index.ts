export * from './serveApollo';
export * from './subgraph/startSubgraph';
export * from './subgraph/SubgraphDefinition';
export * from './subgraph/hostSubgraph';
export * from './subgraph/subgraphPorts';
export * from './runService';
export * from './gracefulShutdown';
export * from './requestCookies';
