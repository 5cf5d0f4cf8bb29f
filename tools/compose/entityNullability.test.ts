import { readFileSync } from 'node:fs';
import { entityNullabilityViolations } from './entityNullability';
import { subgraphs } from '@stx/subgraphs';

describe('entity nullability (one subgraph down takes only its own fields)', () => {
  it('holds for every subgraph schema', () => {
    const schemas = subgraphs.map(({ name, schemaPath }) => ({ name, sdl: readFileSync(schemaPath, 'utf8') }));
    expect(entityNullabilityViolations(schemas)).toEqual([]);
  });

  it('names a non-null field added to another subgraph entity, and one pointing at it', () => {
    const owner = { name: 'catalog', sdl: 'type Product @key(fields: "id") { id: ID! name: String! code: String! }' };
    const adder = { name: 'availability', sdl: 'type Product @key(fields: "id") { id: ID! seats: [Int!]! }' };
    const pointer = { name: 'sales', sdl: 'type Line { product: Product! } type Product @key(fields: "id", resolvable: false) { id: ID! }' };
    expect(entityNullabilityViolations([owner, adder, pointer])).toEqual([
      "availability: Product.seats is added to catalog's entity and must be nullable",
      "sales: Line.product points at catalog's entity Product and must be nullable",
    ]);
  });
});
