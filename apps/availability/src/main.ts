import { describeBackend, runService } from '@stx/subgraph-kit';
import { readAvailabilityConfig } from './config';
import { startAvailabilitySubgraph } from './server';

runService('availability subgraph', readAvailabilityConfig, startAvailabilitySubgraph, describeBackend);
