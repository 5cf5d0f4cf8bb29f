import { describeBackend, runService } from '@stx/subgraph-kit';
import { readDistributionConfig } from './config';
import { startDistributionSubgraph } from './server';

runService('distribution subgraph', readDistributionConfig, startDistributionSubgraph, (c) => ({ ...describeBackend(c), database: c.databaseUrl ? 'postgresql' : 'embedded pglite' }));
