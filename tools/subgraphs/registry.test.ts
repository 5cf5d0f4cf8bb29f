import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readSupergraphSubgraphs } from '@stx/gateway';
import { NOT_SUBGRAPHS, subgraphs } from '.';

const root = join(__dirname, '..', '..');
const apps = join(root, 'apps');

/** The subgraph list is written once: these checks make every other place follow it. */
describe('the registry of subgraphs', () => {
  it('lists every subgraph folder under apps/ (every folder but the gateway and the shop)', () => {
    const folders = readdirSync(apps, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const expected = folders.filter((name) => !(NOT_SUBGRAPHS as readonly string[]).includes(name)).sort();
    expect(subgraphs.map((s) => s.name).sort()).toEqual(expected);
    // a folder with a schema is a subgraph, whatever the list of exceptions says
    for (const name of folders) if (existsSync(join(apps, name, 'schema.graphql'))) expect(subgraphs.map((s) => s.name)).toContain(name);
  });

  it('gives each subgraph its own name, port and schema file, in its own folder', () => {
    expect(new Set(subgraphs.map((s) => s.name)).size).toBe(subgraphs.length);
    expect(new Set(subgraphs.map((s) => s.defaultPort)).size).toBe(subgraphs.length);
    for (const s of subgraphs) {
      expect(dirname(s.schemaPath)).toBe(join(apps, s.name));
      expect(existsSync(s.schemaPath)).toBe(true);
    }
  });

  it('is what the gateway routes to: the committed supergraph has exactly these subgraphs at their ports', () => {
    const routed = readSupergraphSubgraphs().map((g) => `${g.name}:${g.defaultPort}`).sort();
    expect(routed).toEqual(subgraphs.map((s) => `${s.name}:${s.defaultPort}`).sort());
  });

  it('gives every subgraph the same rooms, so one known subgraph explains all', () => {
    for (const s of subgraphs) {
      const src = join(apps, s.name, 'src');
      const rooms = ['index.ts', 'main.ts', 'config.ts', 'context.ts', 'loaders', 'mappers', 'resolvers', 'resolvers/index.ts'];
      expect(rooms.filter((room) => !existsSync(join(src, room))).map((room) => `${s.name}/src/${room}`)).toEqual([]);
    }
  });

  it('is deployed: every subgraph has its service in compose.yaml and its app in the Helm chart', () => {
    const compose = parseYaml(readFileSync(join(root, 'compose.yaml'), 'utf8')) as { services: Record<string, unknown> };
    const values = parseYaml(readFileSync(join(root, 'deploy', 'helm', 'secutix-graph', 'values.yaml'), 'utf8')) as { apps: Record<string, unknown> };
    for (const s of subgraphs) {
      expect([s.name, Object.keys(compose.services)]).toEqual([s.name, expect.arrayContaining([s.name])]);
      expect([s.name, Object.keys(values.apps)]).toEqual([s.name, expect.arrayContaining([s.name])]);
    }
  });
});
