import { describeBackend, runService } from '@stx/subgraph-kit';
import { readSalesConfig } from './config';
import { startSalesSubgraph } from './server';

runService('sales subgraph', readSalesConfig, startSalesSubgraph, describeBackend);
