import { runSubgraph } from '@stx/host';
import { ticketsSubgraph } from '.';

runSubgraph(ticketsSubgraph);
