import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

/**
 * The rule that keeps a partial failure partial: when a subgraph is down, the gateway answers
 * null for what it would have fetched from it, and a null under a non-null field wipes out the
 * nearest nullable ancestor, other subgraphs' data included. So a field a subgraph adds to an
 * entity another subgraph owns (the owner contributes the most fields) must be nullable, and so
 * must a field that points at an entity another subgraph owns (it is fetched from the owner).
 * Returns one line per field breaking it.
 */
export function entityNullabilityViolations(schemas: { name: string; sdl: string }[]): string[] {
  const types = schemas.map(({ name, sdl }) => ({ name, objects: objectsOf(sdl) }));
  const owners = new Map<string, string>();
  const contributions = new Map<string, Map<string, number>>();
  for (const { name, objects } of types) {
    for (const object of objects) {
      if (!isEntity(object)) continue;
      const counts = contributions.get(object.name.value) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + ownFields(object).length);
      contributions.set(object.name.value, counts);
    }
  }
  for (const [entity, counts] of contributions) {
    if (counts.size < 2) continue;
    owners.set(entity, [...counts].sort((a, b) => b[1] - a[1])[0][0]);
  }
  const violations: string[] = [];
  for (const { name, objects } of types) {
    for (const object of objects) {
      const owner = owners.get(object.name.value);
      for (const field of object.fields ?? []) {
        if (field.type.kind !== Kind.NON_NULL_TYPE) continue;
        const where = `${name}: ${object.name.value}.${field.name.value}`;
        if (owner !== undefined && owner !== name && ownFields(object).includes(field)) violations.push(`${where} is added to ${owner}'s entity and must be nullable`);
        const target = owners.get(namedType(field));
        if (target !== undefined && target !== name) violations.push(`${where} points at ${target}'s entity ${namedType(field)} and must be nullable`);
      }
    }
  }
  return violations;
}

function objectsOf(sdl: string): ObjectNode[] {
  return parse(sdl).definitions.filter((d): d is ObjectNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
}

function isEntity(object: ObjectNode): boolean {
  return (object.directives ?? []).some((d) => d.name.value === 'key');
}

/** fields the subgraph resolves itself: not key fields, not @external */
function ownFields(object: ObjectNode): FieldDefinitionNode[] {
  const keys = new Set(
    (object.directives ?? [])
      .filter((d) => d.name.value === 'key')
      .flatMap((d) => d.arguments?.filter((a) => a.name.value === 'fields').flatMap((a) => (a.value.kind === Kind.STRING ? a.value.value.split(/\s+/) : [])) ?? []),
  );
  return (object.fields ?? []).filter((f) => !keys.has(f.name.value) && !(f.directives ?? []).some((d) => d.name.value === 'external'));
}

function namedType(field: FieldDefinitionNode): string {
  let type = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}
