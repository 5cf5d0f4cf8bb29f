import { runSubgraph } from '@stx/subgraph-kit';
import { contactsSubgraph } from '.';

runSubgraph(contactsSubgraph);
