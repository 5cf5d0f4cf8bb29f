import { runSubgraph } from '@stx/subgraph-kit';
import { shipmentSubgraph } from '.';

runSubgraph(shipmentSubgraph);
