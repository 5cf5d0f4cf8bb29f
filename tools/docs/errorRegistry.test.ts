import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { errorCodes, userErrorCodes } from '@stx/errors';

const ROOT = join(__dirname, '..', '..');
/** what serves clients: the gateway, the subgraphs and their libraries (not the simulator, not tools) */
const SERVING = ['gateway', 'catalog', 'availability', 'contacts', 'sales', 'shipment', 'tickets', 'distribution'].map((app) => join(ROOT, 'apps', app, 'src'));
const LIBRARIES = readdirSync(join(ROOT, 'packages')).map((name) => join(ROOT, 'packages', name, 'src'));

const CODE = `'([A-Z][A-Z0-9_]+)'`;
/** the places a client-visible code is written in this code base */
const PATTERNS = [
  new RegExp(`\\bcode:\\s*(?:[\\w.?]+\\s*\\?\\?\\s*)?${CODE}`, 'g'), // { code: 'X' }, { code: known?.code ?? 'X' }
  new RegExp(`\\b(?:userError|ruleError|codedError)\\(\\s*${CODE}`, 'g'),
  new RegExp(`\\bsendError\\([^,]+,\\s*\\d+,\\s*${CODE}`, 'g'),
  new RegExp(`\\bconst code\\s*=[^;]*?\\?\\s*${CODE}\\s*:\\s*${CODE}`, 'g'), // const code = c ? 'X' : 'Y'
];
/** the SecuTix-status tables of the mappers: [code, message] */
const TABLE = new RegExp(`\\[\\s*${CODE},`, 'g');

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__generated__' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

function codesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of [...SERVING, ...LIBRARIES].flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const patterns = file.endsWith('userErrors.ts') ? [...PATTERNS, TABLE] : PATTERNS;
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        for (const code of match.slice(1).filter(Boolean)) if (!used.has(code)) used.set(code, relative(ROOT, file));
      }
    }
  }
  return used;
}

describe('the error-code registry', () => {
  it('holds every code the gateway and the subgraphs can send a client', () => {
    const used = codesUsed();
    expect(used.size).toBeGreaterThan(40); // the scan still finds the codes it is meant to
    const unregistered = [...used].filter(([code]) => !(code in errorCodes) && !(code in userErrorCodes)).map(([code, file]) => `${code} (${file})`);
    expect(unregistered).toEqual([]);
  });

  it('registers each code once, as a thrown error or as a userError', () => {
    const both = Object.keys(userErrorCodes).filter((code) => code in errorCodes);
    expect(both).toEqual([]);
  });
});
