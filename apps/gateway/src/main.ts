import { runService } from '@stx/host';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

runService('gateway', readGatewayConfig, startGateway);
