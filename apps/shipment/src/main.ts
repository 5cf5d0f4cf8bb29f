import { describeBackend, runService } from '@stx/subgraph-kit';
import { readShipmentConfig } from './config';
import { startShipmentSubgraph } from './server';

runService('shipment subgraph', readShipmentConfig, startShipmentSubgraph, describeBackend);
