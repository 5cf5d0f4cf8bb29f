import { describeBackend, runService } from '@stx/subgraph-kit';
import { readCatalogConfig } from './config';
import { startCatalogSubgraph } from './server';

runService('catalog subgraph', readCatalogConfig, startCatalogSubgraph, describeBackend);
