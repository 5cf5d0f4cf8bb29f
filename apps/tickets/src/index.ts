import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readTicketsConfig } from './config';
import { createTicketsContext } from './context';
import { resolvers } from './resolvers';

/** The tickets subgraph: tickets of the caller's orders and upcoming tickets, signed links to their PDF and barcode. */
export const ticketsSubgraph = defineSubgraph({
  name: 'tickets',
  defaultPort: 4006,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readTicketsConfig,
  createParts: createTicketsContext,
  codegen: {
    context: '../context#TicketsContext',
    mappers: {
      Order: '../mappers/models#OrderRef',
      Contact: '../mappers/models#ContactRef',
      Ticket: '@stx/secutix-client#TicketRecord',
    },
  },
});
