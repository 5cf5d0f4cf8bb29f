import { describeBackend, runService } from '@stx/subgraph-kit';
import { readTicketsConfig } from './config';
import { startTicketsSubgraph } from './server';

runService('tickets subgraph', readTicketsConfig, startTicketsSubgraph, describeBackend);
