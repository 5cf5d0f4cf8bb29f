import { runSubgraph } from '@stx/subgraph-kit';
import { catalogSubgraph } from '.';

runSubgraph(catalogSubgraph);
