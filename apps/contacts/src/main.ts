import { describeBackend, runService } from '@stx/subgraph-kit';
import { readContactsConfig } from './config';
import { startContactsSubgraph } from './server';

runService('contacts subgraph', readContactsConfig, startContactsSubgraph, describeBackend);
