import { readSubgraphPort, readSubgraphUrl } from './subgraphPorts';

const catalog = { name: 'catalog', defaultPort: 4001 };
const tickets = { name: 'tickets', defaultPort: 4006 };

describe('subgraph ports and URLs', () => {
  it('defaults each URL to the loopback at the port its subgraph listens on', () => {
    expect(readSubgraphUrl({}, catalog)).toBe('http://127.0.0.1:4001/graphql');
    const env = { CATALOG_PORT: '5101', TICKETS_PORT: '5106' };
    expect(readSubgraphPort(env, catalog)).toBe(5101);
    expect(readSubgraphUrl(env, catalog)).toBe('http://127.0.0.1:5101/graphql');
    expect(readSubgraphUrl(env, tickets)).toBe('http://127.0.0.1:5106/graphql');
  });

  it('takes a given URL over the port', () => {
    expect(readSubgraphUrl({ SALES_PORT: '5104', SALES_URL: 'http://sales.internal/graphql' }, { name: 'sales', defaultPort: 4004 })).toBe('http://sales.internal/graphql');
  });

  it('stops start-up when a port is 0 and no URL says where the subgraph is', () => {
    expect(() => readSubgraphUrl({ SHIPMENT_PORT: '0' }, { name: 'shipment', defaultPort: 4005 })).toThrow(/SHIPMENT_URL must be set when SHIPMENT_PORT is 0/);
  });
});
