import { runSubgraph } from '@stx/host';
import { availabilitySubgraph } from '.';

runSubgraph(availabilitySubgraph);
