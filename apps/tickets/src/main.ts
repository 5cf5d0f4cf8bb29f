import { runSubgraph } from '@stx/subgraph-kit';
import { ticketsSubgraph } from '.';

runSubgraph(ticketsSubgraph);
