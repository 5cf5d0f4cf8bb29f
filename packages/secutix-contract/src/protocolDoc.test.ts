import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceContracts } from './services';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'secutix', 'protocol.md');

/** `| Service | \`tnseb\` [H] | ... |` → the cells' first code span each (what the value is, its evidence dropped) */
function serviceRows(markdown: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 6 || !serviceContracts.some((s) => s.name === cells[0])) continue;
    rows.set(cells[0], cells.slice(1).map((c) => /`([^`]+)`/.exec(c)?.[1] ?? c));
  }
  return rows;
}

/**
 * docs/secutix/protocol.md shows each service's address beside what it rests on (documented, seen,
 * our guess); the contract table is where the address is defined. A row that says otherwise than
 * the table is a second definition that drifted.
 */
describe("the protocol document's service tables", () => {
  const rows = serviceRows(readFileSync(DOC, 'utf8'));

  it('has rows to check', () => {
    expect(rows.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...rows.keys()])('says of %s what the contract table says', (name) => {
    const s = serviceContracts.find((c) => c.name === name)!;
    expect(rows.get(name)).toEqual([s.module, s.soapPackage, s.version, s.namespace, s.jsonName]);
  });
});
