import { runSubgraph } from '@stx/subgraph-kit';
import { availabilitySubgraph } from '.';

runSubgraph(availabilitySubgraph);
