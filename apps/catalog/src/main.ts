import { runSubgraph } from '@stx/host';
import { catalogSubgraph } from '.';

runSubgraph(catalogSubgraph);
