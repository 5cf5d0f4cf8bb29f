import { runSubgraph } from '@stx/host';
import { salesSubgraph } from '.';

runSubgraph(salesSubgraph);
