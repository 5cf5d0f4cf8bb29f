import { runSubgraph } from '@stx/host';
import { shipmentSubgraph } from '.';

runSubgraph(shipmentSubgraph);
