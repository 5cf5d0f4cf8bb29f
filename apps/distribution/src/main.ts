import { runSubgraph } from '@stx/host';
import { distributionSubgraph } from '.';

runSubgraph(distributionSubgraph);
