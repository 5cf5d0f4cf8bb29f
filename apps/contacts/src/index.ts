import { join } from 'node:path';
import { defineSubgraph } from '@stx/host';
import { readContactsConfig } from './config';
import { createContactsContext } from './context';
import { resolvers } from './resolvers';

/** The contacts subgraph: `me` and its mutations, login and sessions, SecuTix's visitor cookies, account links. */
export const contactsSubgraph = defineSubgraph({
  name: 'contacts',
  defaultPort: 4003,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  readConfig: readContactsConfig,
  createParts: createContactsContext,
  codegen: {
    context: '../context#ContactsContext',
    mappers: {
      Contact: '@stx/secutix-client#ContactDataRecord',
      Address: '@stx/secutix-client#AddressRecord',
      Visitor: '../mappers/cookies#VisitorModel',
      AccountLinks: '../mappers/links#AccountLinksModel',
    },
  },
});
