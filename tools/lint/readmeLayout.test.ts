import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readLayout } from './readmeLayout';
import { repoFiles, ROOT, textOf } from './sourceTree';

/**
 * The README's layout section shows the real tree (issue 12): every path it names exists, every
 * top-level folder is in it, and so is every folder of each top-level folder whose contents it
 * lists (apps/, packages/, tools/, deploy/, docs/, e2e/). A folder added, moved or removed without the
 * README following fails here.
 */
describe("the README's layout", () => {
  const { entries, unreadable } = readLayout(textOf('README.md'));
  const named = new Set(entries.map((e) => e.path.replace(/\/$/, '')));
  const files = repoFiles();
  const foldersOf = (prefix: string) => [...new Set(files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')).filter((p) => p.length > 1).map((p) => `${prefix}${p[0]}`))];

  it('reads as a tree of names', () => {
    expect(unreadable).toEqual([]);
    expect(entries.length).toBeGreaterThan(30);
  });

  it('names only paths that exist, folders as folders', () => {
    const missing = entries.filter((e) => !existsSync(join(ROOT, e.path)) || (e.path.endsWith('/') && !statSync(join(ROOT, e.path)).isDirectory()));
    expect(missing.map((e) => `line ${e.line}: ${e.path}`)).toEqual([]);
  });

  it('names every top-level folder, the simulator included', () => {
    const topLevel = foldersOf('');
    expect(topLevel).toEqual(expect.arrayContaining(['apps', 'packages', 'simulator', 'tools']));
    expect(topLevel.filter((d) => ![...named].some((n) => n === d || n.startsWith(`${d}/`)))).toEqual([]);
  });

  it.each(['apps/', 'packages/', 'tools/', 'deploy/', 'docs/', 'e2e/'])('names every folder of %s', (parent) => {
    const listed = [...named].filter((n) => n.startsWith(parent));
    const unnamed = foldersOf(parent).filter((d) => !listed.some((n) => n === d || n.startsWith(`${d}/`)));
    expect(unnamed).toEqual([]);
  });
});
