import { runSubgraph } from '@stx/subgraph-kit';
import { salesSubgraph } from '.';

runSubgraph(salesSubgraph);
