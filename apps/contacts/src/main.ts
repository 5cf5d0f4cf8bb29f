import { runSubgraph } from '@stx/host';
import { contactsSubgraph } from '.';

runSubgraph(contactsSubgraph);
