import { runService } from '@stx/subgraph-kit';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

runService('gateway', readGatewayConfig, startGateway);
