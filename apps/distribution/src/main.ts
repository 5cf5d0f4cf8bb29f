import { runSubgraph } from '@stx/subgraph-kit';
import { distributionSubgraph } from '.';

runSubgraph(distributionSubgraph);
